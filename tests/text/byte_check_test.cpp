// src/text/byte_check.cpp: the one-pass vector scan and the portable two-pass scan name the
// same byte as a byte-by-byte definition, wherever the byte sits relative to the blocks.

#include "text/byte_check.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace resdiff::text;

namespace {

// The definition, a byte at a time: the first binary byte anywhere; else the first byte at
// which UTF-8 decoding fails, and the count of line feeds.
ByteCheck reference(std::string_view s) {
    ByteCheck r;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F) {
            return {i, std::nullopt, 0};
        }
        r.line_feeds += c == '\n';
    }
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t len = 1;
        if (static_cast<unsigned char>(s[pos]) >= 0x80 && decode_at(s, pos, len) == 0xFFFD && len == 1) {
            r.invalid_utf8 = pos;
            return r;
        }
        pos += len;
    }
    return r;
}

std::string show(const std::optional<std::size_t>& o) { return o ? std::to_string(*o) : "none"; }

void check_all(const std::string& s) {
    const ByteCheck want = reference(s);
    const ByteCheck fast = check_bytes(s), portable = detail::check_bytes_portable(s);
    INFO("bytes: " << s.size() << ", expected binary " << show(want.binary_byte) << ", invalid " << show(want.invalid_utf8));
    CHECK(fast.binary_byte == want.binary_byte);
    CHECK(fast.invalid_utf8 == want.invalid_utf8);
    CHECK(portable.binary_byte == want.binary_byte);
    CHECK(portable.invalid_utf8 == want.invalid_utf8);
    CHECK(fast.line_feeds == want.line_feeds);
    CHECK(portable.line_feeds == want.line_feeds);
}

// 75 bytes of ASCII with line ends: two 32-byte blocks and an 11-byte tail.
std::string base_text() {
    std::string s = "The Security Council,\r\n\tRecalling its resolutions\v\f1. Decides to act;\n\n2. Requests";
    s.resize(75, 'x');
    return s;
}

}  // namespace

TEST_CASE("is_binary_byte: the control bytes but tab, line ends and form feed, and DEL", "[text]") {
    int binary = 0;
    for (int c = 0; c < 256; ++c) binary += is_binary_byte(static_cast<unsigned char>(c));
    CHECK(binary == 32 - 5 + 1);
    for (const unsigned char c : {'\t', '\n', '\v', '\f', '\r', ' ', '~'}) CHECK_FALSE(is_binary_byte(c));
    for (const unsigned char c : {0x00, 0x08, 0x0E, 0x1F, 0x7F}) CHECK(is_binary_byte(c));
}

TEST_CASE("check_bytes: every byte value at every position of blocks and tail", "[text]") {
    const std::string base = base_text();
    for (int b = 0; b < 256; ++b)
        for (std::size_t at = 0; at < base.size(); ++at) {
            std::string s = base;
            s[at] = static_cast<char>(b);
            check_all(s);
        }
}

TEST_CASE("check_bytes: UTF-8 sequences, good and bad, straddling every block boundary", "[text]") {
    const std::vector<std::string> sequences = {
        "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD",  // valid, U+FFFD among them
        "\xC3", "\xE2\x80", "\xF0\x9F\x98",                              // truncated
        "\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF",                  // overlong
        "\xED\xA0\x80", "\xED\xBF\xBF",                                  // surrogates
        "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xFF", "\x80", "\xBF",  // above U+10FFFF, no lead byte
        "\xC3\x0A", "\xE2\x80\x01",                                      // a lead byte before ASCII, or a binary byte
    };
    const std::string base = base_text();
    for (const std::string& seq : sequences)
        for (std::size_t at = 0; at + seq.size() <= base.size(); ++at) {
            std::string s = base;
            s.replace(at, seq.size(), seq);
            check_all(s);
            // Cut off at the sequence's end: a truncated sequence at the very end of the text.
            check_all(s.substr(0, at + seq.size() - 1));
            // And a binary byte after it, in the same block or a later one: it wins.
            for (const std::size_t later : {at + seq.size(), std::size_t{74}})
                if (later < s.size()) {
                    std::string t = s;
                    t[later] = '\x01';
                    check_all(t);
                }
        }
}

TEST_CASE("check_bytes: a binary byte is named even after invalid UTF-8", "[text]") {
    std::string s(100, 'a');
    s[5] = '\xFF';
    CHECK(check_bytes(s).invalid_utf8 == std::size_t{5});
    CHECK_FALSE(check_bytes(s).binary_byte);
    s[90] = '\x02';
    CHECK(check_bytes(s).binary_byte == std::size_t{90});
    s[40] = '\x7F';
    CHECK(check_bytes(s).binary_byte == std::size_t{40});
    CHECK_FALSE(check_bytes("").binary_byte);
    CHECK_FALSE(check_bytes("").invalid_utf8);
}

TEST_CASE("check_bytes: random texts agree with the byte-by-byte definition", "[text]") {
    const std::vector<std::string> pieces = {"a",      "Decides ", "0123456789012345678901234567890123456789", "\n",  "\r\n",
                                             "\t",     "\u00E9",   "\u2019",   "\U0001F600", "\xFF", "\xC3", "\x80",
                                             "\xE2\x80", "\xED\xA0\x80", "\x01", "\x7F", "\x1F"};
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 40);
    std::uniform_int_distribution<int> byte(0, 255), rare(0, 9);
    for (int n = 0; n < 30000; ++n) {
        std::string s;
        for (std::size_t k = length(rng); k > 0; --k) {
            // Mostly well-formed text; now and then any byte at all.
            if (rare(rng) == 0) s += static_cast<char>(byte(rng));
            else s += pieces[pick(rng)];
        }
        // Rare pieces would make most texts fail early: half the texts keep only the good ones.
        if (n % 2 == 0) {
            std::string good;
            for (std::size_t i = 0; i < s.size(); ++i) {
                const auto c = static_cast<unsigned char>(s[i]);
                if (c >= 0x20 && c < 0x7F) good += s[i];
                else if (c == '\n') good += "\n";
            }
            s = good + (n % 4 == 0 ? "\u2019x\xE2\x80" : "\u2019");
        }
        check_all(s);
    }
}

TEST_CASE("check_bytes: line feeds counted in texts longer than a byte counter reaches", "[text]") {
    // The vector scan counts in byte lanes and sums them every 127 blocks of 32 bytes: texts of
    // only line feeds, and of line feeds among words, around and far beyond those sizes.
    for (const std::size_t size : {4063u, 4064u, 4065u, 4096u, 8128u, 8160u, 20000u, 100001u}) {
        check_all(std::string(size, '\n'));
        std::string words;
        while (words.size() < size) words += (words.size() % 7 == 0) ? "\n" : "Decides\n\n\u2019 ";
        words.resize(size);
        check_all(words);
    }
    std::string crlf;
    for (int i = 0; i < 5000; ++i) crlf += "line\r\n";
    CHECK(check_bytes(crlf).line_feeds == 5000);
    crlf[20000] = '\x01';
    CHECK(check_bytes(crlf).line_feeds == 0);  // a binary file has no lines to count
}
