#pragma once
// The result of comparing two documents: one entry per clause of either version, with
// classified findings and a word-level edit script. Mirrors the contract's resdiff-diff/1.

#include "diff/clause_id.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::diff {

enum class Status : std::uint8_t { unchanged, modified, added, removed };
enum class Category { obligation, duration, scope, wording };
enum class Direction { strengthened, weakened, extended, shortened, broadened, narrowed, changed };
enum class EditOp { equal, insert, remove };  // "remove" is rendered as "delete"

struct Edit {
    EditOp op = EditOp::equal;
    std::string text;  // original spelling, spaces included, so that edits concatenate back
};

struct Finding {
    Category category = Category::wording;
    Direction direction = Direction::changed;
    std::string old_text;  // the words of the old version concerned ("" when none)
    std::string new_text;
    std::string message;   // one sentence a delegate would write in a margin
};

struct ClauseEntry {
    ClauseId old_id;  // absent for added clauses
    ClauseId new_id;  // absent for removed clauses
    ClauseId split_from;   // added clause that came from splitting this old id
    ClauseId merged_into;  // removed clause whose text went into this new id
    const model::Clause* old_clause = nullptr;  // point into the DocumentDiff's documents
    const model::Clause* new_clause = nullptr;
    std::size_t depth = 0;  // 0 for top-level clauses
    Status status = Status::unchanged;
    model::ClauseKind kind = model::ClauseKind::operative;
    bool moved = false;
    bool renumbered = false;
    std::vector<Finding> findings;
    // Lead + text, old to new. Empty for an unchanged entry: its one equal run is its clause's
    // text, which the documents hold already (a revision's entries are nearly all unchanged,
    // and copying their texts was most of a large diff's memory); entry_edits() gives it.
    std::vector<Edit> edits;
};

// The entry's edits, or for an unchanged entry the one equal run of its clause's lead and text
// (none when both are empty), made in `made`.
const std::vector<Edit>& entry_edits(const ClauseEntry& e, std::vector<Edit>& made);

struct StatusCounts {
    std::size_t unchanged = 0, modified = 0, added = 0, removed = 0, moved = 0, renumbered = 0;
};
struct CategoryCounts {
    std::size_t obligation = 0, duration = 0, scope = 0, wording = 0;
};
struct Summary {
    StatusCounts clauses;
    CategoryCounts findings;
};

// Owns nothing: old_doc / new_doc must outlive it (the CLI keeps both documents alive).
struct DocumentDiff {
    const model::Document* old_doc = nullptr;
    const model::Document* new_doc = nullptr;
    std::vector<ClauseEntry> entries;  // new version's order, removed clauses where they stood
    Summary summary;
    // What the comparison built on the way (flattened trees, clause analyzers) and no longer
    // needs: freed with the diff, so that a caller that leaves the process without freeing the
    // diff does not wait for it either (a large comparison's frees take milliseconds).
    std::shared_ptr<const void> workspace;

    // True when any clause or finding differs: the differ's exit code 1.
    bool has_differences() const;
};

const char* to_string(Status s);
const char* to_string(Category c);
const char* to_string(Direction d);
const char* to_string(EditOp op);

}  // namespace resdiff::diff
