#include "check/evaluate.hpp"

#include "text/fold.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

namespace resdiff::check {

namespace {

using diff::Category;
using diff::Direction;
using diff::Status;

std::string clause_words(const model::Clause* c) {
    if (!c) return {};
    std::string s = c->lead.value_or("");
    if (!s.empty() && !c->text.empty()) s += ' ';
    s += c->text;
    return s;
}

// The rule a finding is reported under (a directionless scope change: the higher-set of the two).
Rule rule_of(const diff::Finding& f, const Policy& policy) {
    switch (f.category) {
    case Category::obligation:
        return f.direction == Direction::strengthened ? Rule::obligation_strengthened : Rule::obligation_weakened;
    case Category::duration: return Rule::duration_changed;
    case Category::scope:
        if (f.direction == Direction::narrowed) return Rule::scope_narrowed;
        if (f.direction == Direction::broadened) return Rule::scope_broadened;
        return policy.level(Rule::scope_broadened) > policy.level(Rule::scope_narrowed) ? Rule::scope_broadened
                                                                                        : Rule::scope_narrowed;
    case Category::wording: return Rule::wording_changed;
    }
    return Rule::wording_changed;
}

// The parent id of a sub-paragraph ("op4.a" → "op4"), or "" for a top-level clause.
std::string parent_id(const std::string& id) {
    const auto dot = id.rfind('.');
    return dot == std::string::npos ? std::string() : id.substr(0, dot);
}

std::string first_words(const std::string& s, std::size_t max_words) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool space = s[i] == ' ';
        if (!space && !in_word && ++words > max_words) return s.substr(0, i) + "\u2026";
        in_word = !space;
    }
    return s;
}

const char* kind_name(model::ClauseKind k) {
    switch (k) {
    case model::ClauseKind::preambular: return "preambular paragraph";
    case model::ClauseKind::operative: return "operative paragraph";
    case model::ClauseKind::subparagraph: return "sub-paragraph";
    }
    return "clause";
}

// Applies the level and the allow-list; false when the rule is off.
bool place(Result& r, const Policy& policy) {
    const Level level = policy.level(r.rule);
    if (level == Level::off) return false;
    r.allowed = policy.allows(r.old_id, r.new_id);
    r.severity = r.allowed ? Severity::notice : level == Level::error ? Severity::error : Severity::warning;
    return true;
}

}  // namespace

const char* severity_name(Severity s) {
    switch (s) {
    case Severity::notice: return "notice";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
    }
    return "notice";
}

const char* file_status_name(FileStatus s) {
    switch (s) {
    case FileStatus::compared: return "compared";
    case FileStatus::added: return "added";
    case FileStatus::removed: return "removed";
    }
    return "compared";
}

std::size_t Report::count(Severity s) const {
    std::size_t n = 0;
    for (const auto& f : files)
        n += static_cast<std::size_t>(
            std::count_if(f.results.begin(), f.results.end(), [s](const Result& r) { return r.severity == s; }));
    return n;
}

std::string fingerprint(Rule rule, std::string_view clause_id, std::string_view old_text, std::string_view new_text) {
    std::uint64_t h = 14695981039346656037ull;
    auto feed = [&h](std::string_view s) {
        for (const unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0xffu;  // separator that no UTF-8 text contains
        h *= 1099511628211ull;
    };
    feed(rule_id(rule));
    feed(clause_id);
    feed(text::ascii_lower(text::fold_for_compare(old_text)));
    feed(text::ascii_lower(text::fold_for_compare(new_text)));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i) {
        hex[static_cast<std::size_t>(i)] = kHex[h & 0xf];
        h >>= 4;
    }
    return std::string(rule_id(rule)) + ":" + std::string(clause_id) + ":" + hex;
}

std::vector<Result> evaluate(const diff::DocumentDiff& d, const Policy& policy) {
    // Added and removed ids, to fold a sub-paragraph into its added or removed parent.
    std::set<std::string> added, removed;
    for (const auto& e : d.entries) {
        if (e.status == Status::added && e.new_id) added.insert(*e.new_id);
        if (e.status == Status::removed && e.old_id) removed.insert(*e.old_id);
    }
    std::vector<Result> out;
    for (const auto& e : d.entries) {
        Result base;
        base.old_id = e.old_id;
        base.new_id = e.new_id;
        if (e.new_clause) {
            base.line = e.new_clause->line;
        } else if (e.old_clause) {
            base.line = e.old_clause->line;
            base.line_in_old = true;
        }
        const bool is_added = e.status == Status::added;
        const bool is_removed = e.status == Status::removed;
        if (is_added || is_removed) {
            const std::string& id = is_added ? *e.new_id : *e.old_id;
            const std::set<std::string>& same = is_added ? added : removed;
            if (!same.count(parent_id(id))) {
                Result r = base;
                r.rule = is_added ? Rule::clause_added : Rule::clause_removed;
                const auto wording = std::find_if(e.findings.begin(), e.findings.end(), [](const diff::Finding& f) {
                    return f.category == Category::wording;
                });
                const std::string words = clause_words(is_added ? e.new_clause : e.old_clause);
                if (wording != e.findings.end()) {
                    r.message = wording->message;
                } else {
                    r.message = std::string(kind_name(e.kind)) + " " + id + (is_added ? " added" : " removed");
                    if (!words.empty()) r.message += ": \u201c" + first_words(words, 10) + "\u201d";
                }
                (is_added ? r.new_text : r.old_text) = words;
                if (place(r, policy)) out.push_back(std::move(r));
            }
        }
        for (const auto& f : e.findings) {
            if ((is_added || is_removed) && f.category == Category::wording) continue;
            Result r = base;
            r.rule = rule_of(f, policy);
            r.message = f.message;
            r.old_text = f.old_text;
            r.new_text = f.new_text;
            if (place(r, policy)) out.push_back(std::move(r));
        }
        if (e.status == Status::modified && e.findings.empty()) {
            Result r = base;
            r.rule = Rule::wording_changed;
            r.message = "wording changed";
            if (e.old_clause) r.old_text = clause_words(e.old_clause);
            if (e.new_clause) r.new_text = clause_words(e.new_clause);
            if (place(r, policy)) out.push_back(std::move(r));
        }
    }
    // Fingerprints, made unique within the file by an occurrence suffix.
    std::map<std::string, int> seen;
    for (auto& r : out) {
        const std::string clause = r.new_id ? *r.new_id : r.old_id ? *r.old_id : std::string("file");
        r.fingerprint = fingerprint(r.rule, clause, r.old_text, r.new_text);
        const int n = ++seen[r.fingerprint];
        if (n > 1) r.fingerprint += ":" + std::to_string(n);
    }
    return out;
}

std::optional<Result> file_result(FileStatus status, std::size_t clause_count, const Policy& policy) {
    if (status == FileStatus::compared) return std::nullopt;
    Result r;
    const bool added = status == FileStatus::added;
    r.rule = added ? Rule::clause_added : Rule::clause_removed;
    const Level level = policy.level(r.rule);
    if (level == Level::off) return std::nullopt;
    r.severity = level == Level::error ? Severity::error : Severity::warning;
    r.line = 1;
    r.line_in_old = !added;
    r.message = std::string(added ? "file added" : "file removed") + " (" + std::to_string(clause_count) +
                (clause_count == 1 ? " clause)" : " clauses)");
    r.fingerprint = fingerprint(r.rule, "file", "", "");
    return r;
}

}  // namespace resdiff::check
