#include "analyze/clause_analyzer.hpp"

#include "analyze/clause_semantics.hpp"
#include "analyze/mandates.hpp"
#include "analyze/obligations.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace resdiff::analyze {

namespace {
constexpr std::size_t none = ClauseNode::none;

}

ClauseAnalyzer::ClauseAnalyzer(model::Document& doc, const Lexicon& lexicon)
    : lexicon_(lexicon),
      chapter_vii_(doc.legal_basis.chapter_vii),
      defined_(learn_acronyms(doc, lexicon)),
      nodes_(clause_nodes(doc)),
      analyzed_(nodes_.size(), 0) {
    index_.reserve(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) index_.emplace(nodes_[i].clause, i);
}

std::size_t ClauseAnalyzer::index_of(const model::Clause& c) const {
    const auto it = index_.find(&c);
    if (it == index_.end()) throw std::logic_error("ClauseAnalyzer: a clause of another document");
    return it->second;
}

void ClauseAnalyzer::analyze(const model::Clause& c) {
    const std::size_t i = index_of(c);
    if (analyzed_[i]) return;
    model::Clause& clause = *nodes_[i].clause;
    const Words words = split_words(clause.text);
    const Words lead_words = split_words(clause.lead ? std::string_view(*clause.lead) : std::string_view());
    const ClauseLookup lookup =
        fill_clause(clause, words, lead_words, lexicon_, chapter_vii_, defined_, task_labels(clause));
    if (nodes_[i].parent == none) {
        // What is_mandate would work out from the lead and the head of the text, read from the
        // words split above. fill_clause looked the lead up unless it is empty.
        MandateLead lead;
        if (clause.kind == model::ClauseKind::operative && clause.lead) {
            const Lexicon::LeadMatch match =
                clause.lead->empty() ? lexicon_.operative_lead(lead_words, clause.text, words) : lookup.match;
            if (lead_can_mandate(match.entry))
                lead = mandate_lead(mandate_head(clause.text, words), match, std::string(), lexicon_);
        }
        const std::lock_guard<std::mutex> lock(mandates_mutex_);
        mandate_leads_.emplace(i, std::move(lead));
    }
    analyzed_[i] = 1;
}

bool ClauseAnalyzer::analyzed(const model::Clause& c) const { return analyzed_[index_of(c)] != 0; }

bool ClauseAnalyzer::is_mandate(const model::Clause& c) {
    std::size_t i = index_of(c);
    const std::size_t self = i;
    while (nodes_[i].parent != none) i = nodes_[i].parent;
    // Only a top-level clause or one of its items can be a mandate.
    if (i != self && nodes_[self].parent != i) return false;
    using List = std::vector<const model::Clause*>;
    const List* list = nullptr;
    std::optional<MandateLead> analysed;  // the top-level clause's, when it has been analysed
    {
        const std::lock_guard<std::mutex> lock(mandates_mutex_);
        if (const auto found = mandates_.find(i); found != mandates_.end()) list = &found->second;
        else if (const auto lead = mandate_leads_.find(i); lead != mandate_leads_.end()) analysed = lead->second;
    }
    if (!list) {
        // Worked out without the lock, so that the other thread's lookups do not wait: at worst
        // both work out the same list, and the first one filed is kept. A filed list never
        // changes, and the map's nodes never move, so it is read after the lock is released.
        List made;
        const model::Clause& top = *nodes_[i].clause;
        if (analysed) {
            made = mandate_clauses(top, *analysed, lexicon_);
        } else if (top.kind == model::ClauseKind::operative && top.lead &&
                   // The lead looked up with the run-on words of a short head of the text (the
                   // same match as from the whole text's words): most leads can make no mandate,
                   // and then the longer head the mandate test reads is never split.
                   lead_can_mandate(lexicon_.operative_lead(*top.lead, top.text).entry)) {
            // What analyze_document hands add_mandates: the lead looked up with the run-on words.
            const Words words = mandate_head_words(top.text);
            Words lead_words = split_words(*top.lead);
            const auto match = lexicon_.operative_lead(lead_words, top.text, words);
            made = mandate_clauses(top, mandate_lead(words, match, std::string(), lexicon_), lexicon_);
        }
        const std::lock_guard<std::mutex> lock(mandates_mutex_);
        list = &mandates_.emplace(i, std::move(made)).first->second;
    }
    return std::find(list->begin(), list->end(), &c) != list->end();
}

}  // namespace resdiff::analyze
