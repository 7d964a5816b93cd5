#pragma once
// Escaping of text for HTML output (element content and quoted attribute values alike).
// Internal to src/render/, the only layer that escapes HTML.

#include <string>
#include <string_view>

namespace resdiff::render::detail {

// `&` `<` `>` `"` `'` become entities; C0 control characters other than tab, line feed and
// carriage return, and DEL, which HTML does not allow, become U+FFFD. Safe in element content
// and in attribute values quoted with either quote.
std::string escape_html(std::string_view text);

// A fragment identifier built from a clause id: ASCII letters, digits, `.`, `-` and `_` are
// kept, every other byte becomes `_` ("op4.a.ii" stays "op4.a.ii"). Needs no further escaping.
std::string html_id(std::string_view text);

}  // namespace resdiff::render::detail
