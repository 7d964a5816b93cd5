// src/text/utf8.cpp: counts and checks that work eight bytes at a time agree with the byte loop.

#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace resdiff::text;

TEST_CASE("count_code_points counts every byte that is not a continuation byte", "[text]") {
    CHECK(count_code_points("") == 0);
    CHECK(count_code_points("Côte d\u2019Ivoire") == 13);
    CHECK(count_code_points("\U0001F600 emoji and 20\u00B0C, twelve more bytes") == 35);
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> byte(0, 255), length(0, 40);
    for (int n = 0; n < 50000; ++n) {
        std::string s;
        for (int k = length(rng); k > 0; --k) s += static_cast<char>(byte(rng));
        std::size_t expected = 0;
        for (const char c : s) expected += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        INFO("bytes: " << s.size());
        CHECK(count_code_points(s) == expected);
    }
}
