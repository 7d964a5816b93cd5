#include "analyze/names.hpp"

#include "analyze/words.hpp"

#include <algorithm>

namespace resdiff::analyze {

namespace {

void add_unique(std::vector<std::string>& list, const std::string& name) {
    if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

bool is_capitalised_word(const Word& w) {
    return !w.punct && !w.number && first_char(w.key) >= 'A' && first_char(w.key) <= 'Z';
}

// "in Kidal", "in Ménaka and Gao": a capitalised run right after "in" that no table knows.
// Returns the number of words of the run (0 when it is not a place).
std::size_t in_place_at(WordSpan w, std::size_t i, const Lexicon& lexicon) {
    if (i == 0 || w[i - 1].lower != "in" || w[i - 1].key != "in") return 0;
    std::size_t n = 0;
    while (i + n < w.size() && is_capitalised_word(w[i + n]) && n < 4) {
        if (lexicon.is_not_place(w[i + n])) return 0;
        ++n;
    }
    if (n == 0) return 0;
    for (std::size_t k = i; k < i + n; ++k) {
        // "in UNMIS", "in AMISOM's Concept": an acronym or a possessive names a body, not a place.
        bool all_caps = true;
        for (char c : w[k].key) all_caps = all_caps && !(c >= 'a' && c <= 'z');
        if (all_caps || w[k].key.find('\'') != std::string::npos) return 0;
    }
    // "in Support of", "in Consultation with": a capitalised word opening a phrase.
    if (i + n < w.size() && (w[i + n].lower == "of" || w[i + n].lower == "with")) return 0;
    return n;
}

}  // namespace

Names find_names(std::string_view text, const Lexicon& lexicon, const DocumentNames& defined) {
    return find_names(text, split_words(text), lexicon, defined);
}

Names find_names(std::string_view text, WordSpan w, const Lexicon& lexicon,
                 const DocumentNames& defined) {
    Names names;
    std::size_t i = 0;
    while (i < w.size()) {
        // No name starts with punctuation, nor does a run after "in".
        if (w[i].punct) {
            ++i;
            continue;
        }
        // The longest match among the four tables; ties go to the document's own names.
        PhraseMatch best;
        bool place = false;
        auto consider = [&](const PhraseTable& table, bool is_place) {
            const PhraseMatch m = table.match_at(w, i, CaseMode::proper);
            if (m && (!best || m.words > best.words)) {
                best = m;
                place = is_place;
            }
        };
        consider(defined.actors, false);
        consider(defined.places, true);
        consider(lexicon.actors(), false);
        consider(lexicon.places(), true);
        if (best) {
            add_unique(place ? names.places : names.actors, best.entry->name());
            i += best.words;
            continue;
        }
        if (const std::size_t n = in_place_at(w, i, lexicon)) {
            add_unique(names.places, std::string(span_text(text, w, i, i + n - 1)));
            i += n;
            continue;
        }
        ++i;
    }
    return names;
}

}  // namespace resdiff::analyze
