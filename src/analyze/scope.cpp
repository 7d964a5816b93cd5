#include "analyze/scope.hpp"

#include "analyze/names.hpp"
#include "analyze/quantities.hpp"
#include "analyze/words.hpp"

#include <algorithm>

namespace resdiff::analyze {

std::vector<std::string> find_qualifiers(std::string_view text, const Lexicon& lexicon) {
    return find_qualifiers(split_words(text), lexicon);
}

std::vector<std::string> find_qualifiers(const std::vector<Word>& w, const Lexicon& lexicon) {
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

std::string task_label(const model::Clause& child) {
    if (child.lead && !child.lead->empty()) return *child.lead;
    // Eight words are all a label needs: split a prefix, not the whole sub-paragraph (which
    // may be long, and is split once per parent otherwise). Cut at a blank so that no word or
    // UTF-8 sequence is broken.
    std::string_view head = child.text;
    if (head.size() > 240) {
        std::size_t cut = head.find(' ', 200);
        if (cut != std::string_view::npos) head = head.substr(0, cut);
    }
    const auto w = split_words(head);
    std::size_t last = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].punct && w[i].text != "-" && w[i].text != "'" && w[i].text != "\u2019") break;
        last = i;
        if (!w[i].punct && ++count == 8) break;
    }
    if (w.empty() || w[0].punct) return std::string();
    return std::string(span_text(head, w, 0, last));
}

model::Scope scope_of(const model::Clause& clause, const Lexicon& lexicon,
                      const DocumentNames& defined) {
    return scope_of(clause, split_words(clause.text), lexicon, defined);
}

model::Scope scope_of(const model::Clause& clause, const std::vector<Word>& words,
                      const Lexicon& lexicon, const DocumentNames& defined) {
    model::Scope scope;
    Names names = find_names(clause.text, words, lexicon, defined);
    scope.places = std::move(names.places);
    scope.actors = std::move(names.actors);
    scope.quantities = find_quantities(clause.text, words, lexicon);
    scope.qualifiers = find_qualifiers(words, lexicon);
    for (const auto& child : clause.children) {
        std::string label = task_label(child);
        if (!label.empty()) scope.tasks.push_back(std::move(label));
    }
    return scope;
}

}  // namespace resdiff::analyze
