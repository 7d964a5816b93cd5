#pragma once
// One physical line of the source as the grammar recognised it.

#include <cstddef>
#include <cstdint>
#include <limits>
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

// The largest text scan_lines takes: every line number, indent, offset and length inside a
// line then fits 32 bits (a text of n bytes has at most n + 1 lines).
inline constexpr std::size_t max_scanned_text_bytes = std::numeric_limits<std::uint32_t>::max() - 1;

// One per line of the source, and the builder holds them all at once: 40 bytes, not the 80 of
// three string_views and size_t fields (every byte of that vector is a page to fault in).
// Content and label are parts of the raw line, kept as 32-bit offsets into it.
class ScannedLine {
public:
    std::uint32_t number = 0;  // 1-based line number in the source
    std::uint32_t indent = 0;  // leading blanks, in characters (bytes: the scan counts ASCII blanks)
    int value = 0;             // an operative label as a number, converted once at the scan
    LineKind kind = LineKind::text;
    bool press_quote = false;  // line opened with a press-release “

    // The whole line, without its end of line (a view into the source text).
    std::string_view raw() const { return {raw_, raw_size_}; }
    // Text after the label (op, sub, notes) or after blanks.
    std::string_view content() const { return {raw_ + content_offset_, content_size_}; }
    // "3", "a", "ii", a note label; empty for other lines.
    std::string_view label() const { return {raw_ + label_offset_, label_size_}; }

    // A new raw line: content and label become empty. At most max_scanned_text_bytes long.
    void set_raw(std::string_view raw) {
        raw_ = raw.data();
        raw_size_ = static_cast<std::uint32_t>(raw.size());
        content_offset_ = content_size_ = label_offset_ = 0;
        label_size_ = 0;
    }
    // `content` is a part of raw() (an empty view may be anywhere: it is stored as empty).
    void set_content(std::string_view content) {
        content_offset_ = content.empty() ? 0 : offset_of(content);
        content_size_ = static_cast<std::uint32_t>(content.size());
    }
    // `label` is a part of raw(), at most 255 bytes (the grammar's labels have at most six).
    void set_label(std::string_view label) {
        label_offset_ = label.empty() ? 0 : offset_of(label);
        label_size_ = static_cast<std::uint8_t>(label.size());
    }

private:
    std::uint32_t offset_of(std::string_view part) const { return static_cast<std::uint32_t>(part.data() - raw_); }

    // The small fields above and label_size_ share the first 16 bytes; the pointer follows.
    std::uint8_t label_size_ = 0;
    const char* raw_ = "";  // never null: content() and label() add their offsets to it
    std::uint32_t raw_size_ = 0;
    std::uint32_t content_offset_ = 0;  // content() is raw().substr(content_offset_, content_size_)
    std::uint32_t content_size_ = 0;
    std::uint32_t label_offset_ = 0;
};

static_assert(sizeof(ScannedLine) <= 40, "one ScannedLine per source line: keep it small");

}  // namespace resdiff::parse
