// Tests src/check/rules.cpp: rule ids, levels and --fail-on lists.

#include "check/rules.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace resdiff::check;

TEST_CASE("rules: the contract's ids, in order, round-trip", "[check]") {
    const std::vector<std::string> ids{"obligation.weakened", "obligation.strengthened", "duration.changed",
                                       "scope.narrowed",      "scope.broadened",         "clause.added",
                                       "clause.removed",      "wording.changed"};
    REQUIRE(all_rules().size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO(ids[i]);
        CHECK(all_rules()[i].id == ids[i]);
        const auto r = rule_from_id(ids[i]);
        REQUIRE(r);
        CHECK(rule_id(*r) == ids[i]);
        CHECK(rule_index(*r) == i);
        CHECK_FALSE(rule_info(*r).short_description.empty());
        CHECK_FALSE(rule_info(*r).full_description.empty());
    }
    CHECK_FALSE(rule_from_id("any"));
    CHECK_FALSE(rule_from_id("Obligation.Weakened"));
    CHECK(valid_rule_ids().find("any") != std::string::npos);
}

TEST_CASE("rules: levels by name", "[check]") {
    CHECK(level_from_name("error") == Level::error);
    CHECK(level_from_name("warning") == Level::warning);
    CHECK(level_from_name("off") == Level::off);
    CHECK_FALSE(level_from_name("fatal"));
    CHECK(std::string(level_name(Level::warning)) == "warning");
}

TEST_CASE("rules: --fail-on lists", "[check]") {
    std::vector<Rule> rules;
    std::string error;
    REQUIRE(parse_rule_list("obligation.weakened, duration.changed,,", rules, error));
    CHECK(rules == std::vector<Rule>{Rule::obligation_weakened, Rule::duration_changed});
    REQUIRE(parse_rule_list("duration.changed,scope.narrowed", rules, error));  // no duplicates
    CHECK(rules.size() == 3);

    std::vector<Rule> all;
    REQUIRE(parse_rule_list("any", all, error));
    CHECK(all.size() == kRuleCount);

    std::vector<Rule> bad;
    CHECK_FALSE(parse_rule_list("obligation.weakened,obligation.weaker", bad, error));
    CHECK(error.find("unknown rule 'obligation.weaker'") != std::string::npos);
    CHECK(error.find("scope.broadened") != std::string::npos);  // names the valid ones
}
