#pragma once
// Folding for comparison: typographic variants of one character and runs of blanks must never
// count as a change (U+2011 vs '-', curly vs straight quotes, no-break spaces).

#include <string>
#include <string_view>

namespace resdiff::text {

// Maps typographic variants to one ASCII spelling: hyphens (U+2010, U+2011, soft hyphen
// dropped), quotes (U+2018/2019/201C/201D/2032), blanks (U+00A0, U+2007, U+202F, tabs,
// line breaks) to a space. Dashes U+2013/U+2014 are kept: they are different punctuation.
std::string fold_typography(std::string_view s);

// Appends fold_typography(s) to `out`.
void fold_typography_append(std::string_view s, std::string& out);

// Cheap test: true when `s` is ASCII without blanks other than ' ', so that
// fold_typography(s) == s. False does not mean folding changes it.
bool folds_to_itself(std::string_view s);

// Replaces every run of ASCII white space with one space and trims both ends.
std::string collapse_spaces(std::string_view s);

// fold_typography, then collapse_spaces: the key under which two texts are "the same".
std::string fold_for_compare(std::string_view s);

// ASCII lower-casing (resolution vocabulary is English; non-ASCII bytes pass through).
std::string ascii_lower(std::string_view s);

bool is_space(char c);

}  // namespace resdiff::text
