#pragma once
// Fills the semantic fields of a parsed document: obligations, durations, scope, legal basis,
// mandates. Pure: no I/O.

#include "model/document.hpp"

namespace resdiff::analyze {

class Lexicon;

// Analyzes with the built-in lexicon.
void analyze_document(model::Document& doc);
// Analyzes with a given lexicon (built-in extended by a user file, for instance).
void analyze_document(model::Document& doc, const Lexicon& lexicon);

// The document-level part alone: legal basis and the warnings on unknown operative phrases (the
// same, in the same order, as analyze_document's). The clauses' semantic fields stay empty and
// doc.mandates too; a ClauseAnalyzer fills the clauses that are needed (a comparison's).
void analyze_document_level(model::Document& doc, const Lexicon& lexicon);

}  // namespace resdiff::analyze
