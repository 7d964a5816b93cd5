#pragma once
// The steps that fill one clause's semantic fields, shared by the whole-document analysis
// (analyze_document) and the analysis on demand (ClauseAnalyzer): one definition, so that a
// clause analysed alone gets exactly what the whole-document pass gives it. A clause's semantics
// depend on its own words, on the labels of its sub-paragraphs (its tasks) and on two facts of
// the whole document: the names it defines and whether it acts under Chapter VII.

#include "analyze/acronyms.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/mandates.hpp"
#include "analyze/words.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace resdiff::analyze {

// A clause in document order (parents before children) and its parent's place in the list.
struct ClauseNode {
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    model::Clause* clause;
    std::size_t parent;  // index in the node list, or none for a top-level clause
};
// Every clause of the document, walked without recursion (nesting depth comes from the input).
std::vector<ClauseNode> clause_nodes(model::Document& doc);

// What a clause's analysis reports beyond its own fields.
struct ClauseLookup {
    bool known = false;          // the lexicon knows its lead
    Lexicon::LeadMatch match{};  // an operative lead's lookup (with run-on words)
};

// Sets c's semantics (replacing any) from the words of c.text and of c.lead (both split by the
// caller), with `tasks` as its scope's tasks. A clause in which nothing is found gets no box.
ClauseLookup fill_clause(model::Clause& c, WordSpan words, WordSpan lead_words, const Lexicon& lexicon,
                         bool chapter_vii, const DocumentNames& defined, std::vector<std::string> tasks);

// The task labels of c's sub-paragraphs, in order: what c.scope().tasks holds once they are read.
std::vector<std::string> task_labels(const model::Clause& c);

// An operative clause with a lead the lexicon does not know gets a warning (not an error: the
// text stays usable, its obligation has strength 0).
bool warns_unknown_lead(const model::Clause& c, bool known);
model::Warning unknown_lead_warning(const model::Clause& c);

// Whether the lexicon knows an operative clause's lead, from the lead and the first words of the
// text only: what fill_clause reports as `known`, without splitting the whole text.
bool knows_operative_lead(const model::Clause& c, const Lexicon& lexicon);

// What add_mandates needs to know of a top-level operative clause with a lead.
MandateLead top_mandate_lead(const model::Clause& c, WordSpan words, WordSpan lead_words,
                             const ClauseLookup& lookup, const Lexicon& lexicon);

}  // namespace resdiff::analyze
