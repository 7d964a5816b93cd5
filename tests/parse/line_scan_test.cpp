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

TEST_CASE("a given line count reserves the lines exactly, and a wrong one changes no line", "[parse]") {
    const std::string text = "The Security Council,\n\n1. Decides;\n(a) One\r\nwords\n";
    const auto counted = scan_lines(text);
    const auto given = scan_lines(text, 5);
    CHECK(given.capacity() == 6);  // five line ends and room for an unterminated last line
    for (const std::size_t wrong : {std::size_t{0}, std::size_t{2}, std::size_t{40}}) {
        const auto lines = scan_lines(text, wrong);
        REQUIRE(lines.size() == counted.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            CHECK(lines[i].kind == counted[i].kind);
            CHECK(lines[i].raw() == counted[i].raw());
            CHECK(lines[i].content() == counted[i].content());
            CHECK(lines[i].label() == counted[i].label());
        }
    }
}
