#include "analyze/phrase_table.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;

namespace {

LexEntry entry(std::string phrase, std::string canonical = {}) {
    LexEntry e;
    e.phrase = std::move(phrase);
    e.canonical = std::move(canonical);
    return e;
}

}  // namespace

TEST_CASE("longest match wins and case modes differ", "[analyze]") {
    PhraseTable t;
    t.add(entry("Guinea"));
    t.add(entry("Papua New Guinea"));
    t.add(entry("Papua"));
    t.add(entry("occupied Palestinian territory"));
    t.add(entry("may"));
    const auto w = split_words("Papua New Guinea, Occupied Palestinian territory May");
    auto m = t.match_at(w, 0, CaseMode::proper);
    REQUIRE(m);
    CHECK(m.entry->phrase == "Papua New Guinea");
    CHECK(m.words == 3);
    CHECK(t.match_at(w, 4, CaseMode::proper));
    CHECK_FALSE(t.match_at(w, 4, CaseMode::exact));
    CHECK_FALSE(t.match_at(w, 7, CaseMode::exact));
    CHECK(t.match_at(w, 7, CaseMode::insensitive));
}

TEST_CASE("adding a phrase again overrides it", "[analyze]") {
    PhraseTable t;
    t.add(entry("Turkey", "Turkey"));
    t.add(entry("TURKEY", "Türkiye"));
    CHECK(t.size() == 1);
    CHECK(t.find("turkey")->name() == "Türkiye");
}
