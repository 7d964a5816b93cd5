#include "history/history.hpp"

#include "history_fixture.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace resdiff;
using history_test::chain_at;

TEST_CASE("the samples series chains every clause through v1, v2 and v3", "[history]") {
    const auto s = history_test::samples_series();
    const auto& h = s->history;
    REQUIRE(h.versions.size() == 3);
    REQUIRE(h.steps.size() == 2);
    CHECK(h.versions[0].label == "v1");
    CHECK(h.versions[2].label == "v3");
    CHECK(h.has_differences());

    SECTION("op1 is one chain, modified in the first step only") {
        const auto* c = chain_at(h, 0, "op1");
        REQUIRE(c);
        CHECK(c->ids[1] == std::optional<std::string>("op1"));
        CHECK(c->ids[2] == std::optional<std::string>("op1"));
        CHECK(h.entry(*c, 0)->status == diff::Status::modified);
        CHECK(h.entry(*c, 1)->status == diff::Status::unchanged);
        CHECK(h.since_first(*c) == history::Change::modified);
        CHECK(h.since_previous(*c) == history::Change::unchanged);
    }
    SECTION("the paragraph added in v2 is first seen in v2") {
        const auto* c = chain_at(h, 1, "op2");
        REQUIRE(c);
        CHECK(c->first_seen == 1);
        CHECK(c->last_seen == 2);
        CHECK_FALSE(c->ids[0]);
        CHECK(h.entry(*c, 0)->status == diff::Status::added);
        CHECK(h.since_first(*c) == history::Change::added);
        CHECK(h.since_previous(*c) == history::Change::unchanged);
    }
    SECTION("op3.c is removed in v2 and keeps its place") {
        const auto* c = chain_at(h, 0, "op3.c");
        REQUIRE(c);
        CHECK(c->first_seen == 0);
        CHECK(c->last_seen == 0);
        CHECK(h.entry(*c, 0)->status == diff::Status::removed);
        CHECK(h.entry(*c, 1) == nullptr);
        CHECK(h.since_first(*c) == history::Change::removed);
        CHECK(h.since_previous(*c) == history::Change::absent);
        const auto at = static_cast<std::size_t>(c - h.chains.data());
        REQUIRE(at > 0);
        CHECK(h.chains[at - 1].ids[0] == std::optional<std::string>("op3.b"));
    }
    SECTION("the paragraph on free movement moves in v3: op8 → op9 → op11") {
        const auto* c = chain_at(h, 0, "op8");
        REQUIRE(c);
        CHECK(c->ids[1] == std::optional<std::string>("op9"));
        CHECK(c->ids[2] == std::optional<std::string>("op11"));
        CHECK_FALSE(h.entry(*c, 0)->moved);
        CHECK(h.entry(*c, 1)->moved);
        CHECK(h.entry(*c, 1)->renumbered);
    }
    SECTION("op7 → op8 weakened in the first step, op6 → op7 strengthened in the second") {
        const auto* weak = chain_at(h, 0, "op7");
        REQUIRE(weak);
        CHECK(weak->ids[1] == std::optional<std::string>("op8"));
        const auto* e = h.entry(*weak, 0);
        REQUIRE(e);
        bool weakened = false;
        for (const auto& f : e->findings)
            weakened = weakened || (f.category == diff::Category::obligation && f.direction == diff::Direction::weakened);
        CHECK(weakened);
        const auto* strong = chain_at(h, 0, "op6");
        REQUIRE(strong);
        CHECK(h.entry(*strong, 0)->status == diff::Status::unchanged);
        CHECK(h.entry(*strong, 1)->status == diff::Status::modified);
        CHECK(h.since_previous(*strong) == history::Change::modified);
    }
    SECTION("chains are in the last version's order, every clause of every version once") {
        std::set<std::string> seen;
        std::size_t last_order = 0;
        for (const auto& c : h.chains) {
            for (std::size_t v = 0; v < 3; ++v) {
                if (!c.ids[v]) continue;
                CHECK(seen.insert(std::to_string(v) + ':' + *c.ids[v]).second);
            }
            if (c.ids[2]) {
                const auto* clause = c.clauses[2];
                REQUIRE(clause);
                CHECK(clause->id == *c.ids[2]);
                CHECK(clause->line >= last_order);
                last_order = clause->line;
            }
        }
        std::size_t total = 0;
        for (const auto& d : s->docs) model::for_each_clause(d.clauses, [&](const auto&, std::size_t) { ++total; });
        CHECK(seen.size() == total);
    }
}

TEST_CASE("two identical versions make a history without differences", "[history]") {
    const auto s = history_test::samples_series({"zarnovia-v1.txt", "zarnovia-v1.txt"});
    CHECK_FALSE(s->history.has_differences());
    for (const auto& c : s->history.chains) {
        CHECK(c.first_seen == 0);
        CHECK(c.last_seen == 1);
        CHECK(s->history.since_first(c) == history::Change::unchanged);
    }
    for (const auto& b : s->history.blame) {
        REQUIRE(b.spans.size() == 1);
        CHECK(b.spans[0].version == 0);
    }
}

TEST_CASE("fewer than two versions is refused", "[history]") {
    model::Document d;
    CHECK_THROWS_AS(history::build_history({{&d, ""}}), std::invalid_argument);
    CHECK_THROWS_AS(history::build_history({}), std::invalid_argument);
}
