#include "parse/parse_document.hpp"

#include "parse/document_builder.hpp"
#include "parse/line_scan.hpp"

#include "text/byte_check.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace resdiff::parse {

namespace {

ParseError error_at(std::string_view text, std::size_t offset, std::string message) {
    ParseError e;
    e.line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t from = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
    e.column = text::count_code_points(text.substr(from, offset - from)) + 1;
    e.message = std::move(message);
    return e;
}

// A carriage return at or after `from` that is not followed by a line feed.
bool has_lone_cr(std::string_view text, std::size_t from) {
    for (std::size_t cr = text.find('\r', from); cr != std::string_view::npos; cr = text.find('\r', cr + 1))
        if (cr + 1 == text.size() || text[cr + 1] != '\n') return true;
    return false;
}

}  // namespace

ParseResult parse_document(std::string_view input, std::string source) {
    ParseResult result;
    // Checked first, before any byte is read: the scanned lines keep 32-bit offsets.
    if (input.size() > max_scanned_text_bytes) {
        result.error = ParseError{0, 0, "input of " + std::to_string(input.size()) + " bytes: the parser reads at most " +
                                            std::to_string(max_scanned_text_bytes) + " bytes: not parsed"};
        return result;
    }
    if (std::all_of(input.begin(), input.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; })) {
        result.error = ParseError{0, 0, "empty input: not a resolution"};
        return result;
    }
    // A binary byte is named before any invalid UTF-8, wherever each sits.
    const text::ByteCheck bytes = text::check_bytes(input);
    if (auto bad = bytes.binary_byte) {
        result.error = error_at(input, *bad, "binary content (control byte " + std::to_string(static_cast<unsigned char>(input[*bad])) +
                                                 " at byte " + std::to_string(*bad) + "): not a resolution text");
        return result;
    }
    if (auto bad = bytes.invalid_utf8) {
        result.error = error_at(input, *bad, "invalid UTF-8 at byte " + std::to_string(*bad) + " (convert the file to UTF-8)");
        return result;
    }
    // Lone carriage returns (old Mac line ends) become line feeds in a copy of the text (which
    // drops the CR of CRLF too). A text whose carriage returns all end CRLF lines needs no copy:
    // the grammar reads CRLF as a line end and the scanned lines leave it out.
    std::string normalised;
    std::string_view text = input;
    if (std::size_t cr = input.find('\r'); cr != std::string_view::npos && has_lone_cr(input, cr)) {
        normalised.reserve(input.size());
        std::size_t from = 0;  // copied a run at a time, up to each carriage return
        for (; cr != std::string_view::npos; cr = input.find('\r', from)) {
            normalised.append(input.substr(from, cr - from));
            if (cr + 1 >= input.size() || input[cr + 1] != '\n') normalised += '\n';
            from = cr + 1;
        }
        normalised.append(input.substr(from));
        text = normalised;
    }
    // The byte check counted the input's line feeds; a normalised copy has more.
    BuildOutcome built =
        build_document(text.data() == input.data() ? scan_lines(text, bytes.line_feeds) : scan_lines(text), std::move(source));
    if (!built.looks_like_resolution || built.document.clauses.empty()) {
        result.error = ParseError{1, 1, "not a resolution: no enacting formula (\"The Security Council,\") and no "
                                        "paragraph opening with a resolution's lead phrase"};
        return result;
    }
    result.document = std::move(built.document);
    return result;
}

}  // namespace resdiff::parse
