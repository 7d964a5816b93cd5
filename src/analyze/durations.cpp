#include "analyze/durations.hpp"

#include "analyze/dates.hpp"
#include "analyze/numbers.hpp"
#include "analyze/words.hpp"

#include <optional>
#include <string>

namespace resdiff::analyze {

namespace {

using model::Duration;
using model::DurationRole;

// A length: n units, ISO 8601 designator D, W, M or Y.
struct Length {
    long long n = 0;
    char unit = 0;
    std::size_t words = 0;
    std::string iso() const {
        std::string s = "P";
        s += std::to_string(n);
        s += unit;
        return s;
    }
};

char unit_of(std::string_view lower) {
    if (lower == "day" || lower == "days") return 'D';
    if (lower == "week" || lower == "weeks") return 'W';
    if (lower == "month" || lower == "months") return 'M';
    if (lower == "year" || lower == "years") return 'Y';
    return 0;
}

// "working days", "calendar months": the adjective is not part of the length.
std::size_t skip_unit_adjective(WordSpan w, std::size_t j) {
    if (word_is(w, j, "working") || word_is(w, j, "calendar") || word_is(w, j, "business") ||
        word_is(w, j, "consecutive") || word_is(w, j, "additional") || word_is(w, j, "further")) {
        return j + 1;
    }
    return j;
}

// "six months", "12 months", "twenty-one days", "a year" (when `article_one`),
// "six-month" / "12-month" (a compound, as in "a six-month period").
std::optional<Length> read_length(WordSpan w, std::size_t j, const Lexicon& lex,
                                  bool article_one) {
    if (j >= w.size()) return std::nullopt;
    // Compound "six-month", "12-month", "two-year".
    if (const auto dash = w[j].lower.rfind('-'); dash != std::string::npos) {
        const char u = unit_of(w[j].lower.substr(dash + 1));
        if (u) {
            if (auto n = number_value(w[j].lower.substr(0, dash), lex)) return Length{*n, u, 1};
        }
    }
    if (auto num = read_number(w, j, lex)) {
        const std::size_t k = skip_unit_adjective(w, j + num->words);
        if (k < w.size()) {
            if (const char u = unit_of(w[k].lower)) return Length{num->value, u, k - j + 1};
        }
        return std::nullopt;
    }
    if (article_one) {
        const std::size_t k = skip_unit_adjective(w, j);
        if (k < w.size()) {
            if (const char u = unit_of(w[k].lower)) return Length{1, u, k - j + 1};
        }
    }
    return std::nullopt;
}

// Words between "for" and the length: "for a further interim period of ...".
bool is_period_adjective(std::string_view lower) {
    static constexpr std::string_view words[] = {
        "further", "additional", "initial", "interim", "new",         "final",   "subsequent",
        "limited", "technical",  "second",  "third",   "transitional", "single", "one-time",
        "last",    "extended",   "fixed",   "brief",   "short",        "first",  "consecutive"};
    for (auto w : words) {
        if (lower == w) return true;
    }
    return false;
}

// The reporting rhythm named by one word: "annual" (adjective) or "annually" (adverb).
std::optional<std::string> interval_word(std::string_view lower, bool adverb) {
    // Every rhythm word ends in "al" or "ly": most words are out at once.
    if (lower.size() < 5 || !(lower.ends_with("ly") || lower.ends_with("al"))) return std::nullopt;
    struct Rhythm {
        std::string_view adjective;
        std::string_view adverb;
        std::string_view iso;
    };
    static constexpr Rhythm rhythms[] = {
        {"annual", "annually", "P1Y"},          {"yearly", "yearly", "P1Y"},
        {"semi-annual", "semi-annually", "P6M"}, {"biannual", "biannually", "P6M"},
        {"half-yearly", "half-yearly", "P6M"},   {"six-monthly", "six-monthly", "P6M"},
        {"biennial", "biennially", "P2Y"},       {"triennial", "triennially", "P3Y"},
        {"quarterly", "quarterly", "P3M"},       {"monthly", "monthly", "P1M"},
        {"weekly", "weekly", "P1W"},             {"daily", "daily", "P1D"},
    };
    for (const auto& r : rhythms) {
        if (lower == (adverb ? r.adverb : r.adjective)) return std::string(r.iso);
    }
    return std::nullopt;
}

// "from the date of (the adoption of) this/the present resolution": part of the period's text.
std::size_t skip_from_adoption(WordSpan w, std::size_t j) {
    if (!word_is(w, j, "from") && !word_is(w, j, "following") && !word_is(w, j, "after")) return j;
    std::size_t k = j + 1;
    for (std::size_t limit = k + 8; k < w.size() && k < limit; ++k) {
        if (w[k].lower == "resolution") return k + 1;
        if (w[k].punct) break;
    }
    return j;
}

class Scanner {
public:
    Scanner(std::string_view text, WordSpan words, const Lexicon& lex)
        : text_(text), w_(words), lex_(lex) {}

    std::vector<Duration> run() {
        std::size_t i = 0;
        while (i < w_.size()) {
            const std::size_t next = try_at(i);
            i = next > i ? next : i + 1;
        }
        return std::move(out_);
    }

private:
    std::string_view text_;
    WordSpan w_;
    const Lexicon& lex_;
    std::vector<Duration> out_;

    void emit(std::size_t first, std::size_t last, DurationRole role,
              std::optional<std::string> until, std::optional<std::string> period) {
        Duration d;
        d.text = std::string(span_text(text_, w_, first, last));
        d.until = std::move(until);
        d.period = std::move(period);
        d.role = role;
        out_.push_back(std::move(d));
    }

    // A date or "the end of ..." at j.
    std::optional<DateMatch> date_at(std::size_t j) const {
        if (auto e = read_end_of(w_, j)) return e;
        return read_date(w_, j);
    }

    // Returns the index after the match, or i when nothing matched.
    std::size_t try_at(std::size_t i) {
        const std::string_view lw = w_[i].lower;
        // Most words open nothing: neither a keyword below (whose first letters these are) nor
        // a rhythm word (which interval_word turns away the same way).
        switch (first_char(lw)) {
        case 'u': case 't': case 'e': case 'f': case 'n': case 'b': case 'w': case 'o': break;
        default:
            if (lw.size() < 5 || !(lw.ends_with("ly") || lw.ends_with("al"))) return i;
        }
        if (lw == "until" || lw == "till" || lw == "through" || lw == "up") return until_at(i);
        if (lw == "ending" || lw == "expiring" || lw == "terminating") return ending_at(i, i);
        if (lw == "for") return for_at(i);
        if (lw == "no" || lw == "not") return no_later_at(i);
        if (lw == "by") return by_at(i);
        if (lw == "within") return within_at(i);
        if (lw == "every") return every_at(i);
        if (lw == "on") return basis_at(i);
        if (auto iso = interval_word(lw, true)) {
            emit(i, i, DurationRole::interval, std::nullopt, *iso);
            return i + 1;
        }
        if (auto iso = interval_word(lw, false)) {
            // "annual report", "semi-annual briefings": the rhythm of what follows.
            static constexpr std::string_view things[] = {"report", "reports", "briefing",
                                                          "briefings", "update", "updates",
                                                          "review", "reviews", "meeting",
                                                          "meetings"};
            if (i + 1 < w_.size()) {
                for (auto t : things) {
                    if (w_[i + 1].lower == t) {
                        emit(i, i + 1, DurationRole::interval, std::nullopt, *iso);
                        return i + 2;
                    }
                }
            }
        }
        return i;
    }

    // until / till / through / up to and including + date.
    std::size_t until_at(std::size_t i) {
        std::size_t j = i + 1;
        if (w_[i].lower == "up") {
            if (!word_is(w_, j, "to")) return i;
            ++j;
            if (word_is(w_, j, "and") && word_is(w_, j + 1, "including")) j += 2;
        } else if (w_[i].lower == "through" && word_is(w_, j, "to")) {
            return i;
        }
        if (auto d = date_at(j)) {
            emit(i, j + d->words - 1, DurationRole::until, d->iso, std::nullopt);
            return j + d->words;
        }
        return i;
    }

    // "ending on 15 December 1993", starting the quote at `first`.
    std::size_t ending_at(std::size_t first, std::size_t i) {
        std::size_t j = i + 1;
        if (word_is(w_, j, "on") || word_is(w_, j, "at")) ++j;
        if (auto d = date_at(j)) {
            emit(first, j + d->words - 1, DurationRole::until, d->iso, std::nullopt);
            return j + d->words;
        }
        return i;
    }

    std::size_t for_at(std::size_t i) {
        std::size_t j = i + 1;
        bool article_one = false;
        // Determiners and adjectives: "a further interim", "another", "an initial".
        for (std::size_t guard = 0; j < w_.size() && guard < 6; ++guard) {
            const std::string_view lw = w_[j].lower;
            if (lw == "a" || lw == "an" || lw == "another") {
                article_one = true;
                ++j;
            } else if (lw == "the" || is_period_adjective(lw)) {
                ++j;
            } else if (lw == "at" && word_is(w_, j + 1, "least")) {
                j += 2;
            } else if (lw == "up" && word_is(w_, j + 1, "to")) {
                j += 2;
            } else if ((lw == "no" || lw == "not") && word_is(w_, j + 1, "more") &&
                       word_is(w_, j + 2, "than")) {
                j += 3;
            } else if (lw == "maximum" && word_is(w_, j + 1, "of")) {
                j += 2;
            } else {
                break;
            }
        }
        std::optional<Length> len;
        std::size_t end = j;  // index after the length
        if (word_is(w_, j, "period") || word_is(w_, j, "periods") || word_is(w_, j, "term")) {
            const std::size_t k = j + 1;
            if (word_is(w_, k, "ending") || word_is(w_, k, "expiring")) return ending_at(i, k);
            if (word_is(w_, k, "until")) {
                if (auto d = date_at(k + 1)) {
                    emit(i, k + d->words, DurationRole::until, d->iso, std::nullopt);
                    return k + 1 + d->words;
                }
                return i;
            }
            if (!word_is(w_, k, "of")) return i;
            len = read_length(w_, k + 1, lex_, false);
            if (!len) return i;
            end = k + 1 + len->words;
        } else {
            len = read_length(w_, j, lex_, article_one);
            if (!len) return i;
            end = j + len->words;
            // "a six-month period", "12 months' extension".
            if (word_is(w_, end, "period") || word_is(w_, end, "extension") ||
                word_is(w_, end, "term")) {
                ++end;
            }
        }
        std::size_t last = skip_from_adoption(w_, end);
        // ", that is, until 31 July 1993" / "ending on ...": the same statement, with its end.
        std::size_t k = last;
        if (k < w_.size() && w_[k].text == ",") ++k;
        if (word_is(w_, k, "that") && word_is(w_, k + 1, "is")) {
            k += 2;
            if (k < w_.size() && w_[k].text == ",") ++k;
        } else if (word_is(w_, k, "i.e")) {  // "i.e." tokenises as "i.e" + "."
            k += 1;
            if (k < w_.size() && w_[k].text == ".") ++k;
            if (k < w_.size() && w_[k].text == ",") ++k;
        } else if (!(word_is(w_, k, "ending") || word_is(w_, k, "expiring"))) {
            k = w_.size();
        }
        if (word_is(w_, k, "until") || word_is(w_, k, "to") || word_is(w_, k, "through") ||
            word_is(w_, k, "ending") || word_is(w_, k, "expiring")) {
            std::size_t d_at = k + 1;
            if (word_is(w_, d_at, "on")) ++d_at;
            if (auto d = date_at(d_at)) {
                emit(i, d_at + d->words - 1, DurationRole::until, d->iso, len->iso());
                return d_at + d->words;
            }
        }
        emit(i, last - 1, DurationRole::period, std::nullopt, len->iso());
        return last;
    }

    // no later than / not later than + date or length.
    std::size_t no_later_at(std::size_t i) {
        if (!word_is(w_, i + 1, "later") || !word_is(w_, i + 2, "than")) return i;
        const std::size_t j = i + 3;
        if (auto d = date_at(j)) {
            emit(i, j + d->words - 1, DurationRole::deadline, d->iso, std::nullopt);
            return j + d->words;
        }
        if (auto len = read_length(w_, j, lex_, false)) {
            emit(i, j + len->words - 1, DurationRole::deadline, std::nullopt, len->iso());
            return j + len->words;
        }
        return i;
    }

    // by + date, "the end of ...", or a bare year ("by 2030").
    std::size_t by_at(std::size_t i) {
        const std::size_t j = i + 1;
        auto d = date_at(j);
        if (!d) d = read_year(w_, j);
        if (!d) return i;
        emit(i, j + d->words - 1, DurationRole::deadline, d->iso, std::nullopt);
        return j + d->words;
    }

    // within [a further | a period of | the next] N units.
    std::size_t within_at(std::size_t i) {
        std::size_t j = i + 1;
        bool article_one = false;
        for (std::size_t guard = 0; guard < 4 && j < w_.size(); ++guard) {
            const std::string_view lw = w_[j].lower;
            if (lw == "a" || lw == "an") {
                article_one = true;
                ++j;
            } else if (lw == "the" || lw == "next" || is_period_adjective(lw)) {
                ++j;
            } else if (lw == "period" && word_is(w_, j + 1, "of")) {
                j += 2;
                article_one = false;
            } else {
                break;
            }
        }
        auto len = read_length(w_, j, lex_, article_one);
        if (!len) return i;
        emit(i, j + len->words - 1, DurationRole::deadline, std::nullopt, len->iso());
        return j + len->words;
    }

    // every [N] unit(s): "every three months", "every 90 days", "every year".
    std::size_t every_at(std::size_t i) {
        const std::size_t j = i + 1;
        auto len = read_length(w_, j, lex_, true);
        if (!len) return i;
        emit(i, j + len->words - 1, DurationRole::interval, std::nullopt, len->iso());
        return j + len->words;
    }

    // on a|an <rhythm> basis: "on a semi-annual basis", "on an annual basis".
    std::size_t basis_at(std::size_t i) {
        if (!(word_is(w_, i + 1, "a") || word_is(w_, i + 1, "an"))) return i;
        if (i + 3 >= w_.size() || !word_is(w_, i + 3, "basis")) return i;
        auto iso = interval_word(w_[i + 2].lower, false);
        if (!iso) return i;
        emit(i, i + 3, DurationRole::interval, std::nullopt, *iso);
        return i + 4;
    }
};

}  // namespace

std::vector<model::Duration> find_durations(std::string_view text, const Lexicon& lexicon) {
    const auto words = split_words(text);
    return Scanner(text, words, lexicon).run();
}

std::vector<model::Duration> find_durations(std::string_view text, WordSpan words,
                                            const Lexicon& lexicon) {
    return Scanner(text, words, lexicon).run();
}

}  // namespace resdiff::analyze
