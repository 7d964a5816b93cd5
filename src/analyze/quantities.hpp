#pragma once
// Quantities of scope: troop and police ceilings, counts, amounts - "19,626 uniformed
// personnel", "up to 15,000 troops", "a maximum of 1,200 police", "$50 million". A number
// counts when a quantity noun of the lexicon follows within three words (or a currency sign
// precedes it); the quote starts at a ceiling word ("up to", "a maximum of", "at least").

#include "analyze/lexicon.hpp"
#include "analyze/words.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

std::vector<std::string> find_quantities(std::string_view text, const Lexicon& lexicon);
std::vector<std::string> find_quantities(std::string_view text, WordSpan words,
                                         const Lexicon& lexicon);

}  // namespace resdiff::analyze
