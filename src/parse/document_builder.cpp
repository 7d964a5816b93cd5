#include "parse/document_builder.hpp"

#include "parse/footnote_markers.hpp"
#include "parse/heading_reader.hpp"
#include "parse/lead_split.hpp"
#include "parse/sub_labels.hpp"
#include "parse/trimmed_line.hpp"

#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <functional>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <string_view>
#include <utility>

namespace resdiff::parse {

namespace {

using model::Clause;
using model::ClauseKind;

constexpr std::string_view kLeftQuote = "\xE2\x80\x9C";
constexpr std::string_view kRightQuote = "\xE2\x80\x9D";

std::string_view strip_left_quote(std::string_view s) {
    s = trim(s);
    if (!has_prefix(s, kLeftQuote)) return s;  // most lines: trimmed once is trimmed
    s.remove_prefix(3);
    return trim(s);
}

constexpr bool continues_paragraph(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '(' || c == ',' || c == ';' || c == '[' ||
           c == '-';
}

// Inline for the common line that opens with neither a blank nor “ (lead byte E2): its first
// byte decides, with no trim and no call (one per line of every paragraph).
[[gnu::always_inline]] inline bool starts_lower(std::string_view s) {
    if (!s.empty() && !is_leading_blank(s.front()) && s.front() != '\xE2') return continues_paragraph(s.front());
    s = strip_left_quote(s);
    return !s.empty() && continues_paragraph(s.front());
}

// The line ends where a paragraph may end: , ; : . (possibly behind a closing quote).
bool ends_terminal(std::string_view s) {
    s = trim(s);
    // A footnote marker may follow the punctuation: "Assembly,1", "resolution 79/7;[^1]", "2/".
    if (s.size() >= 4 && s.back() == ']' && s.find("[^") != std::string_view::npos) s = s.substr(0, s.rfind("[^"));
    if (!s.empty() && s.back() == '/') s.remove_suffix(1);
    std::size_t digits = 0;
    while (digits < s.size() && digits < 3 && s[s.size() - 1 - digits] >= '0' && s[s.size() - 1 - digits] <= '9') ++digits;
    if (digits > 0 && digits < s.size()) {
        const char before = s[s.size() - 1 - digits];
        if (before == ',' || before == ';' || before == ':' || before == '.' || before == ' ') s.remove_suffix(digits);
        s = trim(s);
    }
    while (has_suffix(s, kRightQuote)) s.remove_suffix(3);
    if (s.empty()) return false;
    const char c = s.back();
    return c == ',' || c == ';' || c == ':' || c == '.';
}

// The line holds a tab or two spaces in a row (find("  ") would stop at every single space).
bool has_blank_run(std::string_view s) {
    if (s.find('\t') != std::string_view::npos) return true;
    // Two spaces in a row put one at an odd position: only those positions are looked at.
    for (std::size_t i = 1; i < s.size(); i += 2)
        if (s[i] == ' ' && (s[i - 1] == ' ' || (i + 1 < s.size() && s[i + 1] == ' '))) return true;
    return false;
}

// collapse_spaces(s) == s: single spaces between words, no other blank. Most lines are, and
// need no pass through collapse_spaces.
bool collapsed_already(std::string_view s) {
    if (!s.empty() && (text::is_space(s.front()) || text::is_space(s.back()))) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (text::is_space(s[i]) && (s[i] != ' ' || text::is_space(s[i + 1]))) return false;  // s.back() is no blank
    return true;
}

bool is_section_heading(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.size() > 6) return false;
    if (s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z') return true;  // "A", "B" parts
    return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

bool is_annex_heading_line(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.front() != 'A') return false;  // every word below opens with 'A'
    for (std::string_view w : {"Annex", "ANNEX", "Appendix", "APPENDIX"}) {
        if (s.substr(0, w.size()) != w) continue;
        std::string_view rest = trim(s.substr(w.size()));
        if (rest.empty()) return true;
        return rest.size() <= 5 && std::all_of(rest.begin(), rest.end(), [](char c) {
                   return c == 'I' || c == 'V' || c == 'X' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
               });
    }
    return false;
}

// Inline for the common line whose first byte is neither a blank nor 'A': no trim, no call.
[[gnu::always_inline]] inline bool is_annex_heading(std::string_view s) {
    if (!s.empty() && !is_leading_blank(s.front()) && s.front() != 'A') return false;
    return is_annex_heading_line(s);
}

// Appends a line's words to a paragraph, re-joining words hyphenated at the line end only
// when the hyphen is real ("nuclear-" + "weapon-free"): both sides keep the hyphen.
void append_piece(std::string& text, std::string_view piece) {
    piece = trim(piece);
    if (piece.empty()) return;
    if (!text.empty()) {
        const bool hyphen_join = text.back() == '-' && text.size() >= 2 &&
                                 std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) &&
                                 piece.front() >= 'a' && piece.front() <= 'z';
        if (!hyphen_join) text += ' ';
    }
    text.append(piece);
}

// A paragraph's lines are a run of the builder's one line list (block_lines_): only the last
// block ever grows, so no block needs a vector of its own. Indices and numbers in 32 bits, as in
// ScannedLine: a text has fewer lines than bytes (24 bytes a block, not 72).
struct Block {
    enum Kind : std::uint8_t { op, sub, plain };
    static constexpr std::uint32_t no_label = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t first_line = 0;  // index of its first line in block_lines_
    std::uint32_t line_count = 0;
    std::uint32_t line = 0;
    std::uint32_t column = 1;
    std::uint32_t label_line = no_label;  // index in lines_ of the line whose label the block has
    Kind kind = plain;
};

struct Level {
    LabelSeries series;
    int last;
    Clause* parent;
};

class Builder {
public:
    Builder(std::vector<ScannedLine> lines, std::string source) : lines_(std::move(lines)) {
        doc_.source = std::move(source);
    }

    BuildOutcome run() {
        split_inline_paragraphs();
        demote_unlikely_numbers();
        skip_front_matter();
        detect_press_mode();
        const std::size_t body = find_body_start();
        read_heading_lines(body);
        collect_note_labels(body);
        group_paragraphs(body);
        build_clauses();
        infer_missing_numbers();
        assign_ids();
        check_numbering();
        BuildOutcome out;
        out.looks_like_resolution = enacting_found_ || known_lead_found_;
        out.document = std::move(doc_);
        return out;
    }

private:
    std::vector<ScannedLine> lines_;  // the scanned lines, inline paragraphs split; demote_unlikely_numbers() relabels
    // Where each paragraph split out of a line starts (its raw text) and its column there, in
    // source order: a few lines of a text at most.
    std::vector<std::pair<const char*, std::uint32_t>> split_columns_;
    model::Document doc_;
    std::size_t first_ = 0;  // first line after a Markdown front matter
    bool press_mode_ = false;
    bool enacting_found_ = false;
    bool known_lead_found_ = false;
    // Running headers are looked up per line of text: by view, without copying the line.
    struct ViewHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_set<std::string, ViewHash, std::equal_to<>> heading_lines_;
    std::vector<bool> heading_line_sizes_;  // sizes of the heading lines: most lines are no size of theirs
    std::array<bool, 256> heading_first_bytes_{};  // first bytes of the heading lines
    std::array<bool, 256> heading_last_bytes_{};   // and their last bytes
    bool is_heading_line(std::string_view t) const {
        return t.size() < heading_line_sizes_.size() && heading_line_sizes_[t.size()] && heading_lines_.count(t);
    }
    std::set<std::string> note_labels_;
    std::vector<Block> blocks_;
    std::vector<std::uint32_t> block_lines_;  // indices in lines_, half the size of pointers

    void warn(std::size_t line, std::size_t column, std::string message) {
        doc_.warnings.push_back({line, column, std::move(message)});
    }

    // "1000." to "999999." open a paragraph only where the numbering has reached them: a
    // line that starts with "2006." is far more often the end of a wrapped date.
    // Some sources put several numbered paragraphs on one line ("…; 10. Urges all parties …;
    // 11. Calls upon …"). Where the numbering expects the next number after a ; . or :, and a
    // capitalised word follows, the line is split there into a new paragraph line.
    // Most texts hold no such line: their lines stay where the scan put them, and a new list is
    // built only from the first split on (a copy of every line is the parse's largest block).
    void split_inline_paragraphs() {
        std::vector<ScannedLine> out;
        bool split = false;
        int last = 0;
        std::string next;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            const ScannedLine& line = lines_[i];
            if (line.kind == LineKind::op) last = line.value;
            // Most lines hold no ". " at all: no number to look for, no string to build, and no
            // copy of the line to cut.
            if ((line.kind != LineKind::op && line.kind != LineKind::text) || line.content().find(". ") == std::string_view::npos) {
                if (split) out.push_back(line);
                continue;
            }
            ScannedLine l = line;
            std::size_t raw_column = 1;  // where l.raw() starts in the source line, in code points
            while (l.kind == LineKind::op || l.kind == LineKind::text) {
                const std::string_view content = l.content();
                if (content.find(". ") == std::string_view::npos) break;
                next = std::to_string(last + 1);
                next += ". ";
                std::size_t at = std::string_view::npos;
                for (std::size_t p = content.find(next); p != std::string_view::npos; p = content.find(next, p + 1)) {
                    if (p < 2 || content[p - 1] != ' ') continue;
                    const char before = content[p - 2];
                    const std::size_t word = p + next.size();
                    // The first paragraph may follow the preamble's comma ("… Charter, 1. Decides").
                    const bool after_punct = before == ';' || before == '.' || before == ':' || (last == 0 && before == ',');
                    if (after_punct && word < content.size() && content[word] >= 'A' && content[word] <= 'Z') {
                        at = p;
                        break;
                    }
                }
                if (at == std::string_view::npos) break;
                if (!split) {
                    split = true;
                    out.reserve(lines_.size() + 1);
                    out.assign(lines_.begin(), lines_.begin() + static_cast<std::ptrdiff_t>(i));
                }
                const std::string_view raw = l.raw(), line_label = l.label();
                const std::size_t raw_at = static_cast<std::size_t>(content.data() + at - raw.data());
                // In code points, as every column: counted over the piece cut off only, so a line
                // cut many times is still read once.
                const std::size_t label_column = raw_column + text::count_code_points(raw.substr(0, raw_at));
                ScannedLine tail = l;
                tail.kind = LineKind::op;
                tail.value = last + 1;
                tail.set_raw(raw.substr(raw_at));
                tail.set_label(tail.raw().substr(0, next.size() - 2));  // the digits just matched
                tail.set_content(trim(tail.raw().substr(next.size())));
                tail.indent = 0;
                l.set_raw(raw.substr(0, raw_at));  // content and label are views of what stays
                l.set_content(content.substr(0, at));
                l.set_label(line_label);
                warn(l.number, label_column,
                     "paragraph " + std::string(tail.label()) + " starts inside the line of " +
                         (last == 0 ? std::string("the preamble") : "paragraph " + std::to_string(last)) + "; split there");
                out.push_back(l);
                l = tail;
                raw_column = label_column;
                // The tail's indent stays 0 (the layout rules read indents), its clause's column not.
                split_columns_.emplace_back(tail.raw().data(), static_cast<std::uint32_t>(label_column));
                ++last;
            }
            if (split) out.push_back(l);
        }
        if (split) lines_ = std::move(out);
    }

    // A numbered line out of sequence after a line that does not end a paragraph is a wrapped
    // line of text that happens to start with a number ("… paragraph" / "17. Further …").
    void demote_unlikely_numbers() {
        int last = 0;
        const ScannedLine* prev = nullptr;  // the last line with content
        for (ScannedLine& l : lines_) {
            const ScannedLine* before = prev;
            if (l.kind != LineKind::blank && l.kind != LineKind::furniture) prev = &l;
            if (l.kind != LineKind::op && l.kind != LineKind::op_number_only && l.kind != LineKind::loose_op) continue;
            const int n = l.value;
            const bool in_sequence = n == last + 1 || n == 1;
            const bool wrapped = l.kind == LineKind::op && !in_sequence && before && before->kind == LineKind::text &&
                                 !ends_terminal(trimmed_raw(*before)) && &l != &lines_.front() &&
                                 (&l - 1)->kind != LineKind::blank;
            if (!wrapped && (l.label().size() < 4 || n == last + 1)) {
                if (l.kind != LineKind::loose_op) last = n;
                continue;
            }
            l.kind = LineKind::text;
            l.set_label({});
            l.value = 0;
            l.set_content(trimmed_raw(l));
        }
    }

    // ---- front matter, press releases, heading ------------------------------------------

    void skip_front_matter() {
        std::size_t i = 0;
        while (i < lines_.size() && lines_[i].kind == LineKind::blank) ++i;
        if (i >= lines_.size() || lines_[i].kind != LineKind::md_separator || lines_[i].number > 2) return;
        for (std::size_t j = i + 1; j < lines_.size(); ++j) {
            if (lines_[j].kind == LineKind::md_separator) {
                first_ = j + 1;
                return;
            }
            const std::string_view l = trim(lines_[j].raw());
            const auto colon = l.find(':');
            if (colon == std::string_view::npos) continue;
            const std::string_view key = l.substr(0, colon);
            // A view, not a copy: an unclosed front matter runs over the whole text.
            std::string_view value = trim(l.substr(colon + 1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
            if (key == "symbol" && !value.empty()) doc_.metadata.symbol = std::string(value);
            if (key == "date" && value.size() == 10) doc_.metadata.date = std::string(value);
        }
    }

    void detect_press_mode() {
        std::size_t quoted = 0, content = 0;
        for (std::size_t i = first_; i < lines_.size(); ++i) {
            const auto& l = lines_[i];
            if (l.kind == LineKind::blank || l.kind == LineKind::furniture) continue;
            ++content;
            if (l.press_quote || has_prefix(trimmed_raw(l), kLeftQuote)) ++quoted;
        }
        press_mode_ = content >= 4 && quoted * 2 >= content;
    }

    std::size_t find_body_start() {
        for (std::size_t i = first_; i < lines_.size(); ++i) {
            if (lines_[i].kind == LineKind::enacting) {
                enacting_found_ = true;
                std::string f(strip_left_quote(lines_[i].raw()));
                doc_.enacting_formula = f;
                if (!doc_.metadata.organ) {
                    if (f.find("Security Council") != std::string::npos) doc_.metadata.organ = "Security Council";
                    else if (f.find("General Assembly") != std::string::npos) doc_.metadata.organ = "General Assembly";
                    else if (f.find("Economic and Social") != std::string::npos) doc_.metadata.organ = "Economic and Social Council";
                    else if (f.find("Human Rights") != std::string::npos) doc_.metadata.organ = "Human Rights Council";
                }
                return i + 1;
            }
        }
        // No enacting formula: the body starts at the first numbered paragraph or the first
        // line that opens with a known lead phrase.
        for (std::size_t i = first_; i < lines_.size(); ++i) {
            const auto& l = lines_[i];
            if (l.kind == LineKind::op || l.kind == LineKind::op_number_only) return i;
            if (l.kind == LineKind::text) {
                const std::string_view c = strip_left_quote(l.content());
                const std::size_t len = lead_length(c);
                if (len > 0 && is_known_lead(c.substr(0, len)) && looks_like_paragraph_start(c)) return i;
            }
        }
        return first_;
    }

    void read_heading_lines(std::size_t body) {
        std::vector<std::string_view> heading;
        for (std::size_t i = first_; i < body; ++i) {
            const auto& l = lines_[i];
            if (l.kind == LineKind::furniture || l.kind == LineKind::blank || l.kind == LineKind::enacting) continue;
            heading.push_back(l.raw());
            const std::string_view t = trim(l.raw());
            if (t.size() < 8) continue;
            std::string key = collapsed_already(t) ? std::string(t) : text::collapse_spaces(t);
            if (key.size() >= heading_line_sizes_.size()) heading_line_sizes_.resize(key.size() + 1);
            heading_line_sizes_[key.size()] = true;
            if (!key.empty()) {
                heading_first_bytes_[static_cast<unsigned char>(key.front())] = true;
                heading_last_bytes_[static_cast<unsigned char>(key.back())] = true;
            }
            heading_lines_.insert(std::move(key));
        }
        read_heading(heading, doc_.metadata);
    }

    // A line repeated from the heading (title, symbol) after the body started: a running header.
    bool is_running_header(const ScannedLine& l) const {
        if (l.kind != LineKind::text || l.raw().size() > 240) return false;  // headers are short lines
        const std::string_view trimmed = trimmed_raw(l);
        if (trimmed.empty()) return false;
        // Folding leaves the first and last bytes of a line where they are no blanks: a line
        // whose ends are no heading line's ends, and with no slash for a symbol, is no running
        // header, and needs neither the search for blank runs nor the lookup (most lines).
        const auto front = static_cast<unsigned char>(trimmed.front()), back = static_cast<unsigned char>(trimmed.back());
        if (front > ' ' && back > ' ' && !(heading_first_bytes_[front] && heading_last_bytes_[back]) &&
            trimmed.find('/') == std::string_view::npos)
            return false;
        // Folding blanks costs a copy: only lines with runs of blanks need it (hot path).
        const bool plain = !has_blank_run(trimmed);
        std::string folded;
        if (!plain) folded = text::collapse_spaces(trimmed);
        const std::string_view t = plain ? trimmed : std::string_view(folded);
        if (is_heading_line(t)) return true;
        if (t.find('/') == std::string_view::npos) return false;  // every symbol has a slash
        const std::string sym = find_symbol(t);
        if (!sym.empty() && t.size() <= sym.size() + 2) return true;
        if (doc_.metadata.symbol && t.find(*doc_.metadata.symbol) != std::string_view::npos) {
            std::string rest(t);
            rest.erase(rest.find(*doc_.metadata.symbol), doc_.metadata.symbol->size());
            rest = text::collapse_spaces(rest);
            return rest.empty() || is_heading_line(rest);
        }
        return false;
    }

    // ---- footnotes ------------------------------------------------------------------------

    void collect_note_labels(std::size_t body) {
        bool after_rule = false;
        for (std::size_t i = body; i < lines_.size(); ++i) {
            const auto& l = lines_[i];
            if (l.kind == LineKind::md_note || l.kind == LineKind::slash_note) note_labels_.emplace(l.label());
            if (l.kind == LineKind::footnote_rule) after_rule = true;
            else if (after_rule && l.kind != LineKind::blank) {
                if (auto label = foot_note_label(l)) note_labels_.insert(*label);
                else after_rule = false;
            }
        }
    }

    // "1  See A/80/348." or "* Any changes ..." after a footnote rule.
    static std::optional<std::string> foot_note_label(const ScannedLine& l) {
        const std::string_view t = trimmed_raw(l);
        std::size_t n = 0;
        while (n < t.size() && n < 3 && ((t[n] >= '0' && t[n] <= '9') || t[n] == '*')) ++n;
        if (n == 0 || n == t.size()) return std::nullopt;
        if (t[n] != ' ' && t[n] != '\t' && !(t[n] >= 'A' && t[n] <= 'Z')) return std::nullopt;
        return std::string(t.substr(0, n));
    }

    void add_note(const ScannedLine& l, std::string label, std::string_view text) {
        model::Footnote f;
        f.label = std::move(label);
        f.text = std::string(trim(text));
        f.line = l.number;
        doc_.footnotes.push_back(std::move(f));
    }

    // ---- paragraphs -------------------------------------------------------------------------

    struct Layout {
        bool indent_mode = false;
        std::size_t base_indent = 0;
        bool blank_separated = false;  // paragraphs are separated by blank lines throughout
    };

    Layout measure_layout(std::size_t body) const {
        // Indents counted in an array; the rare deep ones (hostile input) in a map. Visited in
        // increasing indent order: the smallest of equally common indents wins.
        constexpr std::size_t kSmall = 64;
        std::array<std::size_t, kSmall> small{};
        std::map<std::size_t, std::size_t> deep;
        for (std::size_t i = body; i < lines_.size(); ++i)
            if (lines_[i].kind == LineKind::text) {
                const std::size_t indent = lines_[i].indent;
                if (indent < kSmall) ++small[indent];
                else ++deep[indent];
            }
        Layout layout;
        std::size_t best = 0;
        for (std::size_t indent = 0; indent < kSmall; ++indent)
            if (small[indent] > best) {
                best = small[indent];
                layout.base_indent = indent;
            }
        for (auto [indent, count] : deep)
            if (count > best) {
                best = count;
                layout.base_indent = indent;
            }
        std::size_t deeper = 0;
        const ScannedLine* prev = nullptr;
        for (std::size_t i = body; i < lines_.size(); ++i) {
            const auto& l = lines_[i];
            if (l.kind != LineKind::text && l.kind != LineKind::op) continue;
            if (prev && l.kind == LineKind::text && l.indent >= layout.base_indent + 3 && ends_terminal(trimmed_raw(*prev))) ++deeper;
            prev = &l;
        }
        layout.indent_mode = deeper >= 2;
        // When (nearly) every numbered paragraph follows a blank line, a line break without a
        // blank line never starts a paragraph, whatever word the next line opens with.
        std::size_t numbered = 0, after_blank = 0;
        for (std::size_t i = body; i < lines_.size(); ++i) {
            if (lines_[i].kind != LineKind::op) continue;
            ++numbered;
            if (i > 0 && lines_[i - 1].kind == LineKind::blank) ++after_blank;
        }
        layout.blank_separated = numbered >= 5 && after_blank * 10 >= numbered * 9;
        return layout;
    }

    bool is_break(const ScannedLine& prev, const ScannedLine& line, bool blank_between, const Layout& layout) const {
        const std::string_view content = line.content();
        if (press_mode_) return line.press_quote || has_prefix(trimmed_raw(line), kLeftQuote);
        const std::string_view prev_text = trimmed_raw(prev);
        if (starts_lower(content)) return false;
        if (blank_between) return ends_terminal(prev_text) || looks_like_paragraph_start(content);
        if (layout.blank_separated) return false;
        if (layout.indent_mode) {
            if (line.indent >= layout.base_indent + 3)
                return ends_terminal(prev_text) || looks_like_paragraph_start(content);
            // Not indented: a new paragraph only where punctuation and a real lead agree.
            const std::string_view c = strip_left_quote(content);
            const std::size_t len = lead_length(c);
            return ends_terminal(prev_text) && len > 0 && is_known_lead(c.substr(0, len)) &&
                   looks_like_paragraph_start(content);
        }
        return ends_terminal(prev_text) && looks_like_paragraph_start(content);
    }

    // The next line that carries content, skipping blanks, furniture and running headers.
    const ScannedLine* next_content(std::size_t i) const {
        for (std::size_t j = i + 1; j < lines_.size(); ++j) {
            const auto& l = lines_[j];
            if (l.kind == LineKind::blank || l.kind == LineKind::furniture || is_running_header(l)) continue;
            return &l;
        }
        return nullptr;
    }

    // A numbered operative paragraph opens: it closes any list numbered inside the previous one.
    void start_operative(const ScannedLine& l, int n, bool& ops_seen, const ScannedLine*& pending_label) {
        inner_next_.reset();
        start_block(Block::op, l, &l);
        last_op_number_ = n;
        ops_seen = true;
        pending_label = nullptr;
    }

    std::uint32_t index_of(const ScannedLine& l) const { return static_cast<std::uint32_t>(&l - lines_.data()); }

    // 1-based column where the line's text starts: after its indent, or for a paragraph split out
    // of a longer line where its number stands in that line.
    std::uint32_t column_of(const ScannedLine& l) const {
        const auto at = std::lower_bound(split_columns_.begin(), split_columns_.end(), l.raw().data(),
                                         [](const auto& split, const char* raw) { return std::less<>{}(split.first, raw); });
        if (at != split_columns_.end() && at->first == l.raw().data()) return at->second;
        return l.indent + 1;
    }

    // label_of: the line whose label the block takes (nullptr: none).
    void start_block(Block::Kind kind, const ScannedLine& l, const ScannedLine* label_of) {
        Block b;
        b.kind = kind;
        if (label_of) b.label_line = index_of(*label_of);
        b.first_line = static_cast<std::uint32_t>(block_lines_.size());
        b.line_count = 1;
        block_lines_.push_back(index_of(l));
        b.line = l.number;
        b.column = column_of(l);
        blocks_.push_back(b);
    }

    void extend_last_block(const ScannedLine& l) {
        block_lines_.push_back(index_of(l));
        ++blocks_.back().line_count;
    }

    const ScannedLine& block_line(const Block& b, std::size_t k) const { return lines_[block_lines_[b.first_line + k]]; }
    std::string_view block_label(const Block& b) const {
        return b.label_line == Block::no_label ? std::string_view() : lines_[b.label_line].label();
    }

    void group_paragraphs(std::size_t body) {
        const Layout layout = measure_layout(body);
        block_lines_.reserve(lines_.size() - body);  // at most every line once: never regrown
        bool pending_blank = false;
        const ScannedLine* pending_label = nullptr;  // an operative number alone on its line, for the next text
        bool in_rule_notes = false, rule_blank = false, in_annex = false;
        model::Footnote* open_note = nullptr;
        const ScannedLine* prev = nullptr;
        bool ops_seen = false;
        for (std::size_t i = body; i < lines_.size(); ++i) {
            const ScannedLine& l = lines_[i];
            if (l.kind == LineKind::furniture) continue;
            if (l.kind != LineKind::blank && is_running_header(l)) continue;
            if (in_annex) {
                collect_annex_line(l);
                continue;
            }
            if (in_quote_ || (!press_mode_ && prev && !blocks_.empty() && l.kind != LineKind::blank &&
                              opens_quotation(*prev, l))) {
                // A text quoted in a paragraph ("… which reads:" “The Security Council, …”):
                // part of that paragraph, whatever its own structure.
                if (l.kind == LineKind::blank || l.kind == LineKind::furniture) continue;
                in_quote_ = !closes_quotation(l.raw());
                extend_last_block(l);
                prev = &l;
                continue;
            }
            if (closed_ && l.kind != LineKind::footnote_rule && !is_annex_heading(trimmed_raw(l))) {
                tail_line(l);
                continue;
            }
            if (in_rule_notes) {
                if (l.kind == LineKind::blank) {
                    rule_blank = true;
                    continue;
                }
                if (auto label = foot_note_label(l); label && l.kind != LineKind::op && l.kind != LineKind::op_number_only) {
                    const std::string_view t = trimmed_raw(l);
                    add_note(l, *label, t.substr(label->size()));
                    open_note = &doc_.footnotes.back();
                    rule_blank = false;
                    continue;
                }
                if (!rule_blank && open_note && l.kind == LineKind::text) {
                    continue_note(*open_note, trimmed_raw(l));
                    continue;
                }
                in_rule_notes = false;
                open_note = nullptr;
                pending_blank = pending_blank || rule_blank;  // the notes ended a page
            }
            switch (l.kind) {
            case LineKind::footnote_rule:
                in_rule_notes = true;
                rule_blank = false;
                open_note = nullptr;
                continue;
            case LineKind::md_separator:
                continue;
            case LineKind::md_note:
            case LineKind::slash_note:
                add_note(l, std::string(l.label()), l.content());
                open_note = &doc_.footnotes.back();
                pending_blank = false;
                prev = nullptr;
                continue;
            case LineKind::closing:
                set_meeting(trimmed_raw(l));
                closed_ = ops_seen;
                continue;
            case LineKind::blank:
                pending_blank = true;
                open_note = nullptr;
                continue;
            case LineKind::op_number_only: {
                const ScannedLine* next = next_content(i);
                const bool next_continues = next && next->kind == LineKind::text && starts_lower(next->content());
                Block* current = blocks_.empty() ? nullptr : &blocks_.back();
                const bool current_unlabelled = current && current->kind == Block::plain && ops_seen;
                const bool first_line_open =
                    current && current->line_count == 1 && !ends_terminal(trimmed_raw(block_line(*current, 0)));
                if (current_unlabelled && (next_continues || first_line_open || next == nullptr ||
                                           next->kind == LineKind::closing)) {
                    current->kind = Block::op;
                    current->label_line = index_of(l);
                    warn(l.number, l.indent + 1,
                         "paragraph number " + std::string(l.label()) + " stands after the first line of its paragraph (line " +
                             std::to_string(current->line) + ")");
                } else {
                    pending_label = &l;
                }
                pending_blank = false;
                continue;
            }
            case LineKind::op: {
                const int n = l.value;
                const std::string_view prev_text = prev ? trimmed_raw(*prev) : std::string_view();
                const bool after_colon = !prev_text.empty() && prev_text.back() == ':';
                if (inner_next_ && n == *inner_next_) {
                    // A numbered list inside a paragraph ("… the following:" 1. 2. 3.).
                    start_block(Block::sub, l, &l);
                    ++*inner_next_;
                    break;
                }
                if (n == 1 && last_op_number_ >= 1 && after_colon) {
                    start_block(Block::sub, l, &l);
                    inner_next_ = 2;
                    break;
                }
                start_operative(l, n, ops_seen, pending_label);
                break;
            }
            case LineKind::sub:
                start_block(Block::sub, l, &l);
                break;
            case LineKind::loose_op: {
                const int n = l.value;
                const std::string_view c = strip_left_quote(l.content());
                const std::size_t len = lead_length(c);
                if (!in_quote_ && n == last_op_number_ + 1 && len > 0 && is_operative_lead(c.substr(0, len))) {
                    warn(l.number, l.indent + 1, "paragraph number " + std::string(l.label()) + " has no full stop");
                    start_operative(l, n, ops_seen, pending_label);
                    break;
                }
                [[fallthrough]];  // a date or a number that starts a line of text
            }
            case LineKind::enacting:
            case LineKind::text: {
                const std::string_view t = trimmed_raw(l);
                if (t.empty()) continue;
                if (open_note && !pending_blank && l.kind == LineKind::text) {  // "3/ Official Records ...," continued
                    continue_note(*open_note, t);
                    continue;
                }
                open_note = nullptr;
                if (!blocks_.empty() && is_annex_heading(t)) {
                    in_annex = true;
                    open_annex(l);
                    continue;
                }
                if (ops_seen && has_prefix(t, "Adopted ")) {  // "Adopted at the 2085th meeting by 12 votes"
                    set_meeting(t);
                    closed_ = true;
                    continue;
                }
                if (is_section_heading(t)) {
                    warn(l.number, l.indent + 1, "section heading \"" + std::string(t) + "\" is not a clause; skipped");
                    pending_blank = true;
                    continue;
                }
                // The cheap tests before the date search.
                if (ops_seen && t.size() <= 20 &&
                    (pending_blank || ends_terminal(prev ? trimmed_raw(*prev) : std::string_view())) && iso_date(t).size() == 10) {
                    // A date alone after the operative part closes the text ("14 November 2025").
                    if (!doc_.metadata.meeting) {
                        set_meeting(t);
                    } else {
                        doc_.metadata.meeting->append(" ").append(t);  // appended, not rebuilt per date
                        meeting_collapsed_ = false;
                    }
                    continue;
                }
                if (ops_seen && prev && !pending_label && ends_with_seized(trimmed_raw(*prev))) {
                    // "Decides to remain seized of the matter." ends the resolution: what
                    // follows without an "Annex" line is an annex all the same (a statute, a
                    // list of contents).
                    in_annex = true;
                    open_annex(l);
                    warn(l.number, l.indent + 1, "text after \"remain seized of the matter\" taken as an annex");
                    collect_annex_line(l);
                    continue;
                }
                if (pending_label) {
                    start_block(Block::op, l, pending_label);
                    blocks_.back().line = pending_label->number;
                    pending_label = nullptr;
                    ops_seen = true;
                } else if (blocks_.empty() || !prev || is_break(*prev, l, pending_blank, layout)) {
                    start_block(Block::plain, l, nullptr);
                    const std::string_view c = strip_left_quote(l.content());
                    const std::size_t len = lead_length(c);
                    if (len > 0 && is_operative_lead(c.substr(0, len))) ops_seen = true;
                } else {
                    extend_last_block(l);
                }
                break;
            }
            default:
                break;
            }
            pending_blank = false;
            prev = &l;
        }
        if (pending_label)
            warn(pending_label->number, 1, "paragraph number " + std::string(pending_label->label()) + " has no text");
    }

    // After the closing line: notes ("33.One member (China) did not participate", "1/ S/26111.",
    // "[^1]: A/80/83.") and the rest of the closing words.
    void tail_line(const ScannedLine& l) {
        if (l.kind == LineKind::blank) {
            tail_note_open_ = false;
            return;
        }
        if (l.kind == LineKind::md_note || l.kind == LineKind::slash_note) {
            add_note(l, std::string(l.label()), l.content());
            tail_note_open_ = true;
            return;
        }
        if (l.kind == LineKind::md_separator || l.kind == LineKind::furniture) return;
        const std::string_view t = trimmed_raw(l);
        std::size_t n = 0;
        while (n < t.size() && n < 3 && ((t[n] >= '0' && t[n] <= '9') || t[n] == '*')) ++n;
        if (n > 0 && n < t.size() && (t[n] == '.' || t[n] == '/' || t[n] == ' ' || t[n] == '\t')) {
            std::string_view rest = t.substr(n);
            if (rest.front() == '.' || rest.front() == '/') rest.remove_prefix(1);
            add_note(l, std::string(t.substr(0, n)), rest);
            tail_note_open_ = true;
            return;
        }
        if (tail_note_open_ && !doc_.footnotes.empty()) {
            continue_note(doc_.footnotes.back(), t);
            return;
        }
        continue_meeting(t);
    }
    bool tail_note_open_ = false;

    // Footnotes and the closing words grow line by line, each line joined with its blanks
    // collapsed. Collapsing the whole text again for every line made long notes quadratic:
    // the text is collapsed in full once, then each new line alone (collapse_spaces of a
    // collapsed text, a blank and more is that text, a blank and the collapsed rest).
    void continue_note(model::Footnote& note, std::string_view line) {
        const auto index = static_cast<std::size_t>(&note - doc_.footnotes.data());
        if (collapsed_note_ != index) note.text = text::collapse_spaces(note.text);
        append_collapsed(note.text, line);
        collapsed_note_ = index;
    }
    void continue_meeting(std::string_view line) {
        if (!meeting_collapsed_) doc_.metadata.meeting = text::collapse_spaces(doc_.metadata.meeting.value_or(""));
        append_collapsed(*doc_.metadata.meeting, line);
        meeting_collapsed_ = true;
    }
    void set_meeting(std::string_view words) {
        doc_.metadata.meeting = std::string(words);
        meeting_collapsed_ = false;
    }
    static void append_collapsed(std::string& text, std::string_view line) {
        const std::string more = text::collapse_spaces(line);
        if (more.empty()) return;
        if (!text.empty()) text += ' ';
        text += more;
    }
    std::size_t collapsed_note_ = static_cast<std::size_t>(-1);  // index of the note known collapsed
    bool meeting_collapsed_ = false;

    static bool ends_with_seized(std::string_view s) {
        s = trim(s);
        while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == '"' || s.back() == ' ')) s.remove_suffix(1);
        constexpr std::string_view tail = "seized of the matter";
        return has_suffix(s, tail);
    }
    bool in_quote_ = false;

    static bool starts_with_quote(std::string_view s) {
        s = trim(s);
        return !s.empty() && (s.front() == '"' || has_prefix(s, kLeftQuote));
    }
    static bool opens_quotation(const ScannedLine& prev, const ScannedLine& l) {
        const std::string_view p = trimmed_raw(prev);
        return !p.empty() && p.back() == ':' && starts_with_quote(l.raw()) && !closes_quotation(l.raw());
    }
    // The line ends the quotation: a closing quote at its end, perhaps before punctuation.
    static bool closes_quotation(std::string_view s) {
        s = trim(s);
        while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
        if (!s.empty() && s.back() == '"') return true;
        return has_suffix(s, kRightQuote);
    }
    bool closed_ = false;
    std::optional<int> inner_next_;
    int last_op_number_ = 0;

    void open_annex(const ScannedLine& l) {
        model::Annex a;
        a.id = "annex" + std::to_string(doc_.annexes.size() + 1);
        a.line = l.number;
        doc_.annexes.push_back(std::move(a));
        title_done_ = false;
    }

    void collect_annex_line(const ScannedLine& l) {
        model::Annex& a = doc_.annexes.back();
        const std::string_view t = trimmed_raw(l);
        if (l.kind == LineKind::blank) {
            if (!a.title.empty() && !a.text.empty()) a.text += "\n\n";
            else if (!a.title.empty() && a.text.empty()) a.text += "";
            title_done_ = !a.title.empty();
            return;
        }
        if (is_annex_heading(t)) {
            open_annex(l);
            return;
        }
        if (!title_done_) {
            append_piece(a.title, t);
            return;
        }
        if (!a.text.empty() && a.text.back() != '\n') a.text += ' ';
        a.text.append(t);
    }
    bool title_done_ = false;

    // ---- clauses ------------------------------------------------------------------------------

    std::string block_text(const Block& b) const {
        std::string text;
        if (b.line_count > 1) {  // the lines and a blank between each: one allocation, not one per doubling
            std::size_t room = 0;
            for (std::size_t k = 0; k < b.line_count; ++k) room += block_line(b, k).raw().size() + 1;
            text.reserve(room);
        }
        for (std::size_t k = 0; k < b.line_count; ++k) {
            const ScannedLine& l = block_line(b, k);
            const bool labelled = (l.kind == LineKind::op || l.kind == LineKind::sub ||
                                   (l.kind == LineKind::loose_op && b.kind == Block::op && k == 0));
            std::string_view piece = labelled ? l.content() : (k == 0 && l.kind == LineKind::text ? l.content() : trimmed_raw(l));
            if (press_mode_) piece = strip_left_quote(piece);
            append_piece(text, piece);
        }
        if (press_mode_) {
            while (has_suffix(text, kRightQuote)) text.erase(text.size() - 3);
        }
        return text;
    }

    Clause* last_clause() {
        if (doc_.clauses.empty()) return nullptr;
        Clause* c = &doc_.clauses.back();
        while (!c->children.empty()) c = &c->children.back();
        return c;
    }

    void build_clauses() {
        std::vector<Level> levels;
        // Room for every top-level clause at once: no Clause is moved by the vector growing.
        doc_.clauses.reserve(static_cast<std::size_t>(
            std::count_if(blocks_.begin(), blocks_.end(), [](const Block& b) { return b.kind != Block::sub; })));
        for (const Block& b : blocks_) {
            std::string text = block_text(b);
            const std::size_t column = b.column;  // a clause starts at its label
            const std::string_view label = block_label(b);
            std::vector<std::string> refs;
            text = strip_footnote_markers(std::move(text), note_labels_, refs);
            if (b.kind == Block::sub) {
                if (doc_.clauses.empty()) {
                    warn(b.line, column, "sub-paragraph (" + std::string(label) + ") before any paragraph");
                } else {
                    add_sub(levels, b, std::move(text), std::move(refs), column);
                    continue;
                }
            }
            const std::size_t lead_len = lead_length(text);
            // Only an unlabelled block may continue the paragraph before it: labelled blocks
            // skip the second look at the lead.
            const auto continues = [&] {
                return lead_len == 0 || starts_lower(text) || (!doc_.clauses.empty() && !looks_like_paragraph_start(text));
            };
            if (b.kind == Block::plain && continues()) {
                if (Clause* last = last_clause()) {  // a paragraph that continues after a list or page break
                    append_piece(last->text, text);
                    continue;
                }
                warn(b.line, column, "text before the first paragraph is not understood; skipped");
                continue;
            }
            Clause& c = doc_.clauses.emplace_back();  // built in place: a Clause is large
            c.line = b.line;
            c.column = column;
            c.footnote_refs = std::move(refs);
            if (lead_len > 0) {
                c.lead = text.substr(0, lead_len);
                if (!known_lead_found_ && is_known_lead(*c.lead)) known_lead_found_ = true;
                // The words after the lead, trimmed in place rather than copied.
                const std::string_view rest = trim(std::string_view(text).substr(lead_len));
                const auto from = static_cast<std::size_t>(rest.data() - text.data());
                text.erase(from + rest.size());
                text.erase(0, from);
            }
            c.text = std::move(text);
            if (b.kind == Block::op) {
                c.kind = ClauseKind::operative;
                c.number = std::string(label);
            } else {
                c.kind = (c.lead && is_operative_lead(*c.lead)) ? ClauseKind::operative : ClauseKind::preambular;
            }
            levels.clear();
        }
    }

    void add_sub(std::vector<Level>& levels, const Block& b, std::string text, std::vector<std::string> refs,
                 std::size_t column) {
        Clause& c = sub_list(levels, b, column).emplace_back();  // built in place: a Clause is large
        c.kind = ClauseKind::subparagraph;
        c.number = std::string(block_label(b));
        c.text = std::move(text);
        c.line = b.line;
        c.column = column;
        c.footnote_refs = std::move(refs);
    }

    // The list a sub-paragraph joins: continue an open list (innermost first), or open a new
    // list under the last clause.
    std::vector<Clause>& sub_list(std::vector<Level>& levels, const Block& b, std::size_t column) {
        const std::string_view label = block_label(b);
        for (std::size_t k = levels.size(); k-- > 0;) {
            const auto v = label_value(levels[k].series, label);
            if (v && *v == levels[k].last + 1) {
                levels.resize(k + 1);
                levels[k].last = *v;
                return levels[k].parent->children;
            }
        }
        Clause* parent = levels.empty() ? &doc_.clauses.back() : &levels.back().parent->children.back();
        // A list of the same series is already open: "(a)" again is a repeated label in that
        // list, not a deeper list (which would let hostile input nest without bound).
        if (auto natural = opening_series(label)) {
            for (std::size_t k = levels.size(); k-- > 0;) {
                if (levels[k].series != *natural) continue;
                warn(b.line, column, "sub-paragraph (" + std::string(label) + ") restarts its list");
                levels.resize(k + 1);
                levels[k].last = 1;
                return levels[k].parent->children;
            }
        }
        if (auto series = opening_series(label)) {
            levels.push_back({*series, 1, parent});
            return parent->children;
        }
        // Out of sequence: keep it beside its closest siblings and say so.
        warn(b.line, column, "sub-paragraph (" + std::string(label) + ") is out of sequence");
        if (!levels.empty()) {
            Level& top = levels.back();
            if (auto v = label_value(top.series, label)) top.last = *v;
            return top.parent->children;
        }
        const auto series = natural_series(label).value_or(LabelSeries::alpha);
        levels.push_back({series, label_value(series, label).value_or(1), parent});
        return parent->children;
    }

    // ---- ids and checks -------------------------------------------------------------------------

    // Ids from printed labels where a label is unique among its siblings, else the ordinal;
    // an ordinal that another sibling's label already took gets "_" appended until unique.
    // label_of(clause) gives the printed label as a view, or nullopt.
    template <class LabelOf>
    static void name_siblings(const std::vector<Clause*>& siblings, std::string_view prefix, LabelOf label_of,
                              std::vector<std::pair<Clause*, std::string>>& renamed) {
        const auto id_of = [&](std::string_view tail) {
            std::string id;
            id.reserve(prefix.size() + tail.size());
            id.append(prefix).append(tail);
            return id;
        };
        // The common case needs no table: labels that rise strictly (shorter first, then in
        // byte order: "9" < "10", "z" < "aa") are all distinct, so each is its own id.
        bool rising = true;
        std::string_view before;
        for (std::size_t k = 0; k < siblings.size() && rising; ++k) {
            const std::optional<std::string_view> l = label_of(*siblings[k]);
            rising = l && (k == 0 || before.size() < l->size() || (before.size() == l->size() && before < *l));
            if (l) before = *l;
        }
        if (rising) {
            for (Clause* c : siblings) c->id = id_of(*label_of(*c));
            return;
        }
        std::unordered_map<std::string_view, int> count;
        count.reserve(siblings.size());
        for (const Clause* c : siblings)
            if (auto l = label_of(*c)) ++count[*l];
        std::unordered_set<std::string> used;
        used.reserve(siblings.size());
        for (const Clause* c : siblings)
            if (auto l = label_of(*c); l && count[*l] == 1) used.insert(id_of(*l));
        for (std::size_t k = 0; k < siblings.size(); ++k) {
            Clause& c = *siblings[k];
            const auto l = label_of(c);
            if (l && count[*l] == 1) {
                c.id = id_of(*l);
                continue;
            }
            std::string id = id_of(std::to_string(k + 1));
            while (!used.insert(id).second) id += "_";
            c.id = id;
            if (l) renamed.emplace_back(&c, std::string(*l));
        }
    }

    void assign_ids() {
        std::vector<std::pair<Clause*, std::string>> renamed;
        std::size_t pp = 0;
        std::vector<Clause*> ops;
        ops.reserve(doc_.clauses.size());
        for (Clause& c : doc_.clauses) {
            if (c.kind == ClauseKind::preambular) c.id = "pp" + std::to_string(++pp);
            else ops.push_back(&c);
        }
        name_siblings(ops, "op", [](const Clause& c) -> std::optional<std::string_view> {
            if (c.number) return std::string_view(*c.number);
            return std::nullopt;
        }, renamed);
        // Sub-paragraph ids: parent id + label. Iterative walk: nesting comes from the input.
        std::vector<Clause*> stack;
        stack.reserve(doc_.clauses.size());
        for (Clause& c : doc_.clauses) stack.push_back(&c);
        std::vector<Clause*> children;  // reused for every parent
        std::string prefix;
        while (!stack.empty()) {
            Clause* parent = stack.back();
            stack.pop_back();
            if (parent->children.empty()) continue;
            children.clear();
            for (Clause& ch : parent->children) children.push_back(&ch);
            prefix.assign(parent->id).append(".");
            name_siblings(children, prefix,
                          [](const Clause& c) -> std::optional<std::string_view> {
                              if (c.number && !c.number->empty()) return std::string_view(*c.number);
                              return std::nullopt;
                          },
                          renamed);
            for (Clause* ch : children) stack.push_back(ch);
        }
        for (const auto& [c, label] : renamed)
            warn(c->line, c->column, "label " + label + " repeats; id " + c->id + " used");
    }

    // The value of an operative number as printed: digits only (the grammar reads at most six,
    // inference writes what it counted), so std::atoi's answer without strtol's generality.
    static int number_value(std::string_view digits) {
        int v = 0;
        for (const char ch : digits) {
            if (ch < '0' || ch > '9') break;
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    // An operative paragraph whose number the text lost (OCR, extraction) between numbered
    // neighbours gets the number the gap leaves for it, with a warning.
    void infer_missing_numbers() {
        auto& cs = doc_.clauses;
        std::optional<std::size_t> last_numbered;
        int x = 0;  // the number of cs[*last_numbered]
        std::vector<std::size_t> gap;
        for (std::size_t i = 0; i < cs.size(); ++i) {
            if (cs[i].kind != ClauseKind::operative || !cs[i].number) continue;
            const int y = number_value(*cs[i].number);
            gap.clear();
            for (std::size_t k = last_numbered ? *last_numbered + 1 : 0; k < i; ++k)
                if (cs[k].kind == ClauseKind::operative && !cs[k].number) gap.push_back(k);
            if (!gap.empty() && y - x - 1 == static_cast<int>(gap.size())) {
                int n = x;
                for (std::size_t k : gap) {
                    cs[k].number = std::to_string(++n);
                    warn(cs[k].line, cs[k].column,
                         "paragraph number " + *cs[k].number + " is missing in the text; inferred from its neighbours");
                }
            }
            last_numbered = i;
            x = y;
        }
    }

    void check_numbering() {
        int expected = 1;
        for (const Clause& c : doc_.clauses) {
            if (c.kind != ClauseKind::operative || !c.number) continue;
            const int n = number_value(*c.number);
            if (n != expected && n != 1)  // 1 restarts the numbering of a new part ("A", "B")
                warn(c.line, c.column,
                     "operative paragraph " + *c.number + " where " + std::to_string(expected) + " was expected");
            expected = n + 1;
        }
    }
};

}  // namespace

BuildOutcome build_document(std::vector<ScannedLine> lines, std::string source) {
    return Builder(std::move(lines), std::move(source)).run();
}

}  // namespace resdiff::parse
