#pragma once
// Finds footnote markers inside clause text and takes them out: "[^1]" (Markdown), " 1/ "
// (old Security Council style), and numbers glued to the word or punctuation they follow
// ("Nations1 are", "2024,1", "79/7;1"). Glued numbers count only when the document defines a
// footnote with that label, so "A/80/L.2" or "19,626" are never taken for markers.

#include <set>
#include <string>
#include <vector>

namespace resdiff::parse {

// Returns the text without markers; appends the labels found to `refs`. Takes the text by
// value: a text without markers (most paragraphs) is handed back without a copy.
std::string strip_footnote_markers(std::string text, const std::set<std::string>& known_labels,
                                   std::vector<std::string>& refs);

}  // namespace resdiff::parse
