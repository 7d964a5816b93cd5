#pragma once
// What the differ compares of a clause: its lead and text as one string, cut into tokens whose
// keys ignore layout (typography, blanks) and footnote markers.

#include "model/document.hpp"
#include "text/tokenize.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::diff {

// Lead + " " + text, as printed (either may be empty).
std::string clause_text(const model::Clause& clause);

// Tokens of `text` as the differ compares them: footnote markers (numbers or '*' among
// `footnote_labels`, glued to the previous word or set off where the text would not use a
// number) folded into the previous token's trailing blanks, and line-wrapped hyphens
// ("nuclear- weapon") joined into one word. Tokens still concatenate back to the text.
std::vector<text::Token> comparable_tokens(std::string_view text,
                                           const std::vector<std::string>& footnote_labels);

// The exact-match key: token keys joined by one space.
std::string join_keys(const std::vector<text::Token>& tokens);

// Sorted, unique hashes of the lower-cased word and number keys, stop words left out: the
// fuzzy-matching features.
std::vector<std::uint64_t> word_features(const std::vector<text::Token>& tokens);

// Dice coefficient 2|A∩B| / (|A|+|B|) of two sorted unique feature sets; 1 when both are empty.
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// |A∩B| / |A|: how much of A is found in B; 0 when A is empty.
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace resdiff::diff
