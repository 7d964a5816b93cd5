#pragma once
// The rules of `resdiff check`: their ids (the contract's spellings), descriptions, and the
// levels a policy gives them. Pure data and parsing, no I/O.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::check {

// Every rule a finding can fire. `any` is not a rule: it is a selector for all of them.
enum class Rule {
    obligation_weakened,
    obligation_strengthened,
    duration_changed,
    scope_narrowed,
    scope_broadened,
    clause_added,
    clause_removed,
    wording_changed,
};
inline constexpr std::size_t kRuleCount = 8;

// What a policy does with a rule's findings: drop them, report them, or fail on them.
enum class Level { off, warning, error };

struct RuleInfo {
    Rule rule;
    std::string_view id;                // "obligation.weakened"
    std::string_view short_description; // one line
    std::string_view full_description;  // a sentence or two, for SARIF and --help
};

// The rules in their documented order (the order of SARIF's rules[] and of ruleIndex).
const std::array<RuleInfo, kRuleCount>& all_rules();
const RuleInfo& rule_info(Rule r);
std::string_view rule_id(Rule r);
std::size_t rule_index(Rule r);

// The rule with this id, or nullopt (also for "any", which is a selector).
std::optional<Rule> rule_from_id(std::string_view id);

// "obligation.weakened, obligation.strengthened, ..., any": for error messages.
std::string valid_rule_ids();

const char* level_name(Level l);  // "off", "warning", "error"
std::optional<Level> level_from_name(std::string_view name);

// Parses a comma-separated list of rule ids ("obligation.weakened,duration.changed", blanks
// around ids allowed, empty items ignored; "any" stands for every rule) and adds them to
// `out` (no duplicates). Returns false and sets `error` naming the unknown id and the valid ones.
bool parse_rule_list(std::string_view list, std::vector<Rule>& out, std::string& error);

}  // namespace resdiff::check
