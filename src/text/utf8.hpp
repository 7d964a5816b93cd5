#pragma once
// UTF-8 validation and decoding, by hand: the input is untrusted and we need byte offsets.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace resdiff::text {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Decodes the code point starting at s[pos]; sets `length` to its byte length (1 on error,
// returning U+FFFD). Precondition: pos < s.size().
char32_t decode_at(std::string_view s, std::size_t pos, std::size_t& length);

// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

// Count of code points (for columns): bytes that are not continuation bytes.
std::size_t count_code_points(std::string_view s);

}  // namespace resdiff::text
