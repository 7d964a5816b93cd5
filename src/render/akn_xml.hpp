#pragma once
// XML escaping for the Akoma Ntoso renderer. Internal to src/render/.

#include <string>
#include <string_view>

namespace resdiff::render::detail {

// `&` `<` `>` `"` become entities (so `]]>` and quotes are safe in element content and in
// attribute values quoted with `"`). Characters XML 1.0 forbids - C0 controls other than tab,
// line feed and carriage return, U+FFFE and U+FFFF - become U+FFFD. Bytes are otherwise kept:
// the input is UTF-8 (the parser rejects anything else).
std::string escape_xml(std::string_view text);

// The same replacement of characters XML 1.0 forbids, without escaping: what a reader of the
// XML gets back after unescaping. Tests compare clause texts through it.
std::string xml_safe_text(std::string_view text);

}  // namespace resdiff::render::detail
