// grammar/heading.hpp: symbols, dates, headings of resolutions and drafts.

#include "grammar/heading.hpp"
#include "grammar_test_support.hpp"

#include <catch2/catch.hpp>

namespace g = resdiff::grammar;
using resdiff::testing::Case;
using resdiff::testing::matches_all;

TEST_CASE("document symbols", "[grammar]") {
    const Case cases[] = {
        {"S/RES/1445 (2002)", true}, {"S/RES/1445(2002)", true}, {"A/RES/80/1", true},
        {"A/80/L.2", true},          {"A/80/L.2/Rev.1", true},   {"A/C.1/80/L.1", true},
        {"S/2020/110", true},        {"S/2026/101/Rev.2", true}, {"S/RES/1445", false},
        {"A/80", false},             {"S/PRST/2006/5", false},
    };
    for (const auto& c : cases) {
        INFO(c.input);
        CHECK(matches_all<g::symbol>(c.input) == c.ok);
    }
}

TEST_CASE("dates", "[grammar]") {
    CHECK(matches_all<g::date>("30 April 2007"));
    CHECK(matches_all<g::date>("1 July 2022"));
    CHECK_FALSE(matches_all<g::date>("April 30, 2007"));
    CHECK_FALSE(matches_all<g::date>("30 Avril 2007"));
}

TEST_CASE("resolution headings of every period", "[grammar]") {
    CHECK(matches_all<g::resolution_heading>("Resolution 1755 (2007)\n"));
    CHECK(matches_all<g::resolution_heading>("RESOLUTION 803 (1993)\n"));
    CHECK(matches_all<g::yearbook_heading>("50 (1948). Resolution of 29 May 1948\n"));
    CHECK(matches_all<g::adoption_line>("Adopted by the Security Council at its 5670th meeting, on"));
    CHECK(matches_all<g::ga_title_line>("80/1. Participation by the State of Palestine"));
    CHECK_FALSE(matches_all<g::resolution_heading>("Resolution adopted by the General Assembly\n"));
}
