#pragma once
// Turns the scanned lines of a resolution into a model::Document: removes running headers and
// footnote blocks, reads the heading, groups lines into paragraphs (by labels, blank lines,
// indentation, punctuation and lead phrases), nests sub-paragraphs by label sequence, and
// gives every clause its id. Plain C++: the grammar has done its work in scan_lines().

#include "model/document.hpp"
#include "parse/scanned_line.hpp"

#include <string>
#include <vector>

namespace resdiff::parse {

struct BuildOutcome {
    model::Document document;
    bool looks_like_resolution = false;  // an enacting formula or a real lead phrase was found
};

// Takes the lines over: the builder splits and relabels them in place rather than in a copy.
BuildOutcome build_document(std::vector<ScannedLine> lines, std::string source);

}  // namespace resdiff::parse
