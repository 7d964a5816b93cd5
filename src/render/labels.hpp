#pragma once
// Names and orderings shared by the renderers: the contract's spellings of diff enums, the
// importance order of findings, and short labels for clause pairs and documents.
// Internal to src/render/.

#include "diff/document_diff.hpp"
#include "model/document.hpp"

#include <string>
#include <vector>

namespace resdiff::render::detail {

// Contract spellings ("delete" for EditOp::remove).
const char* status_name(diff::Status s);
const char* category_name(diff::Category c);
const char* direction_name(diff::Direction d);
const char* edit_op_name(diff::EditOp op);

// 0 for the most important category: obligation > duration > scope > wording.
int category_rank(diff::Category c);

// "op3 → op4" when the ids differ, "op1" when they are the same or one side is absent.
std::string pair_label(const diff::ClauseEntry& e);

// "modified, moved, renumbered, split from op3": the status and the flags of an entry.
std::string status_flags(const diff::ClauseEntry& e);

// "Duration changed", "Obligation weakened": category and direction, capitalised.
std::string finding_title(const diff::Finding& f);

struct RankedFinding {
    const diff::ClauseEntry* entry;
    const diff::Finding* finding;
};
// Every finding of the diff, most important category first, document order within a category.
std::vector<RankedFinding> ranked_findings(const diff::DocumentDiff& d);

// True when a finding's old and new words are worth printing beside its message: both present
// and not already quoted in the message. (An added or removed clause shows in its redline.)
bool quote_texts(const diff::Finding& f);

// True when an entry deserves its own section: changed text, added, removed or moved.
bool is_shown(const diff::ClauseEntry& e);

// True when an entry's own words did not change (unchanged status, only equal edits if any).
bool text_unchanged(const diff::ClauseEntry& e);

// Lead and text of a clause joined with one space ("Decides" + "to extend ..."), no space
// before punctuation that opens the text.
std::string clause_words(const model::Clause& c);

// "S/2026/101 (2026-03-03)" or the source name when the text gives no symbol; "(none)" for null.
std::string document_label(const model::Document* doc);

}  // namespace resdiff::render::detail
