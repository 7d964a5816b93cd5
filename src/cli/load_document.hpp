#pragma once
// Reads, parses and analyzes one input, reporting trouble on stderr in the contract's form
// "resdiff: FILE:LINE:COLUMN: message".

#include "analyze/lexicon.hpp"
#include "model/document.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace resdiff::cli {

// How much of the analysis a load does: all of it, or the document-level part only (legal basis
// and warnings) for a comparison that analyses the clauses it reports on
// (diff::diff_documents_lazily). The warnings are the same either way.
enum class Analysis { full, document_level };

// nullopt on trouble (already reported on err). Warnings are printed when print_warnings.
// The analysis uses `lexicon` (the built-in one, or one extended by --lexicon).
std::optional<model::Document> load_document(const std::string& name, std::istream& in, std::ostream& err,
                                             bool print_warnings, const analyze::Lexicon& lexicon,
                                             Analysis analysis = Analysis::full);

// Parses and analyzes a text already in memory (a version from `git show`), reporting trouble
// and warnings the same way.
std::optional<model::Document> load_text(const std::string& name, std::string_view text, std::ostream& err,
                                         bool print_warnings, const analyze::Lexicon& lexicon,
                                         Analysis analysis = Analysis::full);

// One version to load, reporting trouble and warnings on the stream it is given.
using DocumentLoader = std::function<std::optional<model::Document>(std::ostream& err)>;

// Loads the two versions of a pair; with `concurrent`, the second on a thread of its own while
// the first loads (a pair of large files takes the time of the larger one). Either way the
// messages reach `err` as a load one after the other would write them: the first version's, then
// the second's only when the first loaded; the second is nullopt when the first is.
std::pair<std::optional<model::Document>, std::optional<model::Document>> load_both(
    const DocumentLoader& first, const DocumentLoader& second, std::ostream& err, bool concurrent);

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
