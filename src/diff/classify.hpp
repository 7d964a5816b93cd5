#pragma once
// Change classification: turns a clause entry (its two versions and word edits) into findings
// with a category and a direction, using the semantic fields the analyzer fills.

#include "diff/document_diff.hpp"

#include <optional>
#include <string>
#include <vector>

namespace resdiff::diff {

// Findings for one modified, added or removed entry (none for an unchanged one). Semantic
// findings first (obligation, duration, scope), then one wording finding per edited phrase that
// no semantic finding accounts for. Added and removed clauses always get at least one finding.
std::vector<Finding> classify_entry(const ClauseEntry& entry, const model::Document& old_doc,
                                    const model::Document& new_doc);
// The same when the caller knows whether either clause is a mandate (durations of a mandate are
// its term; the analysis of the entry's clauses must be done).
std::vector<Finding> classify_entry(const ClauseEntry& entry, bool mandate);

// True when `id` names one of doc.mandates (an analysed document's).
bool is_mandate(const model::Document& doc, const ClauseId& id);

// A document-level finding and the clause it belongs to (Chapter VII invoked or dropped).
struct DocumentFinding {
    std::optional<std::string> old_id;  // clause of the old version that carried it
    std::optional<std::string> new_id;  // clause of the new version that carries it
    Finding finding;
};
std::vector<DocumentFinding> classify_document(const model::Document& old_doc,
                                               const model::Document& new_doc);

}  // namespace resdiff::diff
