#pragma once
// Is a file a text at all? Control bytes (a binary file) and invalid UTF-8, found in one pass
// over the bytes, which also counts the lines: the parser's first look at every input, and at
// 10 MB a cost of its own.

#include <cstddef>
#include <optional>
#include <string_view>

namespace resdiff::text {

// Control bytes a text may hold: tab, line feed, vertical tab, form feed, carriage return.
// Every other byte below 0x20, and DEL, marks a binary file.
constexpr bool is_binary_byte(unsigned char c) { return (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7F; }

struct ByteCheck {
    std::optional<std::size_t> binary_byte;   // offset of the first binary byte
    std::optional<std::size_t> invalid_utf8;  // find_invalid_utf8(s) when there is no binary byte, else nullopt
    std::size_t line_feeds = 0;                // '\n' bytes in s when there is no binary byte, else 0: a text's lines
};

// A binary byte anywhere wins over invalid UTF-8 before it: a binary file is named as one.
ByteCheck check_bytes(std::string_view s);

namespace detail {
// The portable path (eight bytes at a time, two passes): what check_bytes is without SSE2.
// Public for the differential test.
ByteCheck check_bytes_portable(std::string_view s);
}  // namespace detail

}  // namespace resdiff::text
