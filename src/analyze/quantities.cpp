#include "analyze/quantities.hpp"

#include "analyze/numbers.hpp"
#include "analyze/words.hpp"

namespace resdiff::analyze {

namespace {

// Words before a number that say it is a bound: returns how many words they take, ending
// right before index i.
std::size_t bound_before(WordSpan w, std::size_t i) {
    auto is = [&](std::size_t back, std::string_view lower) {
        return i >= back && w[i - back].lower == lower;
    };
    if (is(2, "up") && is(1, "to")) return 2;
    if (is(2, "at") && is(1, "least")) return 2;
    if (is(3, "a") && is(2, "maximum") && is(1, "of")) return 3;
    if (is(2, "maximum") && is(1, "of")) return 2;
    if (is(3, "a") && is(2, "total") && is(1, "of")) return 3;
    if (is(3, "no") && is(2, "more") && is(1, "than")) return 3;
    if (is(3, "not") && is(2, "more") && is(1, "than")) return 3;
    if (is(2, "not") && is(1, "exceeding")) return 2;
    if (is(2, "ceiling") && is(1, "of")) return 2;
    return 0;
}

bool is_currency(const Word& w) {
    // Turned away by the first byte: this runs on every word of a text.
    const char t = first_char(w.text), k = first_char(w.key);
    if (t != '$' && t != '\xE2' && k != 'U' && k != 'E') return false;
    return w.text == "$" || w.key == "US$" || w.key == "USD" || w.key == "US" ||
           w.text == "€" || w.key == "EUR";
}

// Numbers that name a resolution, a paragraph or a year are not quantities.
bool is_reference(WordSpan w, std::size_t i) {
    if (i == 0) return false;
    const std::string_view prev = w[i - 1].lower;
    return prev == "resolution" || prev == "resolutions" || prev == "paragraph" ||
           prev == "paragraphs" || prev == "article" || prev == "articles" || prev == "(" ||
           prev == "chapter" || prev == "annex" || prev == "meeting";
}

}  // namespace

std::vector<std::string> find_quantities(std::string_view text, const Lexicon& lexicon) {
    return find_quantities(text, split_words(text), lexicon);
}

std::vector<std::string> find_quantities(std::string_view text, WordSpan w,
                                         const Lexicon& lexicon) {
    std::vector<std::string> out;
    // A quantity needs a currency before its number or a quantity noun after it: a text with
    // neither has none, and its numbers need not be read.
    bool may_hold = false;
    for (const Word& x : w) {
        if (is_currency(x) || (!x.punct && !x.number && lexicon.is_quantity_unit(x))) {
            may_hold = true;
            break;
        }
    }
    if (!may_hold) return out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].punct) continue;
        // Digits only for counts: word numbers ("one of the") are too often not quantities,
        // except before a quantity noun right away ("three military observers").
        const bool digits = w[i].number;
        if (!digits && !number_value(w[i], lexicon)) continue;
        if (digits && is_reference(w, i)) continue;
        auto num = read_number(w, i, lexicon);
        if (!num) continue;
        std::size_t first = i;
        bool money = false;
        if (i > 0 && is_currency(w[i - 1])) {
            money = true;
            first = i - 1;
            if (first > 0 && w[first].text == "$" && w[first - 1].key == "US") --first;
        }
        first -= bound_before(w, first);
        std::size_t last = i + num->words - 1;
        std::size_t k = last + 1;
        if (word_is(w, k, "million") || word_is(w, k, "billion")) last = k++;
        bool found = money;
        // A quantity noun within three words: "19,626 uniformed AMISOM personnel".
        for (std::size_t n = 0; !found && n < (digits ? 3u : 2u) && k + n < w.size(); ++n) {
            const Word& x = w[k + n];
            if (x.punct || x.number) break;
            if (lexicon.is_quantity_unit(x)) {
                last = k + n;
                found = true;
                // "police officers", "military personnel": the whole noun group.
                while (last + 1 < w.size() && lexicon.is_quantity_unit(w[last + 1])) ++last;
            }
        }
        if (!found) continue;
        out.emplace_back(span_text(text, w, first, last));
        i = last;
    }
    return out;
}

}  // namespace resdiff::analyze
