// src/render/text_layout.cpp: excerpts for the terminal.

#include "render/text_layout.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::render::detail;

TEST_CASE("excerpts of two long phrases show where they differ", "[render]") {
    // Found on S/RES/790 → S/RES/830: both excerpts read "for another period of six months, that…".
    const auto [a, b] = excerpt_pair("for another period of six months, that is, until 31 May 1993",
                                     "for another period of six months, that is, until 30 November 1993", 30);
    CHECK(a == "\u2026 31 May 1993");
    CHECK(b == "\u2026 30 November 1993");
    const auto [c, d] = excerpt_pair("until 31 May 1993", "for six months", 30);
    CHECK(c == "until 31 May 1993");
    CHECK(d == "for six months");
}
