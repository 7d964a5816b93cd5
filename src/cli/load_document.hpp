#pragma once
// Reads, parses and analyzes one input, reporting trouble on stderr in the contract's form
// "resdiff: FILE:LINE:COLUMN: message".

#include "model/document.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace resdiff::cli {

// nullopt on trouble (already reported on err). Warnings are printed when print_warnings.
std::optional<model::Document> load_document(const std::string& name, std::istream& in, std::ostream& err,
                                             bool print_warnings);

}  // namespace resdiff::cli
