#include "analyze/analyze_document.hpp"

#include "analyze/acronyms.hpp"
#include "analyze/durations.hpp"
#include "analyze/legal_basis.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/mandates.hpp"
#include "analyze/obligations.hpp"
#include "analyze/scope.hpp"
#include "analyze/words.hpp"

#include <string>
#include <unordered_set>

namespace resdiff::analyze {

namespace {

// Adds the new warnings, skipping any already present: analysing twice must not repeat one.
// A set, not a scan per warning: a long text may carry thousands.
void add_warnings(model::Document& doc, std::vector<model::Warning> fresh) {
    auto key = [](const model::Warning& w) {
        return std::to_string(w.line) + ":" + std::to_string(w.column) + ":" + w.message;
    };
    std::unordered_set<std::string> seen;
    for (const auto& w : doc.warnings) seen.insert(key(w));
    for (auto& w : fresh) {
        if (seen.insert(key(w)).second) doc.warnings.push_back(std::move(w));
    }
}

// A clause and its text split into words once: every scanner reads the same words.
struct Split {
    model::Clause* clause;
    std::vector<Word> words;
};

}  // namespace

void analyze_document(model::Document& doc) { analyze_document(doc, Lexicon::builtin()); }

void analyze_document(model::Document& doc, const Lexicon& lexicon) {
    doc.legal_basis = find_legal_basis(doc);
    std::vector<Split> clauses;
    model::for_each_clause(doc.clauses, [&](model::Clause& c, std::size_t) {
        clauses.push_back({&c, split_words(c.text)});
    });
    // Definitions first: a name defined in op5 is known in op2 as well.
    DocumentNames defined;
    for (const auto& s : clauses) {
        if (s.clause->text.find('(') != std::string::npos) learn_acronyms(s.words, lexicon, defined);
    }
    for (const auto& annex : doc.annexes) learn_acronyms(annex.text, lexicon, defined);

    std::vector<model::Warning> unknown;
    for (const auto& [c, words] : clauses) {
        bool known = false;
        c->obligation = obligation_of(*c, words, lexicon, doc.legal_basis.chapter_vii, &known);
        if (c->kind == model::ClauseKind::operative && c->lead && !known) {
            unknown.push_back(model::Warning{c->line, c->column == 0 ? 1 : c->column,
                                             "unknown operative phrase \"" + *c->lead + "\""});
        }
        c->durations = find_durations(c->text, words, lexicon);
        c->scope = scope_of(*c, words, lexicon, defined);
    }
    add_warnings(doc, std::move(unknown));
    doc.mandates = find_mandates(doc, lexicon, defined);
}

}  // namespace resdiff::analyze
