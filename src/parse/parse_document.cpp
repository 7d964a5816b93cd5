#include "parse/parse_document.hpp"

#include "parse/document_builder.hpp"
#include "parse/line_scan.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

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

// Control characters other than tab, line ends and form feed: a binary file, not a text.
std::optional<std::size_t> find_binary(std::string_view text) {
    auto bad = [](unsigned char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
    };
    // Sixteen bytes at a time, exactly (SWAR): with the high bit of every byte cleared, adding
    // 0x80 - n to a byte sets its high bit where the byte is n or more, and no carry crosses
    // into the next byte. Line ends are allowed control bytes, so the test must be exact: a
    // "has a byte below 0x20" test would send every line end down the byte-by-byte loop.
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto bad_bytes = [](std::uint64_t w) {
        const std::uint64_t x = w & ~highs;
        const std::uint64_t at_least_tab = x + ones * (0x80 - '\t');
        const std::uint64_t above_cr = x + ones * (0x80 - ('\r' + 1));
        const std::uint64_t at_least_space = x + ones * (0x80 - 0x20);
        const std::uint64_t del = x + ones;  // only 0x7F reaches 0x80
        return (~at_least_tab | (above_cr & ~at_least_space) | del) & ~w & highs;  // ASCII bytes only
    };
    std::size_t i = 0;
    while (i + 16 <= text.size()) {
        std::uint64_t w[2];
        std::memcpy(w, text.data() + i, 16);
        if (bad_bytes(w[0]) | bad_bytes(w[1])) break;  // the byte loop below finds which
        i += 16;
    }
    for (; i < text.size(); ++i)
        if (bad(static_cast<unsigned char>(text[i]))) return i;
    return std::nullopt;
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
    if (auto bad = find_binary(input)) {
        result.error = error_at(input, *bad, "binary content (control byte " + std::to_string(static_cast<unsigned char>(input[*bad])) +
                                                 " at byte " + std::to_string(*bad) + "): not a resolution text");
        return result;
    }
    if (auto bad = text::find_invalid_utf8(input)) {
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
    BuildOutcome built = build_document(scan_lines(text), std::move(source));
    if (!built.looks_like_resolution || built.document.clauses.empty()) {
        result.error = ParseError{1, 1, "not a resolution: no enacting formula (\"The Security Council,\") and no "
                                        "paragraph opening with a resolution's lead phrase"};
        return result;
    }
    result.document = std::move(built.document);
    return result;
}

}  // namespace resdiff::parse
