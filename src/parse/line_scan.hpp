#pragma once
// Runs the document grammar over the text and returns its lines, each with its kind.

#include "parse/scanned_line.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace resdiff::parse {

// Linear in the input. The text must be valid UTF-8 and at most max_scanned_text_bytes long
// (both checked by parse_document); a longer text throws std::length_error.
std::vector<ScannedLine> scan_lines(std::string_view text);
// The same, given the count of '\n' in text (parse_document has it from its byte check): the
// lines are reserved from it, without a pass to count them. A wrong count costs only a regrowth.
std::vector<ScannedLine> scan_lines(std::string_view text, std::size_t line_feeds);

}  // namespace resdiff::parse
