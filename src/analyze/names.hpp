#pragma once
// Places and actors named in a text: gazetteer and actor tables of the lexicon, names the
// document defined for itself (acronyms), and places introduced by "in" ("in Kidal").
// One pass; at each word the longest known name wins and its words are consumed, so
// "the United Nations Interim Force in Lebanon" is one actor and not also the place Lebanon.

#include "analyze/acronyms.hpp"
#include "analyze/lexicon.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

struct Names {
    std::vector<std::string> places;  // canonical names, first mention first, no repeats
    std::vector<std::string> actors;
};

Names find_names(std::string_view text, const Lexicon& lexicon, const DocumentNames& defined);
Names find_names(std::string_view text, WordSpan words, const Lexicon& lexicon,
                 const DocumentNames& defined);

}  // namespace resdiff::analyze
