#pragma once
// Compares two analyzed documents: aligns clauses by content, diffs words inside each pair,
// and classifies every change.

#include "diff/document_diff.hpp"

namespace resdiff::diff {

// Both documents must outlive the result, which points into them.
DocumentDiff diff_documents(const model::Document& old_doc, const model::Document& new_doc);

}  // namespace resdiff::diff
