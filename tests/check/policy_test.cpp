// Tests src/check/policy.cpp: defaults, --fail-on policies, the TOML policy file and its
// errors, and the allow-list.

#include "check/policy.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace resdiff::check;

namespace {

PolicyError parse_error(const std::string& text) {
    const auto r = parse_policy(text, "policy.toml");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error);
    return *r.error;
}

}  // namespace

TEST_CASE("policy: defaults and --fail-on", "[check]") {
    const Policy d = default_policy();
    CHECK(d.level(Rule::obligation_weakened) == Level::error);
    CHECK(d.level(Rule::duration_changed) == Level::error);
    CHECK(d.level(Rule::scope_narrowed) == Level::error);
    CHECK(d.level(Rule::clause_removed) == Level::error);
    CHECK(d.level(Rule::obligation_strengthened) == Level::warning);
    CHECK(d.level(Rule::scope_broadened) == Level::warning);
    CHECK(d.level(Rule::clause_added) == Level::warning);
    CHECK(d.level(Rule::wording_changed) == Level::off);
    CHECK(d.allowed_clauses.empty());

    const Policy f = fail_on_policy({Rule::wording_changed});
    for (const auto& info : all_rules())
        CHECK(f.level(info.rule) == (info.rule == Rule::wording_changed ? Level::error : Level::off));
}

TEST_CASE("policy: the allow-list covers sub-paragraphs, not look-alikes", "[check]") {
    Policy p;
    p.allowed_clauses = {"op4", "pp2.a"};
    CHECK(p.allows("op4"));
    CHECK(p.allows("op4.a"));
    CHECK(p.allows("op4.a.ii"));
    CHECK_FALSE(p.allows("op40"));
    CHECK_FALSE(p.allows("op3"));
    CHECK_FALSE(p.allows("pp2"));
    CHECK(p.allows("pp2.a.i"));
    CHECK(p.allows(std::string("op4"), std::string("op5")));  // renumbered op4 → op5: the old id matches
    CHECK(p.allows(std::string("op3"), std::string("op4")));  // the new id matches
    CHECK(p.allows(std::nullopt, std::string("op4.b")));      // added
    CHECK_FALSE(p.allows(std::string("op3"), std::nullopt));  // removed, not allowed
}

TEST_CASE("policy: a TOML file with quoted keys, dotted keys, any and an allow-list", "[check]") {
    const auto r = parse_policy(R"(# CI policy
[rules]
"obligation.weakened" = "error"
duration.changed = "warning"
any = "off"

[rules.scope]
narrowed = "error"

[allow]
clauses = ["op4", "op7", "op4"]
)",
                                "policy.toml");
    REQUIRE(r.ok());
    const Policy& p = *r.policy;
    CHECK(p.level(Rule::obligation_weakened) == Level::error);
    CHECK(p.level(Rule::duration_changed) == Level::warning);
    CHECK(p.level(Rule::scope_narrowed) == Level::error);
    // `any` applies first wherever it stands; the named rules win.
    CHECK(p.level(Rule::scope_broadened) == Level::off);
    CHECK(p.level(Rule::clause_removed) == Level::off);
    CHECK(p.allowed_clauses == std::vector<std::string>{"op4", "op7"});
}

TEST_CASE("policy: rules not named keep their defaults; an empty file is the default policy", "[check]") {
    const auto empty = parse_policy("", "policy.toml");
    REQUIRE(empty.ok());
    CHECK(empty.policy->levels == default_policy().levels);
    const auto only_allow = parse_policy("[allow]\nclauses = [\"op1\"]\n", "policy.toml");
    REQUIRE(only_allow.ok());
    CHECK(only_allow.policy->levels == default_policy().levels);
    CHECK(only_allow.policy->allowed_clauses == std::vector<std::string>{"op1"});
}

TEST_CASE("policy: the example policy in samples/ parses", "[check]") {
    const auto path = resdiff::testing::samples_dir() / "policy.example.toml";
    const auto r = parse_policy(resdiff::testing::read_file(path), path.string());
    INFO((r.error ? r.error->message : std::string()));
    REQUIRE(r.ok());
    CHECK_FALSE(r.policy->allowed_clauses.empty());
}

TEST_CASE("policy: errors carry line and column", "[check]") {
    SECTION("TOML syntax") {
        const auto e = parse_error("[rules]\nobligation.weakened = error\n");
        CHECK(e.line == 2);
        CHECK(e.column > 1);
        CHECK_FALSE(e.message.empty());
    }
    SECTION("unknown rule") {
        const auto e = parse_error("[rules]\n\"obligation.weaker\" = \"error\"\n");
        CHECK(e.line == 2);
        CHECK(e.column == 1);
        CHECK(e.message.find("unknown rule 'obligation.weaker'") != std::string::npos);
        CHECK(e.message.find("wording.changed") != std::string::npos);
    }
    SECTION("unknown level") {
        const auto e = parse_error("[rules]\nany = \"fatal\"\n");
        CHECK(e.line == 2);
        CHECK(e.column == 7);
        CHECK(e.message.find("\"error\", \"warning\" or \"off\"") != std::string::npos);
    }
    SECTION("level that is not a string") {
        const auto e = parse_error("[rules]\nany = true\n");
        CHECK(e.line == 2);
    }
    SECTION("unknown table") {
        const auto e = parse_error("\n[rule]\nany = \"off\"\n");
        CHECK(e.line == 2);
        CHECK(e.message.find("unknown key 'rule'") != std::string::npos);
    }
    SECTION("unknown key in [allow]") {
        const auto e = parse_error("[allow]\nclause = [\"op1\"]\n");
        CHECK(e.line == 2);
        CHECK(e.message.find("clauses") != std::string::npos);
    }
    SECTION("allow.clauses not a list") {
        const auto e = parse_error("[allow]\nclauses = \"op1\"\n");
        CHECK(e.line == 2);
    }
    SECTION("not a clause id") {
        const auto e = parse_error("[allow]\nclauses = [\"op1\", \"op 2\"]\n");
        CHECK(e.line == 2);
        CHECK(e.column == 19);
        CHECK(e.message.find("not a clause id") != std::string::npos);
    }
}
