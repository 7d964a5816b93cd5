#include "diff/classify.hpp"

#include "diff/classify_detail.hpp"
#include "text/fold.hpp"

#include <algorithm>

namespace resdiff::diff {

namespace detail {

Finding make_finding(Category c, Direction d, std::string old_text, std::string new_text,
                     std::string message) {
    Finding f;
    f.category = c;
    f.direction = d;
    f.old_text = std::move(old_text);
    f.new_text = std::move(new_text);
    f.message = std::move(message);
    return f;
}

std::string quote(std::string_view text) {
    constexpr std::size_t limit = 80;  // bytes; cut on a blank, never inside a UTF-8 sequence
    std::string s = text::collapse_spaces(text);
    if (s.size() > limit) {
        std::size_t cut = s.rfind(' ', limit);
        if (cut == std::string::npos || cut < limit / 2) {
            cut = limit;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        }
        s = s.substr(0, cut) + " …";
    }
    return "“" + s + "”";
}

std::string phrase_key(std::string_view text) { return text::ascii_lower(text::fold_for_compare(text)); }

}  // namespace detail

namespace {

using detail::make_finding;
using detail::phrase_key;
using detail::quote;

std::string clause_name(const model::Clause& c) {
    std::string kind = c.kind == model::ClauseKind::preambular  ? "preambular paragraph"
                       : c.kind == model::ClauseKind::operative ? "operative paragraph"
                                                                : "sub-paragraph";
    if (c.number) kind += " " + *c.number;
    return kind;
}

std::string full_text(const model::Clause& c) {
    if (c.lead && !c.text.empty()) return *c.lead + " " + c.text;
    return c.lead ? *c.lead : c.text;
}

// The headline of an added or removed clause.
Finding whole_clause_finding(const ClauseEntry& e) {
    const bool added = e.status == Status::added;
    const model::Clause& c = added ? *e.new_clause : *e.old_clause;
    const std::string body = full_text(c);
    if (added && e.split_from)
        return make_finding(Category::wording, Direction::changed, "", body,
                            "text of " + *e.split_from + " split off into a new " + clause_name(c) +
                                ": " + quote(body));
    if (!added && e.merged_into)
        return make_finding(Category::wording, Direction::changed, body, "",
                            clause_name(c) + " merged into " + *e.merged_into + ": " + quote(body));
    if (c.kind == model::ClauseKind::subparagraph)
        return make_finding(Category::scope, added ? Direction::broadened : Direction::narrowed,
                            added ? "" : body, added ? body : "",
                            std::string(added ? "task added: " : "task removed: ") + quote(body));
    return make_finding(Category::wording, Direction::changed, added ? "" : body, added ? body : "",
                        clause_name(c) + (added ? " added: " : " removed: ") + quote(body));
}

// Phrases the semantic findings already account for, as keys.
std::vector<std::string> explained_phrases(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        for (const std::string* t : {&f.old_text, &f.new_text}) {
            std::size_t start = 0;
            while (start <= t->size()) {  // obligation texts are "verb … modal"
                std::size_t end = t->find("…", start);
                if (end == std::string::npos) end = t->size();
                auto k = phrase_key(std::string_view(*t).substr(start, end - start));
                if (!k.empty()) out.push_back(std::move(k));
                start = end + std::string_view("…").size();
            }
        }
    return out;
}

bool explained(const std::string& piece, const std::vector<std::string>& phrases) {
    const auto k = phrase_key(piece);
    if (k.empty()) return false;
    for (const auto& p : phrases)
        if (k.find(p) != std::string::npos || p.find(k) != std::string::npos) return true;
    return false;
}

// One wording finding per edited phrase (a run of remove/insert) that nothing else explains.
void wording_findings(const std::vector<Edit>& edits, std::vector<Finding>& out) {
    const auto phrases = explained_phrases(out);
    for (std::size_t i = 0; i < edits.size(); ++i) {
        if (edits[i].op == EditOp::equal) continue;
        std::string gone, came;
        for (; i < edits.size() && edits[i].op != EditOp::equal; ++i)
            (edits[i].op == EditOp::remove ? gone : came) += edits[i].text;
        --i;
        if (explained(gone, phrases) || explained(came, phrases)) continue;
        const auto g = text::collapse_spaces(gone), c = text::collapse_spaces(came);
        std::string message = g.empty()   ? quote(c) + " inserted"
                              : c.empty() ? quote(g) + " deleted"
                                          : quote(g) + " replaced by " + quote(c);
        out.push_back(make_finding(Category::wording, Direction::changed, g, c, std::move(message)));
    }
}

}  // namespace

bool is_mandate(const model::Document& doc, const ClauseId& id) {
    return id && std::any_of(doc.mandates.begin(), doc.mandates.end(),
                             [&](const model::Mandate& m) { return m.clause == *id; });
}

std::vector<Finding> classify_entry(const ClauseEntry& entry, const model::Document& old_doc,
                                    const model::Document& new_doc) {
    if (entry.status == Status::unchanged) return {};
    return classify_entry(entry, is_mandate(old_doc, entry.old_id) || is_mandate(new_doc, entry.new_id));
}

std::vector<Finding> classify_entry(const ClauseEntry& entry, bool mandate) {
    std::vector<Finding> out;
    if (entry.status == Status::unchanged) return out;
    const bool whole = entry.status != Status::modified;
    if (whole) out.push_back(whole_clause_finding(entry));
    detail::compare_obligation(entry.old_clause, entry.new_clause, out);
    detail::compare_durations(entry.old_clause, entry.new_clause, mandate, out);
    detail::compare_scope(entry.old_clause, entry.new_clause, out);
    if (!whole) wording_findings(entry.edits, out);
    return out;
}

std::vector<DocumentFinding> classify_document(const model::Document& old_doc,
                                               const model::Document& new_doc) {
    std::vector<DocumentFinding> out;
    const auto& o = old_doc.legal_basis;
    const auto& n = new_doc.legal_basis;
    if (o.chapter_vii == n.chapter_vii) return out;
    DocumentFinding d;
    d.old_id = o.clause;
    d.new_id = n.clause;
    const std::string words = "Acting under Chapter VII of the Charter of the United Nations";
    d.finding = n.chapter_vii
                    ? make_finding(Category::obligation, Direction::strengthened, "", words,
                                   "now adopted under Chapter VII of the Charter (binding on all Member States)")
                    : make_finding(Category::obligation, Direction::weakened, words, "",
                                   "no longer adopted under Chapter VII of the Charter");
    out.push_back(std::move(d));
    return out;
}

}  // namespace resdiff::diff
