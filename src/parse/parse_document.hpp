#pragma once
// The parser's one entry point. No PEGTL type appears here.

#include "model/document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace resdiff::parse {

// A text that is not a resolution at all (empty, binary, not UTF-8, no clause found).
struct ParseError {
    std::size_t line = 0;    // 1-based; 0 when no position applies
    std::size_t column = 0;  // 1-based
    std::string message;
};

struct ParseResult {
    std::optional<model::Document> document;  // set on success; warnings inside
    std::optional<ParseError> error;          // set on failure
    bool ok() const { return document.has_value(); }
};

// Parses one resolution or draft, as it comes out of a PDF, Word or a web page.
// Never throws on bad input: odd layout gives warnings, non-resolutions give an error, and so
// does a text of 4 GiB or more (the parser's lines keep 32-bit offsets).
ParseResult parse_document(std::string_view text, std::string source);

}  // namespace resdiff::parse
