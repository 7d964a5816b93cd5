#pragma once
// Statements of time in a clause, each normalised and given a role:
//   until    - a mandate end: "until 31 May 2023", "through the end of 2027",
//              "for a further period ending on 15 December 1993",
//              "for a further interim period of six months, that is until 31 July 1993"
//              (both an end and a period);
//   period   - a length: "for a period of twelve months", "for a further 12 months",
//              "for at least two years";
//   deadline - "no later than 12 August 2020", "by 13 January 2021", "within 30 days";
//   interval - "every three months", "every 90 days", "on a semi-annual basis", "annually".
// One left-to-right pass over the words; no backtracking over the text.

#include "analyze/lexicon.hpp"
#include "model/semantics.hpp"

#include <string_view>
#include <vector>

namespace resdiff::analyze {

// The durations of `text`, in order of appearance.
std::vector<model::Duration> find_durations(std::string_view text, const Lexicon& lexicon);
// The same over the words of `text` (split_words(text)), when the caller already has them.
std::vector<model::Duration> find_durations(std::string_view text, WordSpan words,
                                            const Lexicon& lexicon);

}  // namespace resdiff::analyze
