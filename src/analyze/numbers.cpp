#include "analyze/numbers.hpp"

namespace resdiff::analyze {

namespace {

std::optional<long long> digits_value(std::string_view s) {
    if (s.empty() || s.size() > 15) return std::nullopt;
    long long value = 0;
    bool any = false;
    for (char c : s) {
        if (c == ',') continue;  // thousands separator: "19,626"
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
        any = true;
    }
    return any ? std::optional<long long>(value) : std::nullopt;
}

}  // namespace

namespace {

// The value of a number word, else of a hyphenated pair ("twenty-one"): tens and units.
std::optional<long long> word_number(std::string_view lower, std::optional<int> whole,
                                     const Lexicon& lexicon) {
    if (whole) return *whole;
    // A loop, not find(): words are short, and most have no '-' (a call cost more).
    std::size_t dash = 0;
    while (dash < lower.size() && lower[dash] != '-') ++dash;
    if (dash == lower.size()) return std::nullopt;
    auto tens = lexicon.number_word(lower.substr(0, dash));
    auto units = lexicon.number_word(lower.substr(dash + 1));
    if (tens && units && *tens >= 20 && *tens % 10 == 0 && *units < 10) return *tens + *units;
    return std::nullopt;
}

}  // namespace

std::optional<long long> number_value(std::string_view lower, const Lexicon& lexicon) {
    if (lower.empty()) return std::nullopt;
    if (lower.front() >= '0' && lower.front() <= '9') return digits_value(lower);
    return word_number(lower, lexicon.number_word(lower), lexicon);
}

std::optional<long long> number_value(const Word& word, const Lexicon& lexicon) {
    const std::string_view lower = word.lower;
    if (lower.empty()) return std::nullopt;
    if (lower.front() >= '0' && lower.front() <= '9') return digits_value(lower);
    return word_number(lower, lexicon.number_word(word), lexicon);
}

std::optional<NumberMatch> read_number(WordSpan words, std::size_t i,
                                       const Lexicon& lexicon) {
    if (i >= words.size() || words[i].punct) return std::nullopt;
    auto first = number_value(words[i], lexicon);
    if (!first) return std::nullopt;
    NumberMatch m{*first, 1};
    if (!words[i].number) {
        // Word numbers may run on: "one hundred and eighty", "two thousand five hundred".
        long long total = 0;
        long long current = *first;
        std::size_t j = i + 1;
        while (j < words.size()) {
            std::size_t k = j;
            const bool joined = words[k].lower == "and" && k + 1 < words.size();
            if (joined) ++k;
            if (words[k].number || words[k].punct) break;
            auto next = number_value(words[k], lexicon);
            if (!next) break;
            if (*next == 100) {
                if (joined || current == 0 || current >= 100) break;
                current *= 100;
            } else if (*next == 1000) {
                if (joined || current == 0) break;
                total += current * 1000;
                current = 0;
            } else if (*next < 100) {
                // Units after tens ("twenty one"), anything after hundreds; "and" only there.
                const bool after_round = current % 100 == 0;
                if (!after_round && (joined || current % 10 != 0 || *next >= 10)) break;
                current += *next;
            } else {
                break;
            }
            j = k + 1;
        }
        m.value = total + current;
        m.words = j - i;
    }
    // "three (3) weeks": skip the digits that repeat the word.
    const std::size_t j = i + m.words;
    if (j + 2 < words.size() && words[j].text == "(" && words[j + 1].number &&
        words[j + 2].text == ")") {
        m.words += 3;
    }
    return m;
}

}  // namespace resdiff::analyze
