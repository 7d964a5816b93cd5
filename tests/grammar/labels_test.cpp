// grammar/labels.hpp: numbering labels.

#include "grammar/labels.hpp"
#include "grammar_test_support.hpp"

#include <catch2/catch.hpp>

namespace g = resdiff::grammar;
using resdiff::testing::matches_all;

TEST_CASE("operative and sub-paragraph labels", "[grammar]") {
    CHECK(matches_all<g::op_label>("1."));
    CHECK(matches_all<g::op_label>("126."));
    CHECK(matches_all<g::op_label>("1234."));
    CHECK_FALSE(matches_all<g::op_label>("1234567."));
    CHECK_FALSE(matches_all<g::op_label>("1"));
    CHECK(matches_all<g::sub_label>("(a)"));
    CHECK(matches_all<g::sub_label>("(xviii)"));
    CHECK(matches_all<g::sub_label>("(12)"));
    CHECK(matches_all<g::sub_label>("(B)"));
    CHECK_FALSE(matches_all<g::sub_label>("(AB)"));
    CHECK_FALSE(matches_all<g::sub_label>("(abcdefg)"));
}
