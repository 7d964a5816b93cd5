#include "diff/clause_text.hpp"

#include "diff/word_diff.hpp"
#include "text/fold.hpp"
#include "text/hash.hpp"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cstdint>
#include <cstring>
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

using Work = CompareScratch::Work;

// Builds the comparable tokens of one text in scratch.work; keys that folding changes live in
// scratch.store (by offset: the store grows while tokens are built).
class Builder {
public:
    Builder(const std::vector<std::string>& labels, const std::vector<std::string>& more,
            CompareScratch& s)
        : labels_(labels), more_(more), s_(s) {}

    void run(std::string_view text) {
        text::tokenize_spans(text, s_.spans);
        s_.store.clear();
        auto& raw = s_.work;  // raw tokens first, then compacted in place
        raw.clear();
        raw.reserve(s_.spans.size());
        for (const auto& sp : s_.spans) {
            Work w;
            w.text = sp.text;
            w.spaces = sp.spaces;
            w.kind = sp.kind;
            if (!sp.ascii) set_key_from_text(w);  // ASCII tokens (no blanks inside) fold to themselves
            raw.push_back(w);
        }
        // `out` is raw[0, kept): writes never overtake the reads.
        std::size_t kept = 0;
        const std::size_t n = raw.size();
        for (std::size_t i = 0; i < n; ++i) {
            Work t = raw[i];
            const Work* next = i + 1 < n ? &raw[i + 1] : nullptr;
            // Markers and zero-width leftovers (a lone soft hyphen) are layout, not words.
            if (kept > 0 && ((key(t).empty() && glued(raw[kept - 1], t)) || is_marker(raw, kept, t, next))) {
                absorb(raw[kept - 1], t);
                if (next && key(*next) == "/" && glued(t, *next)) {  // old style "1/" markers
                    absorb(raw[kept - 1], *next);
                    ++i;
                }
                continue;
            }
            if (key(t).empty() && kept == 0) continue;
            strip_glued_marker(t);
            raw[kept++] = t;
        }
        raw.resize(kept);
        join_wrapped_hyphens(raw);
    }

    std::string_view key(const Work& t) const {
        return t.stored ? std::string_view(s_.store).substr(t.off, t.len) : t.text;
    }

private:
    const std::vector<std::string>& labels_;
    const std::vector<std::string>& more_;
    CompareScratch& s_;

    bool is_label(std::string_view k) const { return contains(labels_, k) || contains(more_, k); }

    void set_key_from_text(Work& t) {
        if (text::folds_to_itself(t.text)) {
            t.stored = false;
            return;
        }
        t.off = static_cast<std::uint32_t>(s_.store.size());
        text::fold_typography_append(t.text, s_.store);
        t.len = static_cast<std::uint32_t>(s_.store.size() - t.off);
        t.stored = true;
    }

    static bool glued(const Work& prev, const Work& t) {
        return prev.text.data() + prev.text.size() + prev.spaces.size() == t.text.data() &&
               prev.spaces.empty();
    }

    // A footnote marker: a label of the clause or document, glued to the word before it, or set
    // off by a blank after punctuation or a word that does not take a number ("Rights, 1 the",
    // "Programme of Action 9 and"). Numbers that the text itself uses are left alone.
    bool is_marker(const std::vector<Work>& out, std::size_t kept, const Work& t, const Work* next) const {
        if (kept == 0 || t.kind == text::TokenKind::word || !is_label(key(t))) return false;
        const Work& prev = out[kept - 1];
        const std::string_view pk = key(prev);
        if (glued(prev, t))
            return prev.kind != text::TokenKind::number && pk != "(" && pk != "[" && pk != "-" && pk != "/";
        if (t.kind != text::TokenKind::number) return false;
        if (next && counted_by(text::ascii_lower(key(*next)))) return false;
        if (prev.kind == text::TokenKind::punct)
            return pk == "," || pk == ";" || pk == ":" || pk == ")" || pk == "\"" || pk == "'";
        return prev.kind == text::TokenKind::word && !takes_number(text::ascii_lower(pk));
    }

    // "Council1": a numeric marker glued to a word is part of the word token; cut it off.
    bool strip_with(Work& t, const std::vector<std::string>& labels) {
        for (const auto& label : labels) {
            const std::size_t n = label.size();
            if (n == 0 || n >= t.text.size() || !std::isdigit(static_cast<unsigned char>(label[0]))) continue;
            const std::string_view tail = t.text.substr(t.text.size() - n);
            if (tail != label || !is_letter(t.text[t.text.size() - n - 1])) continue;
            t.spaces = std::string_view(tail.data(), n + t.spaces.size());
            t.text = t.text.substr(0, t.text.size() - n);
            if (t.stored) set_key_from_text(t);  // an ASCII text stays ASCII
            return true;
        }
        return false;
    }
    void strip_glued_marker(Work& t) {
        if (t.kind != text::TokenKind::word) return;
        if (!strip_with(t, labels_)) strip_with(t, more_);
    }

    // Folds `t` into the trailing blanks of `prev` (they are contiguous in the text).
    static void absorb(Work& prev, const Work& t) {
        const char* from = prev.text.data() + prev.text.size();
        const char* to = t.text.data() + t.text.size() + t.spaces.size();
        prev.spaces = std::string_view(from, static_cast<std::size_t>(to - from));
    }

    // "nuclear- weapon-free": a line-final hyphen whose line break was folded to a blank is the
    // same word as "nuclear-weapon-free". In place.
    void join_wrapped_hyphens(std::vector<Work>& in) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < in.size(); ++i) {
            const Work t = in[i];
            if (key(t) == "-" && kept > 0 && i + 1 < in.size() && !t.spaces.empty() &&
                in[kept - 1].kind == text::TokenKind::word && in[i + 1].kind == text::TokenKind::word &&
                glued(in[kept - 1], t)) {
                Work& prev = in[kept - 1];
                const Work next = in[i + 1];
                std::string joined(key(prev));
                joined += '-';
                joined += key(next);
                prev.text = std::string_view(prev.text.data(), static_cast<std::size_t>(
                                                                   next.text.data() + next.text.size() - prev.text.data()));
                prev.spaces = next.spaces;
                prev.off = static_cast<std::uint32_t>(s_.store.size());
                prev.len = static_cast<std::uint32_t>(joined.size());
                prev.stored = true;
                s_.store += joined;
                ++i;
                continue;
            }
            in[kept++] = t;
        }
        in.resize(kept);
    }
};

}  // namespace

void comparable_tokens_into(std::string_view text, const std::vector<std::string>& footnote_labels,
                            const std::vector<std::string>& more_labels, CompareScratch& scratch,
                            CompareTokens& out) {
    assert(text.size() <= UINT32_MAX);
    Builder b(footnote_labels, more_labels, scratch);
    b.run(text);
    out.text_ = text.data();
    out.tokens_.clear();
    out.tokens_.reserve(scratch.work.size());
    std::size_t stored = 0;
    for (const auto& w : scratch.work)
        if (w.stored) stored += w.len;
    out.folded_.clear();
    out.folded_.reserve(stored);  // exactly: kept as long as the tree, for thousands of clauses
    for (const auto& w : scratch.work) {
        // Every step of the Builder keeps a token's blanks right after its text.
        assert(w.spaces.empty() || w.spaces.data() == w.text.data() + w.text.size());
        CompareToken t;
        t.text_at = static_cast<std::uint32_t>(w.text.data() - text.data());
        t.text_len = static_cast<std::uint32_t>(w.text.size());
        t.spaces_len = static_cast<std::uint32_t>(w.spaces.size());
        t.kind = static_cast<std::uint8_t>(w.kind);
        if (w.stored) {
            t.key_at = static_cast<std::uint32_t>(out.folded_.size());
            t.key_len = w.len;
            t.key_folded = true;
            out.folded_.append(scratch.store, w.off, w.len);
        } else {
            t.key_at = t.text_at;
            t.key_len = t.text_len;
        }
        out.tokens_.push_back(t);
    }
}

std::uint64_t key_hash_of(const CompareTokens& tokens, bool& key_empty) {
    std::uint64_t h = 0x84222325cbf29ce4ULL ^ tokens.size();
    std::size_t total = 0;
    const auto keys = tokens.keys();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view key = keys[i];
        total += key.size();
        h = text::hash_bytes(key, h);
    }
    // join_keys is empty when there is no token, or one with an empty key.
    key_empty = tokens.empty() || (tokens.size() == 1 && total == 0);
    return h;
}

std::vector<text::Token> comparable_tokens(std::string_view text,
                                           const std::vector<std::string>& footnote_labels) {
    CompareScratch scratch;
    CompareTokens ct;
    static const std::vector<std::string> none;
    comparable_tokens_into(text, footnote_labels, none, scratch, ct);
    std::vector<text::Token> out;
    out.reserve(ct.size());
    for (std::size_t i = 0; i < ct.size(); ++i) {
        const auto c = ct[i];
        text::Token t;
        t.text = c.text;
        t.spaces = c.spaces;
        t.key = std::string(c.key);
        t.kind = c.kind;
        out.push_back(std::move(t));
    }
    return out;
}

namespace {
// Tokens: a std::vector<text::Token> or CompareTokens (whose operator[] makes a view).
template <class Tokens>
std::string join_keys_of(const Tokens& tokens) {
    std::string out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!out.empty()) out += ' ';
        out += tokens[i].key;
    }
    return out;
}

template <class Tokens>
std::vector<std::uint64_t> features_of(const Tokens& tokens) {
    std::vector<std::uint64_t> out;
    out.reserve(tokens.size());
    std::string long_key;
    char buffer[64];  // most words: lower-cased here without an allocation
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        if (t.kind == text::TokenKind::punct) continue;
        char* k = buffer;
        if (t.key.size() > sizeof buffer) {
            long_key.resize(t.key.size());
            k = long_key.data();
        }
        for (std::size_t i = 0; i < t.key.size(); ++i) {
            const char c = t.key[i];
            k[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        const std::string_view lower(k, t.key.size());
        if (is_stop_word(lower)) continue;  // "the", "of": shared by every clause, they prove nothing
        out.push_back(text::hash_bytes(lower, 0x2545F4914F6CDD1DULL));  // inline, 8 bytes a step
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
}  // namespace

std::string join_keys(const std::vector<text::Token>& tokens) { return join_keys_of(tokens); }
std::string join_keys(const CompareTokens& tokens) { return join_keys_of(tokens); }

std::vector<std::uint64_t> word_features(const std::vector<text::Token>& tokens) { return features_of(tokens); }
std::vector<std::uint64_t> word_features(const CompareTokens& tokens) { return features_of(tokens); }

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
