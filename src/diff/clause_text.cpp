#include "diff/clause_text.hpp"

#include "diff/word_diff.hpp"
#include "text/fold.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

namespace resdiff::diff {

std::string clause_text(const model::Clause& clause) {
    std::string out = clause.lead.value_or("");
    if (!out.empty() && !clause.text.empty()) out += ' ';
    out += clause.text;
    return out;
}

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool contains(const std::vector<std::string>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Words after which a number is part of the text ("paragraph 3", "resolution 12", "and 5").
bool takes_number(const std::string& lower_word) {
    static const std::vector<std::string> words{
        "paragraph", "paragraphs", "para", "paras", "resolution", "resolutions", "article", "articles",
        "no", "nos", "chapter", "chapters", "annex", "annexes", "section", "sections", "rule", "rules",
        "decision", "decisions", "item", "items", "principle", "principles", "goal", "goals",
        "target", "targets", "part", "parts", "protocol", "page", "pages", "session", "meeting",
        "recommendation", "clause", "clauses", "point", "points", "phase", "table", "figure",
        "and", "to", "or", "of", "than", "the", "a", "at", "least", "some", "about", "approximately",
        "over", "under", "until", "from", "by", "in", "on", "with", "for", "into", "within", "all",
        "its", "their", "these", "those", "each", "every", "first", "last", "next", "only", "up",
        "between", "through", "before", "after", "since", "per", "just", "nearly", "almost"};
    return contains(words, lower_word);
}

// Words a number counts ("3 May", "12 months", "5 per cent").
bool counted_by(const std::string& lower_word) {
    static const std::vector<std::string> words{
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "per", "percent", "%", "days", "day", "weeks", "week",
        "months", "month", "years", "year", "hours", "hour", "times", "million", "billion",
        "thousand", "hundred", "members", "member", "states", "countries", "persons", "personnel",
        "troops", "military", "police", "observers", "officers", "staff", "posts", "-", "(", "."};
    return contains(words, lower_word);
}

bool glued(const text::Token& prev, const text::Token& t) {
    return prev.text.data() + prev.text.size() + prev.spaces.size() == t.text.data() &&
           prev.spaces.empty();
}

// A footnote marker: a label of the clause or document, glued to the word before it, or set
// off by a blank after punctuation or a word that does not take a number ("Rights, 1 the",
// "Programme of Action 9 and"). Numbers that the text itself uses are left alone.
bool is_marker(const std::vector<text::Token>& out, const text::Token& t, const text::Token* next,
               const std::vector<std::string>& labels) {
    if (out.empty() || t.kind == text::TokenKind::word || !contains(labels, t.key)) return false;
    const text::Token& prev = out.back();
    if (glued(prev, t))
        return prev.kind != text::TokenKind::number && prev.key != "(" && prev.key != "[" &&
               prev.key != "-" && prev.key != "/";
    if (t.kind != text::TokenKind::number) return false;
    if (next && counted_by(text::ascii_lower(next->key))) return false;
    if (prev.kind == text::TokenKind::punct)
        return prev.key == "," || prev.key == ";" || prev.key == ":" || prev.key == ")" ||
               prev.key == "\"" || prev.key == "'";
    return prev.kind == text::TokenKind::word && !takes_number(text::ascii_lower(prev.key));
}

// "Council1": a numeric marker glued to a word is part of the word token; cut it off.
void strip_glued_marker(text::Token& t, const std::vector<std::string>& labels) {
    if (t.kind != text::TokenKind::word) return;
    for (const auto& label : labels) {
        const std::size_t n = label.size();
        if (n == 0 || n >= t.text.size() || !std::isdigit(static_cast<unsigned char>(label[0]))) continue;
        const std::string_view tail = t.text.substr(t.text.size() - n);
        if (tail != label || !is_letter(t.text[t.text.size() - n - 1])) continue;
        t.spaces = std::string_view(tail.data(), n + t.spaces.size());
        t.text = t.text.substr(0, t.text.size() - n);
        t.key = text::fold_typography(t.text);
        return;
    }
}

// Folds `t` into the trailing blanks of `prev` (they are contiguous in the text).
void absorb(text::Token& prev, const text::Token& t) {
    const char* from = prev.text.data() + prev.text.size();
    const char* to = t.text.data() + t.text.size() + t.spaces.size();
    prev.spaces = std::string_view(from, static_cast<std::size_t>(to - from));
}

// "nuclear- weapon-free": a line-final hyphen whose line break was folded to a blank is the
// same word as "nuclear-weapon-free".
std::vector<text::Token> join_wrapped_hyphens(std::vector<text::Token> in) {
    std::vector<text::Token> out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        auto& t = in[i];
        if (t.key == "-" && !out.empty() && i + 1 < in.size() && !t.spaces.empty() &&
            out.back().kind == text::TokenKind::word && in[i + 1].kind == text::TokenKind::word &&
            glued(out.back(), t)) {
            auto& prev = out.back();
            const auto& next = in[i + 1];
            prev.text = std::string_view(prev.text.data(), static_cast<std::size_t>(
                                                               next.text.data() + next.text.size() - prev.text.data()));
            prev.spaces = next.spaces;
            prev.key += "-" + next.key;
            ++i;
            continue;
        }
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace

std::vector<text::Token> comparable_tokens(std::string_view text,
                                           const std::vector<std::string>& footnote_labels) {
    std::vector<text::Token> raw = text::tokenize(text);
    std::vector<text::Token> out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        auto& t = raw[i];
        const text::Token* next = i + 1 < raw.size() ? &raw[i + 1] : nullptr;
        // Markers and zero-width leftovers (a lone soft hyphen) are layout, not words.
        if (!out.empty() && ((t.key.empty() && glued(out.back(), t)) ||
                             is_marker(out, t, next, footnote_labels))) {
            absorb(out.back(), t);
            if (next && next->key == "/" && glued(t, *next)) {  // old style "1/" markers
                absorb(out.back(), *next);
                ++i;
            }
            continue;
        }
        if (t.key.empty() && out.empty()) continue;
        strip_glued_marker(t, footnote_labels);
        out.push_back(std::move(t));
    }
    return join_wrapped_hyphens(std::move(out));
}

std::string join_keys(const std::vector<text::Token>& tokens) {
    std::string out;
    for (const auto& t : tokens) {
        if (!out.empty()) out += ' ';
        out += t.key;
    }
    return out;
}

std::vector<std::uint64_t> word_features(const std::vector<text::Token>& tokens) {
    std::vector<std::uint64_t> out;
    out.reserve(tokens.size());
    for (const auto& t : tokens) {
        if (t.kind == text::TokenKind::punct) continue;
        const std::string k = text::ascii_lower(t.key);
        if (is_stop_word(k)) continue;  // "the", "of": shared by every clause, they prove nothing
        out.push_back(std::hash<std::string>{}(k));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace {
std::size_t intersection_size(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    std::size_t i = 0, j = 0, n = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else { ++n; ++i; ++j; }
    }
    return n;
}
}  // namespace

double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() && b.empty()) return 1.0;
    return 2.0 * static_cast<double>(intersection_size(a, b)) / static_cast<double>(a.size() + b.size());
}

double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty()) return 0.0;
    return static_cast<double>(intersection_size(a, b)) / static_cast<double>(a.size());
}

}  // namespace resdiff::diff
