// src/parse/footnote_markers.cpp: markers taken out of clause text.

#include "parse/footnote_markers.hpp"

#include <catch2/catch.hpp>

using resdiff::parse::strip_footnote_markers;

namespace {
std::string strip(const std::string& s, std::vector<std::string>& refs) {
    return strip_footnote_markers(s, {"1", "2", "3"}, refs);
}
}  // namespace

TEST_CASE("footnote markers of every style", "[parse]") {
    std::vector<std::string> refs;
    CHECK(strip("the Agency for 2024,1 and", refs) == "the Agency for 2024, and");
    CHECK(strip("resolution 79/7;1", refs) == "resolution 79/7;");
    CHECK(strip("the United Nations[^2] are", refs) == "the United Nations are");
    CHECK(strip("of 20 July 1993, 1/ and taking", refs) == "of 20 July 1993, and taking");
    CHECK(strip("the Headquarters Agreement1 are prevented", refs) == "the Headquarters Agreement are prevented");
    CHECK(refs == std::vector<std::string>{"1", "1", "2", "1", "1"});
}

TEST_CASE("numbers that are not markers stay", "[parse]") {
    std::vector<std::string> refs;
    CHECK(strip("A/80/L.2 and 19,626 troops", refs) == "A/80/L.2 and 19,626 troops");
    CHECK(strip("paragraph 1 of resolution 2231 (2015)", refs) == "paragraph 1 of resolution 2231 (2015)");
    CHECK(strip("GC(69)/RES/9 A.2, entitled", refs) == "GC(69)/RES/9 A.2, entitled");
    CHECK(strip("the G20 summit", refs) == "the G20 summit");
    CHECK(strip("for 2024,9 more", refs) == "for 2024,9 more");  // 9 is not a defined footnote
    CHECK(refs.empty());
}
