#pragma once
// Mandate records: operative clauses that establish, authorise, renew or extend something.
// A clause is one when its lead's category is authorize, extend, renew or establish
// ("Authorizes", "Extends once again"), or when a decision's text begins with a mandate action
// of the lexicon ("Decides to extend ...", "Decides that the mandate ... shall be renewed").
// In the old "Decides: (a) ... (b) To renew the mandate ..." form the sub-paragraph is the
// mandate, with the parent's verb. Needs the clauses analysed first (durations, scope).

#include "analyze/acronyms.hpp"
#include "analyze/lexicon.hpp"
#include "model/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

// The action of a mandate: the clause text up to its first ",", ";" or ":" (numbers such as
// "19,626" do not cut), at most 240 bytes, cut at a word.
std::string mandate_action(std::string_view text);

// The body mandated: the name after "mandate of" / "deployment of" / "authorizations of",
// else the object of "Authorizes ... to"; reported under its canonical name when known.
std::optional<std::string> mandate_actor(std::string_view action, const Lexicon& lexicon,
                                         const DocumentNames& defined);

std::vector<model::Mandate> find_mandates(const model::Document& doc, const Lexicon& lexicon,
                                          const DocumentNames& defined);

// What find_mandates reads of a top-level operative clause's lead and first words, for a
// caller that has already split and looked them up (analyze_document does, for obligations).
struct MandateLead {
    const LexEntry* entry = nullptr;  // Lexicon::operative_lead(lead, text).entry
    std::string verb;                 // lead_phrase(lead, text, text_words)
    bool begins_with_action = false;  // the text after the run-on words opens with an action
};
MandateLead mandate_lead(WordSpan words, const Lexicon::LeadMatch& lead, std::string verb,
                         const Lexicon& lexicon);
// The words a mandate test reads of a text, from its start: a lead's run-on words (4 at most),
// a parenthetical (under 16), then "to" + an action, or "that" and up to 30 words to "shall be
// <participle>" — about 55 words. A long text is split only up to a blank that leaves 64 words
// or more (the words before a blank are the whole text's); a shorter one whole.
Words mandate_head_words(std::string_view text);
// The same words, taken from `words` (split_words(text)) instead of splitting again.
WordSpan mandate_head(std::string_view text, WordSpan words);

// Whether `text` begins with a mandate action: "to" + an action of the lexicon (after a
// parenthetical between commas, "further" or "also"), or "that ... shall be <participle>".
bool begins_with_mandate_action(std::string_view text, const Lexicon& lexicon);
// False when lead + " " + text (text alone when lead is empty) cannot begin with a mandate
// action, read from its first word only; true when it may.
bool may_begin_with_mandate_action(std::string_view lead, std::string_view text);

// Whether a clause whose lead is `entry` (Lexicon::operative_lead) can be or hold a mandate at
// all: a lead of the mandate categories, or a decision. Most leads ("Requests", "Urges") cannot,
// and then nothing past the lead needs reading.
bool lead_can_mandate(const LexEntry* entry);

// The clauses that are mandates, of one top-level operative clause with a lead: the clause
// itself, some of its items, or none. Reads only leads and texts, not the analysis.
std::vector<const model::Clause*> mandate_clauses(const model::Clause& clause, const MandateLead& lead,
                                                  const Lexicon& lexicon);
// The mandates of one top-level operative clause with a lead (the clause itself, or its
// items), appended to `out`. The clause and its sub-paragraphs must be analysed already.
void add_mandates(const model::Clause& clause, const MandateLead& lead, const Lexicon& lexicon,
                  const DocumentNames& defined, std::vector<model::Mandate>& out);

}  // namespace resdiff::analyze
