#include "analyze/clause_semantics.hpp"

#include "analyze/durations.hpp"
#include "analyze/obligations.hpp"
#include "analyze/scope.hpp"
#include "model/document_walk.hpp"

namespace resdiff::analyze {

std::vector<ClauseNode> clause_nodes(model::Document& doc) {
    std::vector<ClauseNode> nodes;
    std::vector<std::size_t> last_at_depth;  // the latest node seen at each depth
    model::for_each_clause(doc.clauses, [&](model::Clause& c, std::size_t depth) {
        if (last_at_depth.size() <= depth) last_at_depth.resize(depth + 1);
        last_at_depth[depth] = nodes.size();
        nodes.push_back({&c, depth == 0 ? ClauseNode::none : last_at_depth[depth - 1]});
    });
    return nodes;
}

ClauseLookup fill_clause(model::Clause& c, WordSpan words, WordSpan lead_words, const Lexicon& lexicon,
                         bool chapter_vii, const DocumentNames& defined, std::vector<std::string> tasks) {
    ClauseLookup lookup;
    // Filled here and moved in only when not empty: most clauses find nothing.
    model::ClauseSemantics found;
    found.obligation = obligation_of(c, words, lead_words, lexicon, chapter_vii, &lookup.known, &lookup.match);
    found.durations = find_durations(c.text, words, lexicon);
    found.scope = scope_without_tasks(c, words, lexicon, defined);
    found.scope.tasks = std::move(tasks);
    c.set_semantics(std::move(found));
    return lookup;
}

std::vector<std::string> task_labels(const model::Clause& c) {
    std::vector<std::string> labels;
    for (const auto& child : c.children) {
        std::string label = task_label(child);
        if (!label.empty()) labels.push_back(std::move(label));
    }
    return labels;
}

bool warns_unknown_lead(const model::Clause& c, bool known) {
    return c.kind == model::ClauseKind::operative && c.lead && !known;
}

model::Warning unknown_lead_warning(const model::Clause& c) {
    return model::Warning{c.line, c.column == 0 ? 1 : c.column, "unknown operative phrase \"" + *c.lead + "\""};
}

bool knows_operative_lead(const model::Clause& c, const Lexicon& lexicon) {
    // obligation_of answers "unknown" for an empty lead without looking it up.
    if (!c.lead || c.lead->empty()) return false;
    // Run-on words only lengthen a match ("Takes note" from "Takes"): a lead known alone is known
    // whatever follows, and the text's head need not be split (this runs on every operative
    // clause of every document loaded).
    if (lexicon.operative_lead(std::string_view(*c.lead))) return true;
    return lexicon.operative_lead(*c.lead, c.text).entry != nullptr;
}

MandateLead top_mandate_lead(const model::Clause& c, WordSpan words, WordSpan lead_words,
                             const ClauseLookup& lookup, const Lexicon& lexicon) {
    if (const auto& obligation = c.obligation())  // a lead of some words: fill_clause looked it up
        return mandate_lead(words, lookup.match, lookup.match.entry ? obligation->verb : std::string(), lexicon);
    const auto m = lexicon.operative_lead(lead_words, c.text, words);
    return mandate_lead(words, m, lead_phrase(c.lead ? *c.lead : std::string(), c.text, words, m.text_words),
                        lexicon);
}

}  // namespace resdiff::analyze
