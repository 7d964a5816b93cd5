#include "analyze/scope.hpp"

#include "analyze/names.hpp"
#include "analyze/quantities.hpp"
#include "analyze/words.hpp"

#include <algorithm>

namespace resdiff::analyze {

std::vector<std::string> find_qualifiers(std::string_view text, const Lexicon& lexicon) {
    return find_qualifiers(split_words(text), lexicon);
}

std::vector<std::string> find_qualifiers(WordSpan w, const Lexicon& lexicon) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        auto m = lexicon.qualifiers().match_at(w, i, CaseMode::insensitive);
        if (!m) continue;
        if (std::find(out.begin(), out.end(), m.entry->name()) == out.end()) {
            out.push_back(m.entry->name());
        }
        i += m.words - 1;
    }
    return out;
}

namespace {

// Eight words are all a label needs: it is read from a prefix of the text, not the whole
// sub-paragraph (which may be long, and was split once per parent). The prefix is cut at a
// blank so that no word or UTF-8 sequence is broken.
std::string_view label_head(std::string_view text) {
    if (text.size() > 240) {
        std::size_t cut = text.find(' ', 200);
        if (cut != std::string_view::npos) return text.substr(0, cut);
    }
    return text;
}

// The label from the words of `head` (or of more than head: only words inside it count).
// Sets `fits` to false when a word it read ends close to the end of a shortened head, where
// splitting the head alone could have decoded a last code point differently.
std::string label_from(std::string_view text, std::string_view head, WordSpan w, bool* fits) {
    const bool cut = head.size() < text.size();
    std::size_t n = 0;  // the words inside head
    while (n < w.size() && w[n].end <= head.size()) ++n;
    std::size_t last = 0;
    std::size_t count = 0;
    std::size_t i = 0;
    for (; i < n; ++i) {
        if (w[i].punct && w[i].text != "-" && w[i].text != "'" && w[i].text != "\u2019") break;
        last = i;
        if (!w[i].punct && ++count == 8) break;
    }
    if (fits) {
        // The words read are words [0, i] (i == n when the loop ran out of words).
        const std::size_t read_end = i < n ? w[i].end : (n > 0 ? w[n - 1].end : 0);
        *fits = !cut || (read_end + 8 <= head.size() && i < n);
    }
    if (n == 0 || w[0].punct) return std::string();
    return std::string(span_text(text, w, 0, last));
}

}  // namespace

std::string task_label(const model::Clause& child) {
    if (child.lead && !child.lead->empty()) return *child.lead;
    const std::string_view head = label_head(child.text);
    thread_local Words w;  // scratch: a label is a copy
    // Most labels end within the first words: a shorter prefix, cut before a ' ' (where every
    // token ends, so its words are head's first words), is split first. When the label may
    // reach its end, the whole head is split.
    constexpr std::size_t first_bytes = 80;
    if (const std::size_t cut = head.find(' ', first_bytes); cut != std::string_view::npos) {
        split_words(head.substr(0, cut), w);
        bool fits = true;
        std::string label = label_from(head, head.substr(0, cut), w, &fits);
        if (fits) return label;
    }
    split_words(head, w);
    return label_from(head, head, w, nullptr);
}

std::string task_label(const model::Clause& child, WordSpan words) {
    if (child.lead && !child.lead->empty()) return *child.lead;
    const std::string_view head = label_head(child.text);
    bool fits = true;
    std::string label = label_from(child.text, head, words, &fits);
    if (fits) return label;
    return task_label(child);  // a label reaching the cut: split the head alone, as ever
}

model::Scope scope_of(const model::Clause& clause, const Lexicon& lexicon,
                      const DocumentNames& defined) {
    return scope_of(clause, split_words(clause.text), lexicon, defined);
}

model::Scope scope_of(const model::Clause& clause, WordSpan words,
                      const Lexicon& lexicon, const DocumentNames& defined) {
    model::Scope scope = scope_without_tasks(clause, words, lexicon, defined);
    for (const auto& child : clause.children) {
        std::string label = task_label(child);
        if (!label.empty()) scope.tasks.push_back(std::move(label));
    }
    return scope;
}

model::Scope scope_without_tasks(const model::Clause& clause, WordSpan words,
                                 const Lexicon& lexicon, const DocumentNames& defined) {
    model::Scope scope;
    Names names = find_names(clause.text, words, lexicon, defined);
    scope.places = std::move(names.places);
    scope.actors = std::move(names.actors);
    scope.quantities = find_quantities(clause.text, words, lexicon);
    scope.qualifiers = find_qualifiers(words, lexicon);
    return scope;
}

}  // namespace resdiff::analyze
