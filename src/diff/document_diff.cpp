#include "diff/document_diff.hpp"

#include "diff/clause_text.hpp"

#include <algorithm>

namespace resdiff::diff {

// Renumbering alone is a consequence of other changes, not a difference of its own; a move is
// (the order of paragraphs carries meaning).
bool DocumentDiff::has_differences() const {
    return std::any_of(entries.begin(), entries.end(), [](const ClauseEntry& e) {
        return e.status != Status::unchanged || e.moved || !e.findings.empty();
    });
}

const std::vector<Edit>& entry_edits(const ClauseEntry& e, std::vector<Edit>& made) {
    made.clear();
    if (e.status != Status::unchanged || !e.edits.empty()) return e.edits;
    const model::Clause* c = e.new_clause ? e.new_clause : e.old_clause;
    if (!c) return e.edits;
    std::string text = clause_text(*c);
    if (!text.empty()) made.push_back({EditOp::equal, std::move(text)});
    return made;
}

const char* to_string(Status s) {
    switch (s) {
    case Status::unchanged: return "unchanged";
    case Status::modified: return "modified";
    case Status::added: return "added";
    case Status::removed: return "removed";
    }
    return "unchanged";
}

const char* to_string(Category c) {
    switch (c) {
    case Category::obligation: return "obligation";
    case Category::duration: return "duration";
    case Category::scope: return "scope";
    case Category::wording: return "wording";
    }
    return "wording";
}

const char* to_string(Direction d) {
    switch (d) {
    case Direction::strengthened: return "strengthened";
    case Direction::weakened: return "weakened";
    case Direction::extended: return "extended";
    case Direction::shortened: return "shortened";
    case Direction::broadened: return "broadened";
    case Direction::narrowed: return "narrowed";
    case Direction::changed: return "changed";
    }
    return "changed";
}

const char* to_string(EditOp op) {
    switch (op) {
    case EditOp::equal: return "equal";
    case EditOp::insert: return "insert";
    case EditOp::remove: return "delete";
    }
    return "equal";
}

}  // namespace resdiff::diff
