// src/text/utf8.cpp: counts and checks that work eight bytes at a time agree with the byte loop.

#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

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

TEST_CASE("find_invalid_utf8 finds the first bad byte wherever the ASCII runs put it", "[text]") {
    auto reference = [](std::string_view s) -> std::optional<std::size_t> {
        for (std::size_t pos = 0; pos < s.size();) {
            if (static_cast<unsigned char>(s[pos]) < 0x80) {
                ++pos;
                continue;
            }
            std::size_t len = 0;
            if (decode_at(s, pos, len) == 0xFFFD && len == 1) return pos;
            pos += len;
        }
        return std::nullopt;
    };
    const std::vector<std::string> pieces = {"a", "Decides ", "0123456789012345678901234567890123456789", "\u00E9",
                                             "\u2019", "\U0001F600", "\xFF", "\xC3", "\x80", "\xE2\x80", "\xED\xA0\x80"};
    std::mt19937 rng(9);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 30);
    for (int n = 0; n < 30000; ++n) {
        std::string s;
        for (std::size_t k = length(rng); k > 0; --k) s += pieces[pick(rng)];
        INFO("bytes: " << s.size());
        CHECK(find_invalid_utf8(s) == reference(s));
    }
}
