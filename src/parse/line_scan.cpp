#include "parse/line_scan.hpp"

#include "grammar/document.hpp"

#include <tao/pegtl.hpp>

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace resdiff::parse {

namespace pegtl = tao::pegtl;
namespace g = resdiff::grammar;

namespace {

// What the actions collect for the line being matched; emitted by the line-kind actions.
struct ScanState {
    std::vector<ScannedLine> lines;
    std::size_t line_no = 1;
    std::string_view label;
    int value = 0;
    std::string_view content;
    bool press_quote = false;

    template <class Input>
    void emit(LineKind kind, const Input& in) {
        ScannedLine l;
        l.kind = kind;
        l.number = static_cast<std::uint32_t>(line_no);
        std::string_view whole(in.begin(), in.size());
        while (!whole.empty() && (whole.back() == '\n' || whole.back() == '\r')) whole.remove_suffix(1);
        l.set_raw(whole);
        std::size_t i = 0;
        while (i < whole.size() && (whole[i] == ' ' || whole[i] == '\t' || whole[i] == '\f')) ++i;
        l.indent = static_cast<std::uint32_t>(i);
        if (kind == LineKind::op || kind == LineKind::loose_op || kind == LineKind::sub || kind == LineKind::md_note ||
            kind == LineKind::slash_note || kind == LineKind::text)
            l.set_content(content);  // empty when the grammar matched none: "(a)" alone
        else
            l.set_content(whole.substr(i));
        if (kind == LineKind::op || kind == LineKind::loose_op || kind == LineKind::op_number_only || kind == LineKind::sub ||
            kind == LineKind::md_note || kind == LineKind::slash_note)
            l.set_label(label);
        if (kind == LineKind::op || kind == LineKind::loose_op || kind == LineKind::op_number_only) l.value = value;
        l.press_quote = press_quote;
        lines.push_back(l);
        label = {};
        value = 0;
        content = {};
        press_quote = false;
        ++line_no;
    }
};

template <class Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<g::line_content> {
    template <class Input>
    static void apply(const Input& in, ScanState& s) {
        s.content = std::string_view(in.begin(), in.size());
    }
};
template <>
struct action<g::note_text> : action<g::line_content> {};

// Labels stay views into the text; an operative number is converted here, once, for the
// builder's sequence checks (at most six digits: no overflow).
template <>
struct action<g::op_line_number> {
    template <class Input>
    static void apply(const Input& in, ScanState& s) {
        s.label = std::string_view(in.begin(), in.size());
        s.value = 0;
        for (const char c : s.label) s.value = s.value * 10 + (c - '0');
    }
};
template <>
struct action<g::sub_line_label> {
    template <class Input>
    static void apply(const Input& in, ScanState& s) { s.label = std::string_view(in.begin(), in.size()); }
};
template <>
struct action<g::note_label> : action<g::sub_line_label> {};
template <>
struct action<g::press_quote> {
    template <class Input>
    static void apply(const Input&, ScanState& s) { s.press_quote = true; }
};

// With memchr: std::count goes a byte at a time here, at six times the instructions.
std::size_t count_line_ends(std::string_view text) {
    std::size_t n = 0;
    const char* const end = text.data() + text.size();
    for (const char* p = text.data(); p != end; ++p) {
        p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (p == nullptr) break;
        ++n;
    }
    return n;
}

template <LineKind K>
struct emit_as {
    template <class Input>
    static void apply(const Input& in, ScanState& s) { s.emit(K, in); }
};

// clang-format off
template <> struct action<g::blank_line> : emit_as<LineKind::blank> {};
template <> struct action<g::last_blank_line> : emit_as<LineKind::blank> {};
template <> struct action<g::furniture_line> : emit_as<LineKind::furniture> {};
template <> struct action<g::footnote_rule_line> : emit_as<LineKind::footnote_rule> {};
template <> struct action<g::md_separator_line> : emit_as<LineKind::md_separator> {};
template <> struct action<g::md_note_line> : emit_as<LineKind::md_note> {};
template <> struct action<g::slash_note_line> : emit_as<LineKind::slash_note> {};
template <> struct action<g::enacting_line> : emit_as<LineKind::enacting> {};
template <> struct action<g::op_number_only_line> : emit_as<LineKind::op_number_only> {};
template <> struct action<g::op_line> : emit_as<LineKind::op> {};
template <> struct action<g::loose_op_line> : emit_as<LineKind::loose_op> {};
template <> struct action<g::sub_line> : emit_as<LineKind::sub> {};
template <> struct action<g::closing_line> : emit_as<LineKind::closing> {};
template <> struct action<g::text_line> : emit_as<LineKind::text> {};
// clang-format on

}  // namespace

std::vector<ScannedLine> scan_lines(std::string_view text) {
    if (text.size() > max_scanned_text_bytes) throw std::length_error("scan_lines: text of 4 GiB or more");
    return scan_lines(text, count_line_ends(text));
}

std::vector<ScannedLine> scan_lines(std::string_view text, std::size_t line_feeds) {
    // Lines keep 32-bit offsets and numbers: a larger text would wrap them.
    if (text.size() > max_scanned_text_bytes) throw std::length_error("scan_lines: text of 4 GiB or more");
    ScanState state;
    // One line per line end, and one more for an unterminated last line: reserved exactly, the
    // vector never regrows (a regrow would hold two copies of every line at once).
    state.lines.reserve(line_feeds + 1);
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
    pegtl::parse<g::document, action, g::control>(in, state);
    // Lone carriage returns (old Mac files) are not line ends for the grammar; they are rare
    // enough that the caller normalises them before scanning.
    return std::move(state.lines);
}

}  // namespace resdiff::parse
