// Tests src/text/hash.cpp: the in-memory hash of the analyzer's and the differ's tables.

#include "text/hash.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using resdiff::text::hash_bytes;
using resdiff::text::mix_bits;

TEST_CASE("hash_bytes: equal strings hash equal, and pieces chain by their boundaries", "[text]") {
    const std::uint64_t seed = 0x6a09e667f3bcc908ULL;
    CHECK(hash_bytes("Decides to extend", seed) == hash_bytes(std::string("Decides to extend"), seed));
    // The length ends each piece: the same bytes cut elsewhere chain to another value.
    CHECK(hash_bytes("c", hash_bytes("ab", seed)) != hash_bytes("bc", hash_bytes("a", seed)));
    CHECK(hash_bytes("", seed) != seed);
    CHECK(hash_bytes("", seed) != hash_bytes(std::string(1, '\0'), seed));
    // Every prefix of a long text, each length around the eight-byte steps: no two alike.
    const std::string text = "the United Nations Interim Force in Lebanon (UNIFIL), until 31 August 2026;";
    std::set<std::uint64_t> seen;
    for (std::size_t n = 0; n <= text.size(); ++n) seen.insert(hash_bytes(text.substr(0, n), seed));
    CHECK(seen.size() == text.size() + 1);
}

TEST_CASE("mix_bits: the low bits of near values differ", "[text]") {
    // Tables index by the low bits: hashes that differ only high up must not collide there.
    std::set<std::uint64_t> low;
    for (std::uint64_t i = 0; i < 256; ++i) low.insert(mix_bits(i << 40) & 0xFFFF);
    CHECK(low.size() > 250);
}
