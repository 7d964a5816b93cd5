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

// Parses and analyzes a text already in memory (a version from `git show`), reporting trouble
// and warnings the same way.
std::optional<model::Document> load_text(const std::string& name, const std::string& text, std::ostream& err,
                                         bool print_warnings, const analyze::Lexicon& lexicon);

// Reads a user lexicon file (--lexicon) on top of the built-in one; nullopt on trouble (reported).
std::optional<analyze::Lexicon> load_user_lexicon(const std::string& path, std::istream& in, std::ostream& err);

// The lexicon a command analyzes with: the built-in one, or the built-in one extended by the
// file of --lexicon (empty path: none).
class CommandLexicon {
public:
    // false when the file cannot be read or has a bad line (reported on err).
    bool load(const std::string& path, std::istream& in, std::ostream& err);
    const analyze::Lexicon& get() const { return user_ ? *user_ : analyze::Lexicon::builtin(); }

private:
    std::optional<analyze::Lexicon> user_;
};

}  // namespace resdiff::cli
