#pragma once
// A check policy: a level per rule and an allow-list of clauses that may change. Built from
// the defaults, from --fail-on, or from a TOML policy file (format in docs/check.md):
//
//     [rules]
//     any = "warning"                  # every rule not named below (applied first)
//     "obligation.weakened" = "error"  # or, as a dotted key: duration.changed = "error"
//     wording.changed = "off"
//
//     [allow]
//     clauses = ["op4", "op7"]         # op4 allows op4.a, op4.a.ii, ...; old or new ids
//
// Pure: the caller reads the file; parse errors carry a 1-based line and column.

#include "check/rules.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::check {

struct Policy {
    std::array<Level, kRuleCount> levels{};  // indexed by rule_index(); all off by default
    std::vector<std::string> allowed_clauses; // "op4", "pp2", "op3.a"

    Level level(Rule r) const { return levels[rule_index(r)]; }
    void set(Rule r, Level l) { levels[rule_index(r)] = l; }

    // True when `id` is an allowed clause or one of its sub-paragraphs ("op4" allows "op4.a"
    // and "op4.a.ii", not "op40").
    bool allows(std::string_view id) const;
    // True when either side of a pair is allowed (ids match the old or the new version).
    bool allows(const std::optional<std::string>& old_id, const std::optional<std::string>& new_id) const;
};

// The policy when neither --fail-on nor --policy is given: obligation.weakened,
// duration.changed, scope.narrowed and clause.removed at error; obligation.strengthened,
// scope.broadened and clause.added at warning; wording.changed off.
Policy default_policy();

// --fail-on without --policy: the listed rules at error, every other rule off.
Policy fail_on_policy(const std::vector<Rule>& rules);

struct PolicyError {
    std::size_t line = 0;    // 1-based; 0 when unknown
    std::size_t column = 0;  // 1-based; 0 when unknown
    std::string message;
};

struct PolicyResult {
    std::optional<Policy> policy;
    std::optional<PolicyError> error;
    bool ok() const { return policy.has_value(); }
};

// Parses a TOML policy. Rules not named keep their default_policy() level unless `any` sets
// them; unknown tables, keys, rule ids and levels are errors at their position.
PolicyResult parse_policy(std::string_view text, std::string_view source_name);

}  // namespace resdiff::check
