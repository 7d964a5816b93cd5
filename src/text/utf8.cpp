#include "text/utf8.hpp"

#include <cstring>
#include <string>

namespace resdiff::text {

namespace {
bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

char32_t decode_at(std::string_view s, std::size_t pos, std::size_t& length) {
    const auto c = static_cast<unsigned char>(s[pos]);
    length = 1;
    if (c < 0x80) return c;
    std::size_t need = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) { need = 1; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { need = 2; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { need = 3; cp = c & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if (pos + need >= s.size()) return 0xFFFD;  // truncated sequence
    for (std::size_t i = 1; i <= need; ++i) {
        const auto d = static_cast<unsigned char>(s[pos + i]);
        if (!is_cont(d)) return 0xFFFD;
        cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    length = need + 1;
    return cp;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        // ASCII fast path: 32 bytes at a time while none has its high bit set, then eight.
        while (pos + 32 <= s.size()) {
            std::uint64_t w[4];
            std::memcpy(w, s.data() + pos, 32);
            if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) break;
            pos += 32;
        }
        while (pos + 8 <= s.size()) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + pos, 8);
            if (word & 0x8080808080808080ULL) break;
            pos += 8;
        }
        if (pos >= s.size()) break;
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) { ++pos; continue; }
        std::size_t len = 0;
        const char32_t cp = decode_at(s, pos, len);
        if (cp == 0xFFFD && len == 1) return pos;
        pos += len;
    }
    return std::nullopt;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t count_code_points(std::string_view s) {
    // Every byte but the continuation bytes (10xxxxxx) starts a code point. Eight bytes at a
    // time: a continuation byte has bit 7 set and bit 6 clear; their count is subtracted.
    std::size_t n = s.size(), i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        // The flags sit at bit 7 of each byte: shifted to bit 0, a multiply sums them into the top
        // byte. std::popcount is a libgcc call on the x86-64 baseline (no POPCNT).
        const std::uint64_t flags = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
        n -= static_cast<std::size_t>((flags * 0x0101010101010101ULL) >> 56);
    }
    for (; i < s.size(); ++i)
        if (is_cont(static_cast<unsigned char>(s[i]))) --n;
    return n;
}

}  // namespace resdiff::text
