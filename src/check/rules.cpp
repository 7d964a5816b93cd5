#include "check/rules.hpp"

#include <algorithm>

namespace resdiff::check {

namespace {

constexpr std::array<RuleInfo, kRuleCount> kRules{{
    {Rule::obligation_weakened, "obligation.weakened", "An obligation was weakened",
     "A clause binds less than before: a weaker operative verb (Decides → Requests), a modal "
     "dropped (shall → may), or the clause lost its binding force or its Chapter VII basis."},
    {Rule::obligation_strengthened, "obligation.strengthened", "An obligation was strengthened",
     "A clause binds more than before: a stronger operative verb (Calls upon → Demands), a "
     "binding modal added, or the clause gained binding force or a Chapter VII basis."},
    {Rule::duration_changed, "duration.changed", "A duration, date or deadline changed",
     "A mandate end, period, deadline or reporting interval was extended, shortened, replaced, "
     "added or removed."},
    {Rule::scope_narrowed, "scope.narrowed", "The scope was narrowed",
     "Places, tasks, actors or quantities were removed or lowered, or a limiting qualifier "
     "(only, exclusively) was added. A scope change with no direction counts as narrowed and "
     "broadened."},
    {Rule::scope_broadened, "scope.broadened", "The scope was broadened",
     "Places, tasks, actors or quantities were added or raised, or a limiting qualifier was "
     "removed. A scope change with no direction counts as narrowed and broadened."},
    {Rule::clause_added, "clause.added", "A clause was added",
     "A paragraph or sub-paragraph exists only in the new version (or a whole file was added)."},
    {Rule::clause_removed, "clause.removed", "A clause was removed",
     "A paragraph or sub-paragraph exists only in the old version (or a whole file was removed)."},
    {Rule::wording_changed, "wording.changed", "The wording changed",
     "Words changed without a change of obligation, duration or scope that resdiff recognises. "
     "Layout, typography and renumbering alone never count."},
}};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

const std::array<RuleInfo, kRuleCount>& all_rules() { return kRules; }

std::size_t rule_index(Rule r) { return static_cast<std::size_t>(r); }

const RuleInfo& rule_info(Rule r) { return kRules[rule_index(r)]; }

std::string_view rule_id(Rule r) { return rule_info(r).id; }

std::optional<Rule> rule_from_id(std::string_view id) {
    for (const auto& info : kRules)
        if (info.id == id) return info.rule;
    return std::nullopt;
}

std::string valid_rule_ids() {
    std::string s;
    for (const auto& info : kRules) {
        s += info.id;
        s += ", ";
    }
    s += "any";
    return s;
}

const char* level_name(Level l) {
    switch (l) {
    case Level::off: return "off";
    case Level::warning: return "warning";
    case Level::error: return "error";
    }
    return "off";
}

std::optional<Level> level_from_name(std::string_view name) {
    if (name == "off") return Level::off;
    if (name == "warning") return Level::warning;
    if (name == "error") return Level::error;
    return std::nullopt;
}

bool parse_rule_list(std::string_view list, std::vector<Rule>& out, std::string& error) {
    auto add = [&out](Rule r) {
        if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
    };
    while (true) {
        const auto comma = list.find(',');
        const std::string_view item = trim(list.substr(0, comma));
        if (item == "any") {
            for (const auto& info : kRules) add(info.rule);
        } else if (!item.empty()) {
            const auto r = rule_from_id(item);
            if (!r) {
                error = "unknown rule '" + std::string(item) + "' (valid rules: " + valid_rule_ids() + ")";
                return false;
            }
            add(*r);
        }
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return true;
}

}  // namespace resdiff::check
