#include "render/redline.hpp"

#include "render/labels.hpp"
#include "render/render.hpp"

namespace resdiff::render::detail {

namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// ASCII letters and digits, and any byte of a multi-byte UTF-8 character (letters, mostly).
bool alnum_edge(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

Mark mark_of(diff::EditOp op) {
    switch (op) {
    case diff::EditOp::equal: return Mark::equal;
    case diff::EditOp::insert: return Mark::inserted;
    case diff::EditOp::remove: return Mark::deleted;
    }
    return Mark::equal;
}

}  // namespace

const std::vector<diff::Edit>& entry_edits(const diff::ClauseEntry& e, std::vector<diff::Edit>& out) {
    if (const auto& edits = diff::entry_edits(e, out); !edits.empty()) return edits;
    if (e.status == diff::Status::added && e.new_clause) {
        out.push_back({diff::EditOp::insert, clause_words(*e.new_clause)});
    } else if (e.status == diff::Status::removed && e.old_clause) {
        out.push_back({diff::EditOp::remove, clause_words(*e.old_clause)});
    } else if (e.new_clause) {
        out.push_back({diff::EditOp::equal, clause_words(*e.new_clause)});
    } else if (e.old_clause) {
        out.push_back({diff::EditOp::equal, clause_words(*e.old_clause)});
    }
    return out;
}

std::vector<Word> redline_words(const std::vector<diff::Edit>& edits, std::size_t context) {
    std::vector<Word> words;
    bool pending_space = false;  // white space seen since the last word
    for (const auto& edit : edits) {
        const Mark mark = mark_of(edit.op);
        std::size_t i = 0;
        const std::string_view s = edit.text;
        while (i < s.size()) {
            if (blank(s[i])) {
                pending_space = true;
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < s.size() && !blank(s[j])) ++j;
            words.push_back({s.substr(i, j - i), mark, pending_space && !words.empty()});
            pending_space = false;
            i = j;
        }
    }
    // A replacement reads "[-old-] {+new+}": the struck and the inserted words never run together.
    for (std::size_t k = 1; k < words.size(); ++k) {
        if (words[k].mark == Mark::inserted && words[k - 1].mark == Mark::deleted &&
            !words[k].space_before && alnum_edge(words[k - 1].text.back()) &&
            alnum_edge(words[k].text.front()))
            words[k].space_before = true;
    }
    if (context == 0) return words;

    std::vector<Word> out;
    out.reserve(words.size());
    std::size_t i = 0;
    while (i < words.size()) {
        std::size_t j = i;
        while (j < words.size() && words[j].mark == words[i].mark) ++j;
        const std::size_t n = j - i;
        if (words[i].mark == Mark::equal && n > 2 * context + 1) {
            for (std::size_t k = i; k < i + context; ++k) out.push_back(words[k]);
            out.push_back({"\u2026", Mark::elided, true});
            for (std::size_t k = j - context; k < j; ++k) {
                out.push_back(words[k]);
                if (k == j - context) out.back().space_before = true;
            }
        } else {
            for (std::size_t k = i; k < j; ++k) out.push_back(words[k]);
        }
        i = j;
    }
    return out;
}

std::string markdown_redline(const std::vector<diff::Edit>& edits, std::size_t context) {
    const auto words = redline_words(edits, context);
    std::string line;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (w.space_before && !line.empty()) line += ' ';
        const char* marker = w.mark == Mark::deleted ? "~~" : w.mark == Mark::inserted ? "**" : "";
        if (*marker && starts_group(words, i)) line += marker;
        line += escape_markdown(w.text, line.empty());
        if (*marker && ends_group(words, i)) line += marker;
    }
    return line;
}

}  // namespace resdiff::render::detail
