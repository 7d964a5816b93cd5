#pragma once
// Reads, parses and analyzes one input, reporting trouble on stderr in the contract's form
// "resdiff: FILE:LINE:COLUMN: message".

#include "analyze/lexicon.hpp"
#include "model/document.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace resdiff::cli {

// nullopt on trouble (already reported on err). Warnings are printed when print_warnings.
// The analysis uses `lexicon` (the built-in one, or one extended by --lexicon).
std::optional<model::Document> load_document(const std::string& name, std::istream& in, std::ostream& err,
                                             bool print_warnings, const analyze::Lexicon& lexicon);

// Reads a user lexicon file (--lexicon) on top of the built-in one; nullopt on trouble (reported).
std::optional<analyze::Lexicon> load_user_lexicon(const std::string& path, std::istream& in, std::ostream& err);

}  // namespace resdiff::cli
