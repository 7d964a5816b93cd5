#include "analyze/acronyms.hpp"

#include "analyze/words.hpp"

namespace resdiff::analyze {

namespace {

// "UNIFIL", "MONUSCO", "G5", "AMISOM": two or more capitals, digits allowed, no lower case.
bool looks_like_acronym(const Word& w) {
    if (w.punct || w.number) return false;
    std::size_t capitals = 0;
    for (char c : w.key) {
        if (c >= 'A' && c <= 'Z') {
            ++capitals;
        } else if (!(c >= '0' && c <= '9') && c != '-') {
            return false;
        }
    }
    return capitals >= 2;
}

bool is_capitalised(const Word& w) {
    return !w.punct && !w.key.empty() && ((w.key[0] >= 'A' && w.key[0] <= 'Z') || w.number);
}

// Small words inside names: "Force in Lebanon", "Mission for the Referendum in ...".
bool is_connector(const Word& w) {
    static constexpr std::string_view words[] = {"of", "for", "in", "on", "the", "and",
                                                 "to", "de", "du", "des", "la", "le", "-"};
    for (auto c : words) {
        if (w.lower == c) return true;
    }
    return false;
}

}  // namespace

namespace {

bool blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whether the "(" at `at` may open a definition: learn_acronyms needs the words "(", an acronym
// (two capitals or more, digits and hyphens, no other letter) and ")". In ASCII that is "(",
// blanks, a run of [A-Z0-9-] with two capitals, blanks, ")"; a byte past ASCII on the way (a
// non-breaking space, a folded dash or letter) gives a "maybe".
bool may_open_acronym(std::string_view text, std::size_t at) {
    std::size_t k = at + 1;
    while (k < text.size() && blank(static_cast<unsigned char>(text[k]))) ++k;
    std::size_t capitals = 0;
    for (; k < text.size(); ++k) {
        const auto c = static_cast<unsigned char>(text[k]);
        if (c >= 0x80) return true;
        if (c >= 'A' && c <= 'Z') ++capitals;
        else if (!(c >= '0' && c <= '9') && c != '-') break;
    }
    if (capitals < 2) return false;
    while (k < text.size() && blank(static_cast<unsigned char>(text[k]))) ++k;
    return k < text.size() && (text[k] == ')' || static_cast<unsigned char>(text[k]) >= 0x80);
}

// The longest name read before an acronym, in words: learn_at walks back at most this far.
constexpr std::size_t max_name_words = 16;

// A definition "Long Name (ACRONYM)" whose acronym is words[i], if there is one.
void learn_at(WordSpan w, std::size_t i, const Lexicon& lexicon, DocumentNames& names) {
    if (i == 0 || i + 1 >= w.size()) return;
    if (w[i - 1].text != "(" || !looks_like_acronym(w[i]) || w[i + 1].text != ")") return;
    // Walk back from the "(" over capitalised words and connectors.
    std::size_t first = i - 1;
    std::size_t capitals = 0;
    while (first > 0 && i - first < max_name_words) {
        const Word& prev = w[first - 1];
        if (is_capitalised(prev)) {
            ++capitals;
        } else if (!is_connector(prev)) {
            break;
        }
        --first;
    }
    while (first < i - 1 && is_connector(w[first])) ++first;  // drop a leading "the"
    if (capitals < 2 || first >= i - 1) return;
    LexEntry long_form;
    LexEntry short_form;
    for (std::size_t k = first; k < i - 1; ++k) {
        if (!long_form.phrase.empty()) long_form.phrase += ' ';
        long_form.phrase += w[k].key;
        long_form.words.emplace_back(w[k].key);
    }
    short_form.phrase = w[i].key;
    short_form.words.emplace_back(w[i].key);
    // A place of the gazetteer keeps the gazetteer's name; a known actor its name;
    // anything else is reported under its acronym.
    auto place = lexicon.places().match_at(w, first, CaseMode::proper);
    if (place && first + place.words == i - 1) {
        long_form.canonical = short_form.canonical = place.entry->name();
        long_form.kind = short_form.kind = place.entry->kind;
        names.places.add(std::move(long_form));
        names.places.add(std::move(short_form));
        return;
    }
    auto actor = lexicon.actors().match_at(w, first, CaseMode::proper);
    const bool known = actor && first + actor.words == i - 1;
    long_form.canonical = short_form.canonical = known ? actor.entry->name() : w[i].key;
    long_form.kind = short_form.kind = known ? actor.entry->kind : "defined";
    names.actors.add(std::move(long_form));
    names.actors.add(std::move(short_form));
}

}  // namespace

bool may_define_acronym(std::string_view text) {
    for (std::size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1))
        if (may_open_acronym(text, at)) return true;
    return false;
}

void learn_acronyms(std::string_view text, const Lexicon& lexicon, DocumentNames& names) {
    // Only the words around a "(" that may open a definition are split, not the whole text: a
    // window from some words before it (more than a name can have, cut after a blank, where a
    // word always starts) to the first ")" after it.
    Words words;
    for (std::size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1)) {
        if (!may_open_acronym(text, at)) continue;
        const std::size_t close = text.find(')', at);
        if (close == std::string_view::npos) return;  // nor after any later "("
        std::size_t begin = at, runs = 0;
        while (begin > 0 && runs <= max_name_words + 2) {
            if (blank(static_cast<unsigned char>(text[begin - 1])) &&
                (begin == at || !blank(static_cast<unsigned char>(text[begin]))))
                ++runs;
            --begin;
        }
        while (begin < at && blank(static_cast<unsigned char>(text[begin]))) ++begin;
        split_words(text.substr(begin, close + 1 - begin), words);
        for (std::size_t i = 1; i < words.size(); ++i)
            if (words[i - 1].begin == at - begin) {
                learn_at(words, i, lexicon, names);
                break;
            }
    }
}

void learn_acronyms(WordSpan w, const Lexicon& lexicon, DocumentNames& names) {
    for (std::size_t i = 1; i + 1 < w.size(); ++i) learn_at(w, i, lexicon, names);
}

DocumentNames learn_acronyms(const model::Document& doc, const Lexicon& lexicon) {
    DocumentNames names;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        learn_acronyms(c.text, lexicon, names);
    });
    for (const auto& annex : doc.annexes) learn_acronyms(annex.text, lexicon, names);
    return names;
}

}  // namespace resdiff::analyze
