#pragma once
// Numbers as the texts write them: digits ("6", "19,626") and words ("twelve", "twenty-one",
// "one hundred and eighty"), with an optional echo in digits ("three (3) weeks").

#include "analyze/lexicon.hpp"
#include "analyze/words.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

struct NumberMatch {
    long long value = 0;
    std::size_t words = 0;  // words consumed, the digit echo included
};

// The number starting at words[i], or nullopt. Decimals ("1.5") are not whole numbers.
std::optional<NumberMatch> read_number(WordSpan words, std::size_t i,
                                       const Lexicon& lexicon);

// A number written as one word: digits with optional thousands commas, or a number word or
// hyphenated pair ("twenty-one").
std::optional<long long> number_value(std::string_view lower, const Lexicon& lexicon);
// The same for a word (its lower form), looked up by its hash.
std::optional<long long> number_value(const Word& word, const Lexicon& lexicon);

}  // namespace resdiff::analyze
