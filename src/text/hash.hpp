#pragma once
// A fast 64-bit hash of byte strings, for the in-memory tables of the analyzer and the differ
// (never stored, never compared across runs). Not for adversarial input: every equal hash is
// confirmed by comparing the strings themselves.

#include <cstdint>
#include <cstring>
#include <string_view>

namespace resdiff::text {

// Both are inline: they run once per word the analysis splits and once per clause the differ
// compares, mostly on a few bytes, where a call costs as much as the hashing.

// Hash of `s` chained from `h` (eight bytes a step; the length ends each piece, so "ab" + "c"
// and "a" + "bc" chain to different values).
inline std::uint64_t hash_bytes(std::string_view s, std::uint64_t h) {
    constexpr std::uint64_t mul = 0x9E3779B97F4A7C15ULL;
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * mul;
        h ^= h >> 29;
    }
    std::uint64_t w = static_cast<std::uint64_t>(s.size()) << 56;  // the length ends each piece
    for (std::size_t i = 0; i < n; ++i) w ^= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    h = (h ^ w) * mul;
    h ^= h >> 29;
    return h;
}

// `h` with every bit spread into the low ones (tables that index by the low bits need it).
inline std::uint64_t mix_bits(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

}  // namespace resdiff::text
