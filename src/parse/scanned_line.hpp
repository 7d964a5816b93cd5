#pragma once
// One physical line of the source as the grammar recognised it.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace resdiff::parse {

enum class LineKind : std::uint8_t {
    blank,
    furniture,       // job number, barcode, page counter
    footnote_rule,   // "__________________"
    md_separator,    // "---"
    md_note,         // "[^1]: text"
    slash_note,      // "1/ text"
    enacting,        // "The Security Council,"
    op_number_only,  // "3." alone
    op,              // "3. Decides ..."
    loose_op,        // "11   Condemns ..." (number without its dot)
    sub,             // "(a) text"
    closing,         // "40th plenary meeting"
    text,
};

// One per line of the source, and the builder holds them all at once: the small fields sit
// together at the end so that no padding grows the line (80 bytes, not 96).
struct ScannedLine {
    std::size_t number = 0;      // 1-based line number in the source
    std::size_t indent = 0;      // leading blanks, in characters
    std::string_view raw;        // the whole line, without its end of line
    std::string_view content;    // text after the label (op, sub, notes) or after blanks
    std::size_t content_column = 1;  // 1-based column where content starts
    std::string_view label;      // "3", "a", "ii", note label (a view into the source text)
    int value = 0;               // an operative label as a number, converted once at the scan
    LineKind kind = LineKind::text;
    bool press_quote = false;    // line opened with a press-release “
};

}  // namespace resdiff::parse
