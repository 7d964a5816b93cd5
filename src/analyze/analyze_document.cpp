#include "analyze/analyze_document.hpp"

#include "analyze/acronyms.hpp"
#include "analyze/durations.hpp"
#include "analyze/legal_basis.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/mandates.hpp"
#include "analyze/obligations.hpp"
#include "analyze/scope.hpp"

#include <algorithm>

namespace resdiff::analyze {

namespace {

void add_warning(model::Document& doc, model::Warning w) {
    // Analysing twice must not repeat a warning.
    const bool seen = std::any_of(doc.warnings.begin(), doc.warnings.end(), [&](const auto& x) {
        return x.line == w.line && x.column == w.column && x.message == w.message;
    });
    if (!seen) doc.warnings.push_back(std::move(w));
}

}  // namespace

void analyze_document(model::Document& doc) { analyze_document(doc, Lexicon::builtin()); }

void analyze_document(model::Document& doc, const Lexicon& lexicon) {
    doc.legal_basis = find_legal_basis(doc);
    const DocumentNames defined = learn_acronyms(doc, lexicon);
    std::vector<model::Warning> unknown;
    model::for_each_clause(doc.clauses, [&](model::Clause& c, std::size_t) {
        bool known = false;
        c.obligation = obligation_of(c, lexicon, doc.legal_basis.chapter_vii, &known);
        if (c.kind == model::ClauseKind::operative && c.lead && !known) {
            unknown.push_back(model::Warning{c.line, c.column == 0 ? 1 : c.column,
                                             "unknown operative phrase \"" + *c.lead + "\""});
        }
        c.durations = find_durations(c.text, lexicon);
        c.scope = scope_of(c, lexicon, defined);
    });
    for (auto& w : unknown) add_warning(doc, std::move(w));
    doc.mandates = find_mandates(doc, lexicon, defined);
}

}  // namespace resdiff::analyze
