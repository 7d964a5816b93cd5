#pragma once
// A fast 64-bit hash of byte strings, for the in-memory tables of the analyzer and the differ
// (never stored, never compared across runs). Not for adversarial input: every equal hash is
// confirmed by comparing the strings themselves.

#include <cstdint>
#include <string_view>

namespace resdiff::text {

// Hash of `s` chained from `h` (eight bytes a step; the length ends each piece, so "ab" + "c"
// and "a" + "bc" chain to different values).
std::uint64_t hash_bytes(std::string_view s, std::uint64_t h);

// `h` with every bit spread into the low ones (tables that index by the low bits need it).
std::uint64_t mix_bits(std::uint64_t h);

}  // namespace resdiff::text
