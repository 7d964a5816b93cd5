#pragma once
// Compares two documents: aligns clauses by content, diffs words inside each pair, and
// classifies every change.

#include "diff/document_diff.hpp"

namespace resdiff::analyze {
class Lexicon;
}

namespace resdiff::diff {

// Two analyzed documents (analyze::analyze_document). Both must outlive the result, which
// points into them.
DocumentDiff diff_documents(const model::Document& old_doc, const model::Document& new_doc);

// Two documents with their document-level analysis only (analyze::analyze_document_level): the
// clauses the comparison classifies (modified, added and removed ones) are analysed here, in
// place, with `lexicon`; the unchanged ones, most of a revision, are not. The result is the
// same as analysing both documents whole and calling the form above. With `concurrent`, the two
// versions' analyses run on two threads (the result is the same).
DocumentDiff diff_documents_lazily(model::Document& old_doc, model::Document& new_doc,
                                   const analyze::Lexicon& lexicon, bool concurrent = false);

}  // namespace resdiff::diff
