#pragma once
// The builder's trim, and the trimmed text of a scanned line. Always inlined: the builder trims
// every line several times, a call costs more than the trim of a line that needs none, and GCC
// kept these out of line in the builder's long functions.

#include "parse/scanned_line.hpp"

#include <cstring>
#include <string_view>

namespace resdiff::parse {

// Blanks trim() removes at the front of a text: the ones the scan counts as a line's indent.
constexpr bool is_leading_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }
// Blanks trim() removes at the end of a text.
constexpr bool is_trailing_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

[[gnu::always_inline]] inline std::string_view trim_end(std::string_view s) {
    while (!s.empty() && is_trailing_blank(s.back())) s.remove_suffix(1);
    return s;
}

[[gnu::always_inline]] inline std::string_view trim(std::string_view s) {
    while (!s.empty() && is_leading_blank(s.front())) s.remove_prefix(1);
    return trim_end(s);
}

// trim(l.raw()) without walking the indent again: the scan counted exactly the leading blanks
// that trim() removes (and a line split by the builder starts at its label, indent 0).
[[gnu::always_inline]] inline std::string_view trimmed_raw(const ScannedLine& l) {
    std::string_view s = l.raw();
    s.remove_prefix(l.indent);  // not substr(): its range check kept the function out of line
    return trim_end(s);
}

// string_view's starts_with and == compile to a call on a short prefix; these compare in line.
inline bool has_prefix(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}
inline bool has_suffix(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && std::memcmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

}  // namespace resdiff::parse
