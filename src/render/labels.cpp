#include "render/labels.hpp"

#include <algorithm>

namespace resdiff::render::detail {

const char* status_name(diff::Status s) {
    switch (s) {
    case diff::Status::unchanged: return "unchanged";
    case diff::Status::modified: return "modified";
    case diff::Status::added: return "added";
    case diff::Status::removed: return "removed";
    }
    return "unchanged";
}

const char* category_name(diff::Category c) {
    switch (c) {
    case diff::Category::obligation: return "obligation";
    case diff::Category::duration: return "duration";
    case diff::Category::scope: return "scope";
    case diff::Category::wording: return "wording";
    }
    return "wording";
}

const char* direction_name(diff::Direction d) {
    switch (d) {
    case diff::Direction::strengthened: return "strengthened";
    case diff::Direction::weakened: return "weakened";
    case diff::Direction::extended: return "extended";
    case diff::Direction::shortened: return "shortened";
    case diff::Direction::broadened: return "broadened";
    case diff::Direction::narrowed: return "narrowed";
    case diff::Direction::changed: return "changed";
    }
    return "changed";
}

const char* edit_op_name(diff::EditOp op) {
    switch (op) {
    case diff::EditOp::equal: return "equal";
    case diff::EditOp::insert: return "insert";
    case diff::EditOp::remove: return "delete";
    }
    return "equal";
}

int category_rank(diff::Category c) {
    switch (c) {
    case diff::Category::obligation: return 0;
    case diff::Category::duration: return 1;
    case diff::Category::scope: return 2;
    case diff::Category::wording: return 3;
    }
    return 3;
}

std::string status_flags(const diff::ClauseEntry& e) {
    std::string s = status_name(e.status);
    if (e.moved) s += ", moved";
    if (e.renumbered) s += ", renumbered";
    if (e.split_from) s += ", split from " + *e.split_from;
    if (e.merged_into) s += ", merged into " + *e.merged_into;
    return s;
}

std::string pair_label(const diff::ClauseEntry& e) {
    if (e.old_id && e.new_id && *e.old_id != *e.new_id) return *e.old_id + " \u2192 " + *e.new_id;
    if (e.new_id) return *e.new_id;
    if (e.old_id) return *e.old_id;
    return "?";
}

std::string finding_title(const diff::Finding& f) {
    std::string s = category_name(f.category);
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    s += ' ';
    s += direction_name(f.direction);
    return s;
}

std::vector<RankedFinding> ranked_findings(const diff::DocumentDiff& d) {
    std::vector<RankedFinding> out;
    for (const auto& e : d.entries)
        for (const auto& f : e.findings) out.push_back({&e, &f});
    std::stable_sort(out.begin(), out.end(), [](const RankedFinding& a, const RankedFinding& b) {
        return category_rank(a.finding->category) < category_rank(b.finding->category);
    });
    return out;
}

bool quote_texts(const diff::Finding& f) {
    if (f.old_text.empty() || f.new_text.empty()) return false;
    return f.message.find(f.old_text) == std::string::npos ||
           f.message.find(f.new_text) == std::string::npos;
}

bool is_shown(const diff::ClauseEntry& e) {
    return e.status != diff::Status::unchanged || e.moved || !e.findings.empty() ||
           e.split_from || e.merged_into;
}

bool text_unchanged(const diff::ClauseEntry& e) {
    if (e.status != diff::Status::unchanged) return false;
    return std::all_of(e.edits.begin(), e.edits.end(),
                       [](const diff::Edit& x) { return x.op == diff::EditOp::equal; });
}

std::string clause_words(const model::Clause& c) {
    std::string s = c.lead.value_or("");
    if (!s.empty() && !c.text.empty()) {
        const char first = c.text.front();
        if (first != ',' && first != ';' && first != ':' && first != '.') s += ' ';
    }
    s += c.text;
    return s;
}

std::string document_label(const model::Document* doc) {
    if (!doc) return "(none)";
    std::string s = doc->metadata.symbol ? *doc->metadata.symbol : doc->source;
    if (doc->metadata.date) s += " (" + *doc->metadata.date + ")";
    return s;
}

}  // namespace resdiff::render::detail
