#include "check/policy.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <utility>

namespace resdiff::check {

namespace {

PolicyError error_at(const toml::source_region& where, std::string message) {
    return PolicyError{static_cast<std::size_t>(where.begin.line), static_cast<std::size_t>(where.begin.column),
                       std::move(message)};
}

// A clause id as the parser makes them: letters, digits, '.', '-', '_' (no blanks, no empty
// parts).
bool plausible_clause_id(std::string_view id) {
    if (id.empty() || id.front() == '.' || id.back() == '.') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '-' || c == '_';
        if (!ok) return false;
        if (c == '.' && i + 1 < id.size() && id[i + 1] == '.') return false;
    }
    return true;
}

struct RuleSetting {
    std::string id;
    Level level;
};

// Walks [rules], flattening dotted keys and sub-tables ("duration.changed" written as
// duration.changed = ... or [rules.duration] changed = ...).
std::optional<PolicyError> collect_rules(const toml::table& table, const std::string& prefix,
                                         std::vector<RuleSetting>& out) {
    for (const auto& [key, node] : table) {
        const std::string id = prefix + std::string(key.str());
        if (const auto* sub = node.as_table()) {
            if (auto e = collect_rules(*sub, id + ".", out)) return e;
            continue;
        }
        if (id != "any" && !rule_from_id(id))
            return error_at(key.source(), "unknown rule '" + id + "' (valid rules: " + valid_rule_ids() + ")");
        const auto* str = node.as_string();
        const auto level = str ? level_from_name(str->get()) : std::nullopt;
        if (!level)
            return error_at(node.source(), "rule '" + id + "' takes \"error\", \"warning\" or \"off\"");
        out.push_back({id, *level});
    }
    return std::nullopt;
}

std::optional<PolicyError> collect_allow(const toml::table& table, std::vector<std::string>& out) {
    for (const auto& [key, node] : table) {
        if (key.str() != "clauses")
            return error_at(key.source(), "unknown key '" + std::string(key.str()) + "' in [allow] (expected clauses)");
        const auto* arr = node.as_array();
        if (!arr) return error_at(node.source(), "allow.clauses takes a list of clause ids, e.g. [\"op4\", \"op7\"]");
        for (const auto& item : *arr) {
            const auto* str = item.as_string();
            if (!str || !plausible_clause_id(str->get()))
                return error_at(item.source(), "not a clause id (expected e.g. \"op4\", \"pp2\", \"op3.a\")");
            if (std::find(out.begin(), out.end(), str->get()) == out.end()) out.push_back(str->get());
        }
    }
    return std::nullopt;
}

}  // namespace

bool Policy::allows(std::string_view id) const {
    for (const auto& a : allowed_clauses) {
        if (id == a) return true;
        if (id.size() > a.size() && id.substr(0, a.size()) == a && id[a.size()] == '.') return true;
    }
    return false;
}

bool Policy::allows(const std::optional<std::string>& old_id, const std::optional<std::string>& new_id) const {
    return (old_id && allows(*old_id)) || (new_id && allows(*new_id));
}

Policy default_policy() {
    Policy p;
    p.set(Rule::obligation_weakened, Level::error);
    p.set(Rule::duration_changed, Level::error);
    p.set(Rule::scope_narrowed, Level::error);
    p.set(Rule::clause_removed, Level::error);
    p.set(Rule::obligation_strengthened, Level::warning);
    p.set(Rule::scope_broadened, Level::warning);
    p.set(Rule::clause_added, Level::warning);
    p.set(Rule::wording_changed, Level::off);
    return p;
}

Policy fail_on_policy(const std::vector<Rule>& rules) {
    Policy p;
    for (const Rule r : rules) p.set(r, Level::error);
    return p;
}

PolicyResult parse_policy(std::string_view text, std::string_view source_name) {
    PolicyResult result;
    toml::table doc;
    try {
        doc = toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        result.error = error_at(e.source(), std::string(e.description()));
        return result;
    }
    std::vector<RuleSetting> settings;
    std::vector<std::string> allowed;
    for (const auto& [key, node] : doc) {
        const auto* table = node.as_table();
        if (key.str() == "rules" && table) {
            if (auto e = collect_rules(*table, "", settings)) {
                result.error = std::move(e);
                return result;
            }
        } else if (key.str() == "allow" && table) {
            if (auto e = collect_allow(*table, allowed)) {
                result.error = std::move(e);
                return result;
            }
        } else if (key.str() == "rules" || key.str() == "allow") {
            result.error = error_at(node.source(), "'" + std::string(key.str()) + "' must be a table ([" +
                                                       std::string(key.str()) + "])");
            return result;
        } else {
            result.error = error_at(key.source(), "unknown key '" + std::string(key.str()) +
                                                      "' (a policy has the tables [rules] and [allow])");
            return result;
        }
    }
    Policy p = default_policy();
    // `any` first, wherever it was written; then the named rules.
    for (const auto& s : settings)
        if (s.id == "any")
            for (const auto& info : all_rules()) p.set(info.rule, s.level);
    for (const auto& s : settings)
        if (s.id != "any") p.set(*rule_from_id(s.id), s.level);
    p.allowed_clauses = std::move(allowed);
    result.policy = std::move(p);
    return result;
}

}  // namespace resdiff::check
