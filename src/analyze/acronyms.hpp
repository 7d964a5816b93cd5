#pragma once
// Names a document defines for itself: "the United Nations Interim Force in Lebanon (UNIFIL)".
// Learnt once per document, so that a later "UNIFIL" and the spelled-out name are the same
// actor (reported as the acronym), and "the Democratic Republic of the Congo (DRC)" makes
// "DRC" the same place (reported under the gazetteer's name).

#include "analyze/lexicon.hpp"
#include "analyze/phrase_table.hpp"
#include "analyze/words.hpp"
#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace resdiff::analyze {

struct DocumentNames {
    PhraseTable actors;  // acronym and long form -> canonical name
    PhraseTable places;
};

// Adds the definitions found in `text` to `names`.
void learn_acronyms(std::string_view text, const Lexicon& lexicon, DocumentNames& names);
void learn_acronyms(WordSpan words, const Lexicon& lexicon, DocumentNames& names);

// False when `text` cannot define a name (no "(" + capitals + ")"): no need to split it.
bool may_define_acronym(std::string_view text);

// The definitions of every clause (lead and text) and annex of the document.
DocumentNames learn_acronyms(const model::Document& doc, const Lexicon& lexicon);

}  // namespace resdiff::analyze
