#pragma once
// Applies a policy to a diff: maps findings and clause statuses to rules, levels and the
// allow-list, and gathers the results of many file pairs into one report. Pure, no I/O.
//
// Mapping (documented in docs/check.md):
//   obligation strengthened / weakened      → obligation.strengthened / obligation.weakened
//   duration extended / shortened / changed → duration.changed
//   scope narrowed / broadened              → scope.narrowed / scope.broadened
//   scope changed (no direction)            → whichever of the two is set higher (narrowed on a tie)
//   wording changed                         → wording.changed
//   status added / removed                  → clause.added / clause.removed, once per added or
//                                             removed subtree (a sub-paragraph of an added or
//                                             removed clause is part of its parent's result);
//                                             the entry's wording findings are not repeated,
//                                             its obligation, duration and scope findings are
//   status modified without any finding     → wording.changed
// Moves and renumbering alone fire no rule.

#include "check/policy.hpp"
#include "check/rules.hpp"
#include "diff/document_diff.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::check {

// How a result is reported: `notice` for findings in allow-listed clauses (never fails).
enum class Severity { notice, warning, error };
const char* severity_name(Severity s);  // "notice", "warning", "error"

struct Result {
    Rule rule = Rule::wording_changed;
    Severity severity = Severity::warning;
    bool allowed = false;               // demoted to a notice by the allow-list
    std::optional<std::string> old_id;  // clause ids; both absent for a whole-file result
    std::optional<std::string> new_id;
    std::size_t line = 0;      // the clause's line in the new version (old version when removed)
    bool line_in_old = false;  // `line` counts in the old version
    std::string message;
    std::string old_text;     // the words concerned ("" when none)
    std::string new_text;
    std::string fingerprint;  // "rule:clause:hash", stable across runs (see fingerprint())
};

enum class FileStatus { compared, added, removed };
const char* file_status_name(FileStatus s);  // "compared", "added", "removed"

struct FileCheck {
    std::string path;      // where results are reported: the new file, the old one when removed
    std::string old_name;  // as shown to the user ("" when the file was added)
    std::string new_name;  // ("" when the file was removed)
    FileStatus status = FileStatus::compared;
    bool differs = false;  // the diff found a substantive difference (or the file came or went)
    std::vector<Result> results;
};

struct Report {
    Policy policy;
    std::vector<FileCheck> files;

    std::size_t count(Severity s) const;
    bool passed() const { return count(Severity::error) == 0; }
    // 0 passed (notices and warnings allowed), 1 a rule at error fired.
    int exit_code() const { return passed() ? 0 : 1; }
};

// The results of one compared pair, in document order (clause.added / clause.removed before
// the other findings of the same clause). Rules at `off` give no result.
std::vector<Result> evaluate(const diff::DocumentDiff& d, const Policy& policy);

// The result for a whole file added or removed (rule clause.added / clause.removed at line 1),
// or nullopt when that rule is off. `clause_count` is the number of clauses it holds.
std::optional<Result> file_result(FileStatus status, std::size_t clause_count, const Policy& policy);

// "rule:clause:hash": the rule id, the clause id (new id, old id when removed, "file" for a
// whole-file result) and 16 hex digits of a 64-bit FNV-1a hash of the rule, the clause and
// the old and new words folded for comparison (typography, blanks and case do not count).
std::string fingerprint(Rule rule, std::string_view clause_id, std::string_view old_text,
                        std::string_view new_text);

}  // namespace resdiff::check
