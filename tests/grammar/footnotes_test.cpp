// grammar/footnotes.hpp: footnote rules and note lines.

#include "grammar/footnotes.hpp"
#include "grammar_test_support.hpp"

#include <catch2/catch.hpp>

namespace g = resdiff::grammar;
using resdiff::testing::matches_all;

TEST_CASE("footnote rules and notes", "[grammar]") {
    CHECK(matches_all<g::footnote_rule_line>("__________________ \n"));
    CHECK_FALSE(matches_all<g::footnote_rule_line>("___\n"));
    CHECK(matches_all<g::md_note_line>("[^1]: A/80/83.\n"));
    CHECK(matches_all<g::slash_note_line>("1/ S/26111.\n"));
    CHECK(matches_all<g::slash_note_line>("2/  S/26083.\n"));
    CHECK_FALSE(matches_all<g::slash_note_line>("79/7 of 4 December\n"));
    CHECK(matches_all<g::foot_note_line>("1  See A/80/348.\n"));
    CHECK(matches_all<g::foot_note_line>("* Any changes to the list of sponsors\n"));
    CHECK(matches_all<g::md_separator_line>("---\n"));
}
