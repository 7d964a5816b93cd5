#include "text/byte_check.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace resdiff::text {

namespace {

std::optional<std::size_t> find_binary(std::string_view text) {
    // Sixteen bytes at a time, exactly (SWAR): with the high bit of every byte cleared, adding
    // 0x80 - n to a byte sets its high bit where the byte is n or more, and no carry crosses
    // into the next byte. Line ends are allowed control bytes, so the test must be exact: a
    // "has a byte below 0x20" test would send every line end down the byte-by-byte loop.
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto bad_bytes = [](std::uint64_t w) {
        const std::uint64_t x = w & ~highs;
        const std::uint64_t at_least_tab = x + ones * (0x80 - '\t');
        const std::uint64_t above_cr = x + ones * (0x80 - ('\r' + 1));
        const std::uint64_t at_least_space = x + ones * (0x80 - 0x20);
        const std::uint64_t del = x + ones;  // only 0x7F reaches 0x80
        return (~at_least_tab | (above_cr & ~at_least_space) | del) & ~w & highs;  // ASCII bytes only
    };
    std::size_t i = 0;
    while (i + 16 <= text.size()) {
        std::uint64_t w[2];
        std::memcpy(w, text.data() + i, 16);
        if (bad_bytes(w[0]) | bad_bytes(w[1])) break;  // the byte loop below finds which
        i += 16;
    }
    for (; i < text.size(); ++i)
        if (is_binary_byte(static_cast<unsigned char>(text[i]))) return i;
    return std::nullopt;
}

#if defined(__SSE2__)

// The high bit of every byte that is printable ASCII or an allowed control byte; 0 for binary
// and non-ASCII bytes. Each test is one signed "greater than" after a shift: plus one, the
// printable bytes are 0x21..0x7F, above every other byte (DEL and 0x80 up wrap to negatives);
// plus 114, only \t to \r land above 122.
inline __m128i text_bytes(__m128i v) {
    const __m128i printable = _mm_cmpgt_epi8(_mm_add_epi8(v, _mm_set1_epi8(1)), _mm_set1_epi8(0x20));
    const __m128i allowed = _mm_cmpgt_epi8(_mm_add_epi8(v, _mm_set1_epi8(128 - ('\r' + 1))), _mm_set1_epi8(122));
    return _mm_or_si128(printable, allowed);
}

// The slow part of the scan: a sixteen-byte chunk with a byte other than text_bytes().
class Walk {
public:
    explicit Walk(std::string_view s) : s_(s) {}
    ByteCheck result;

    // True when the chunk at `at` holds a binary byte: the scan ends there.
    bool chunk(std::size_t at, __m128i v) {
        const auto flags = ~static_cast<unsigned>(_mm_movemask_epi8(text_bytes(v))) & 0xFFFF;
        const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
        if (const unsigned binary = flags & ~high) {
            result.binary_byte = at + static_cast<std::size_t>(std::countr_zero(binary));
            result.invalid_utf8.reset();  // a binary file, whatever came before
            return true;
        }
        if (result.invalid_utf8) return false;  // only binary bytes are looked for after it
        // Every non-ASCII byte at or after the end of the last sequence starts the next one (the
        // bytes between are ASCII): find_invalid_utf8's walk, which may run on past the chunk.
        for (unsigned pending = high; pending != 0; pending &= pending - 1) {
            const std::size_t pos = at + static_cast<std::size_t>(std::countr_zero(pending));
            if (pos < next_sequence_) continue;  // a continuation byte already checked
            std::size_t length = 0;
            if (decode_at(s_, pos, length) == 0xFFFD && length == 1) {
                result.invalid_utf8 = pos;
                return false;
            }
            next_sequence_ = pos + length;
        }
        return false;
    }

private:
    std::string_view s_;
    std::size_t next_sequence_ = 0;
};

#endif

}  // namespace

namespace detail {

ByteCheck check_bytes_portable(std::string_view s) {
    ByteCheck r;
    r.binary_byte = find_binary(s);
    if (r.binary_byte) return r;
    r.invalid_utf8 = find_invalid_utf8(s);
    // With memchr: std::count goes a byte at a time, at six times the instructions.
    const char* const end = s.data() + s.size();
    for (const char* q = s.data(); q != end; ++q) {
        q = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(end - q)));
        if (q == nullptr) break;
        ++r.line_feeds;
    }
    return r;
}

}  // namespace detail

ByteCheck check_bytes(std::string_view s) {
#if defined(__SSE2__)
    // One pass, 32 bytes at a time: a block of printable ASCII and line ends costs about 25
    // instructions with the line feeds counted, where the two SWAR passes took about three a
    // byte and the count a memchr per line.
    Walk walk(s);
    const char* const p = s.data();
    const __m128i lf = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    std::size_t i = 0, line_feeds = 0;
    while (i + 32 <= s.size()) {
        // Line feeds counted per byte lane (each block adds at most 2), summed before a lane
        // can pass 255.
        __m128i lanes = zero;
        for (int n = 0; n < 127 && i + 32 <= s.size(); ++n, i += 32) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 16));
            lanes = _mm_sub_epi8(_mm_sub_epi8(lanes, _mm_cmpeq_epi8(a, lf)), _mm_cmpeq_epi8(b, lf));
            if (_mm_movemask_epi8(_mm_and_si128(text_bytes(a), text_bytes(b))) == 0xFFFF) continue;
            if (walk.chunk(i, a) || walk.chunk(i + 16, b)) return walk.result;
        }
        std::uint64_t sums[2];  // two sums of eight lanes each
        _mm_storeu_si128(reinterpret_cast<__m128i*>(sums), _mm_sad_epu8(lanes, zero));
        line_feeds += static_cast<std::size_t>(sums[0] + sums[1]);
    }
    // The tail, padded with blanks (neither binary nor part of a sequence).
    for (; i < s.size(); i += 16) {
        char tail[16];
        std::memset(tail, ' ', sizeof tail);
        const std::size_t n = std::min<std::size_t>(16, s.size() - i);
        std::memcpy(tail, p + i, n);
        line_feeds += static_cast<std::size_t>(std::count(tail, tail + n, '\n'));
        if (walk.chunk(i, _mm_loadu_si128(reinterpret_cast<const __m128i*>(tail)))) return walk.result;
    }
    walk.result.line_feeds = line_feeds;
    return walk.result;
#else
    return detail::check_bytes_portable(s);
#endif
}

}  // namespace resdiff::text
