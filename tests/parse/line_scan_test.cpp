// src/parse/line_scan.cpp: the grammar's actions feeding scanned lines.

#include "parse/line_scan.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::parse;

TEST_CASE("each line gets its kind, number, indent, label and content", "[parse]") {
    const std::string text = "The Security Council,\n\n   2.  Decides;\n(a) One\n*0628361*\nplain text";
    const auto lines = scan_lines(text);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].kind == LineKind::enacting);
    CHECK(lines[1].kind == LineKind::blank);
    CHECK(lines[2].kind == LineKind::op);
    CHECK(lines[2].label() == "2");
    CHECK(lines[2].indent == 3);
    CHECK(lines[2].content() == "Decides;");
    CHECK(lines[2].content().data() == lines[2].raw().data() + 7);  // a view into the raw line
    CHECK(lines[3].kind == LineKind::sub);
    CHECK(lines[3].label() == "a");
    CHECK(lines[4].kind == LineKind::furniture);
    CHECK(lines[5].kind == LineKind::text);
    CHECK(lines[5].number == 6);
    CHECK(lines[5].content() == "plain text");
}

TEST_CASE("scanning is linear: a large text scans in one pass", "[parse]") {
    std::string text = "The Security Council,\n";
    for (int i = 1; i <= 20000; ++i) text += std::to_string(i) + ". Decides to act;\n";
    const auto lines = scan_lines(text);
    CHECK(lines.size() == 20001);
    CHECK(lines[999].label() == "999");
    CHECK(lines.back().label() == "20000");
}
