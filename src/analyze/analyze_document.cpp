#include "analyze/analyze_document.hpp"

#include "analyze/acronyms.hpp"
#include "analyze/clause_semantics.hpp"
#include "analyze/legal_basis.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/mandates.hpp"
#include "analyze/scope.hpp"
#include "analyze/semantics_pool.hpp"
#include "analyze/words.hpp"

#include <string>
#include <unordered_set>

namespace resdiff::analyze {

namespace {

// Adds the new warnings, skipping any already present: analysing twice must not repeat one.
// A set, not a scan per warning: a long text may carry thousands.
void add_warnings(model::Document& doc, std::vector<model::Warning> fresh) {
    if (fresh.empty()) return;
    auto key = [](const model::Warning& w) {
        return std::to_string(w.line) + ":" + std::to_string(w.column) + ":" + w.message;
    };
    std::unordered_set<std::string> seen;
    for (const auto& w : doc.warnings) seen.insert(key(w));
    for (auto& w : fresh) {
        if (seen.insert(key(w)).second) doc.warnings.push_back(std::move(w));
    }
}

constexpr std::size_t none = ClauseNode::none;

}  // namespace

void analyze_document(model::Document& doc) { analyze_document(doc, Lexicon::builtin()); }

void analyze_document(model::Document& doc, const Lexicon& lexicon) {
    doc.legal_basis = find_legal_basis(doc);
    const std::vector<ClauseNode> nodes = clause_nodes(doc);
    // Each clause is split into the same two buffers in turn: no per-clause allocation, and
    // the memory of the longest clause only.
    Words words;
    Words lead_words;

    // Definitions first: a name defined in op5 is known in op2 as well.
    const DocumentNames defined = learn_acronyms(doc, lexicon);

    std::vector<model::Warning> unknown;
    std::vector<model::Mandate> mandates;
    // The mandates of a top-level clause are read once its sub-paragraphs are analysed too:
    // when the next top-level clause comes, or at the end.
    const model::Clause* pending = nullptr;
    MandateLead pending_lead;
    auto flush = [&] {
        if (pending) add_mandates(*pending, pending_lead, lexicon, defined, mandates);
        pending = nullptr;
    };
    // Equal semantics share one box. A clause's are final only once its whole top-level subtree
    // is read (a parent gets its tasks from its sub-paragraphs): a subtree is interned when the
    // next top-level clause comes, or at the end, so that one subtree at most holds boxes of its
    // own, not the whole document.
    SemanticsPool pool;
    std::size_t subtree_begin = 0;  // node index of the top-level clause read last
    auto intern_subtree = [&](std::size_t end) {
        for (std::size_t i = subtree_begin; i < end; ++i) pool.intern(*nodes[i].clause);
        subtree_begin = end;
    };
    for (std::size_t at = 0; at < nodes.size(); ++at) {
        const ClauseNode& node = nodes[at];
        model::Clause* c = node.clause;
        if (node.parent == none) {
            flush();
            intern_subtree(at);
        }
        split_words(c->text, words);
        split_words(c->lead ? std::string_view(*c->lead) : std::string_view(), lead_words);
        // No tasks yet: they come with the sub-paragraphs, read next.
        const ClauseLookup lookup =
            fill_clause(*c, words, lead_words, lexicon, doc.legal_basis.chapter_vii, defined, {});
        if (warns_unknown_lead(*c, lookup.known)) unknown.push_back(unknown_lead_warning(*c));
        if (node.parent != none) {
            // The parent came first (its semantics are set): the label is one of its tasks, and
            // a parent in which nothing else was found gets its box now.
            std::string label = task_label(*c, words);
            if (!label.empty())
                nodes[node.parent].clause->semantics_to_fill().scope.tasks.push_back(std::move(label));
        }
        if (node.parent == none && c->kind == model::ClauseKind::operative && c->lead) {
            pending_lead = top_mandate_lead(*c, words, lead_words, lookup, lexicon);
            pending = c;
        }
    }
    flush();
    intern_subtree(nodes.size());
    add_warnings(doc, std::move(unknown));
    doc.mandates = std::move(mandates);
}

void analyze_document_level(model::Document& doc, const Lexicon& lexicon) {
    doc.legal_basis = find_legal_basis(doc);
    std::vector<model::Warning> unknown;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        if (c.kind == model::ClauseKind::operative && warns_unknown_lead(c, knows_operative_lead(c, lexicon)))
            unknown.push_back(unknown_lead_warning(c));
    });
    add_warnings(doc, std::move(unknown));
}

}  // namespace resdiff::analyze
