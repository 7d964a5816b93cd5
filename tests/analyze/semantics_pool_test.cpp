#include "analyze/semantics_pool.hpp"

#include "support/semantics_box.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

using resdiff::analyze::hash_semantics;
using resdiff::analyze::SemanticsPool;
using resdiff::model::Clause;
using resdiff::model::ClauseSemantics;
using resdiff::model::DurationRole;
using resdiff::model::Obligation;
using resdiff::testing::has_semantics_box;

namespace {

ClauseSemantics base() {
    ClauseSemantics s;
    s.obligation = Obligation{"Decides", 5, "shall", true};
    s.durations.push_back({"until 31 May 2023", "2023-05-31", std::nullopt, DurationRole::until});
    s.scope.places = {"Abyei", "Sudan"};
    s.scope.actors = {"UNISFA"};
    s.scope.quantities = {"4,250 troops"};
    s.scope.tasks = {"to monitor"};
    s.scope.qualifiers = {"including"};
    return s;
}

Clause with(const ClauseSemantics& s) {
    Clause c;
    c.set_semantics(s);
    return c;
}

}  // namespace

TEST_CASE("hash_semantics: equal values hash alike, a change in any field changes the hash", "[analyze]") {
    CHECK(hash_semantics(base()) == hash_semantics(base()));
    CHECK(hash_semantics(ClauseSemantics{}) == hash_semantics(ClauseSemantics{}));

    std::vector<ClauseSemantics> variants;
    auto vary = [&](auto change) {
        ClauseSemantics s = base();
        change(s);
        REQUIRE_FALSE(s == base());
        variants.push_back(s);
    };
    vary([](ClauseSemantics& s) { s.obligation.reset(); });
    vary([](ClauseSemantics& s) { s.obligation->verb = "Requests"; });
    vary([](ClauseSemantics& s) { s.obligation->strength = 4; });
    vary([](ClauseSemantics& s) { s.obligation->modal.reset(); });
    vary([](ClauseSemantics& s) { s.obligation->modal = ""; });
    vary([](ClauseSemantics& s) { s.obligation->binding = false; });
    vary([](ClauseSemantics& s) { s.durations.clear(); });
    vary([](ClauseSemantics& s) { s.durations[0].text = "until 30 May 2023"; });
    vary([](ClauseSemantics& s) { s.durations[0].until.reset(); });
    vary([](ClauseSemantics& s) { s.durations[0].period = "P12M"; });
    vary([](ClauseSemantics& s) { s.durations[0].role = DurationRole::deadline; });
    vary([](ClauseSemantics& s) { s.scope.places.pop_back(); });
    vary([](ClauseSemantics& s) { s.scope.places = {"Sudan", "Abyei"}; });
    vary([](ClauseSemantics& s) { s.scope.places = {"AbyeiSudan"}; });
    vary([](ClauseSemantics& s) { s.scope.actors.clear(); });
    vary([](ClauseSemantics& s) { s.scope.quantities.push_back("1 year"); });
    vary([](ClauseSemantics& s) { s.scope.tasks.push_back("to report"); });
    vary([](ClauseSemantics& s) { s.scope.qualifiers.clear(); });
    // The same words in another list.
    vary([](ClauseSemantics& s) {
        s.scope.places.pop_back();
        s.scope.actors.insert(s.scope.actors.begin(), "Sudan");
    });
    std::unordered_set<std::size_t> hashes{hash_semantics(base())};
    for (const auto& v : variants) hashes.insert(hash_semantics(v));
    CHECK(hashes.size() == variants.size() + 1);
}

TEST_CASE("SemanticsPool: equal semantics end in the box interned first", "[analyze]") {
    Clause first = with(base());
    Clause second = with(base());
    ClauseSemantics other_value = base();
    other_value.scope.tasks.clear();
    Clause other = with(other_value);
    Clause none;

    SemanticsPool pool;
    pool.intern(first);
    pool.intern(second);
    pool.intern(other);
    pool.intern(none);
    CHECK(pool.size() == 2);
    CHECK(second.shares_semantics_with(first));
    CHECK_FALSE(other.shares_semantics_with(first));
    CHECK_FALSE(has_semantics_box(none));
    CHECK(second.semantics() == base());
    CHECK(other.semantics() == other_value);

    pool.intern(first);  // again: nothing changes
    pool.intern(second);
    CHECK(pool.size() == 2);
    CHECK(first.shared_semantics().owners() == 3);  // two clauses and the pool

    Clause third = with(other_value);
    pool.intern(third);
    CHECK(third.shares_semantics_with(other));
}

TEST_CASE("SemanticsPool: its boxes outlive it in the clauses, and let go of it", "[analyze]") {
    Clause first = with(base());
    Clause second = with(base());
    {
        SemanticsPool pool;
        pool.intern(first);
        pool.intern(second);
    }
    REQUIRE(second.shares_semantics_with(first));
    CHECK(first.shared_semantics().owners() == 2);
    CHECK(first.semantics() == base());
}
