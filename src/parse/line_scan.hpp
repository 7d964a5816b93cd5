#pragma once
// Runs the document grammar over the text and returns its lines, each with its kind.

#include "parse/scanned_line.hpp"

#include <string_view>
#include <vector>

namespace resdiff::parse {

// Linear in the input. The text must be valid UTF-8 and at most max_scanned_text_bytes long
// (both checked by parse_document); a longer text throws std::length_error.
std::vector<ScannedLine> scan_lines(std::string_view text);

}  // namespace resdiff::parse
