#pragma once
// Analysis on demand, for a comparison of large documents: most clauses of a revision are
// unchanged and no finding reads their semantics, so only the clauses the differ classifies are
// analysed. The document-level facts are read first (analyze_document_level: legal basis and
// warnings; here: the names the document defines); each clause asked for then gets exactly the
// fields analyze_document would give it (tests compare the two on the corpus).

#include "analyze/acronyms.hpp"
#include "analyze/clause_semantics.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/mandates.hpp"
#include "analyze/words.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace resdiff::analyze {

class ClauseAnalyzer {
public:
    // `doc` has been through analyze_document_level and must outlive the analyzer; its clauses
    // must not move (the analyzer keeps their addresses).
    ClauseAnalyzer(model::Document& doc, const Lexicon& lexicon);

    // Fills the obligation, durations and scope (with its tasks) of `c`, a clause of the
    // document, the first time it is asked for; later calls do nothing. Two threads may analyse
    // two different clauses at once (each writes only its clause's semantics).
    void analyze(const model::Clause& c);
    // True once analyze(c) has run.
    bool analyzed(const model::Clause& c) const;
    // True when analyze_document would list `c` among doc.mandates. Needs no analysis. Safe
    // from several threads at once.
    bool is_mandate(const model::Clause& c);

private:
    std::size_t index_of(const model::Clause& c) const;

    const Lexicon& lexicon_;
    bool chapter_vii_;
    DocumentNames defined_;
    std::vector<ClauseNode> nodes_;  // document order
    std::vector<std::uint8_t> analyzed_;  // by node index; bytes, so that threads write apart
    std::unordered_map<const model::Clause*, std::size_t> index_;
    // The mandate clauses of each top-level clause looked at so far, by node index.
    std::unordered_map<std::size_t, std::vector<const model::Clause*>> mandates_;
    // What the mandate test reads of each top-level clause analysed so far (its lead and first
    // words, which the analysis has split): is_mandate need not split them again.
    std::unordered_map<std::size_t, MandateLead> mandate_leads_;
    std::mutex mandates_mutex_;  // guards both maps
};

}  // namespace resdiff::analyze
