#pragma once
// The obligation of a clause: its lead (verb), the lead's strength from the lexicon, the
// strongest modal in its text, and whether it binds.
//
// A clause binds when its lead is a decision (category decide, authorize, extend, renew,
// establish) and either the text says "shall"/"must" (strength-5 modal, "Decides that ...
// shall"), or cites Article 25, or the document acts under Chapter VII - where demands bind
// too. Preambular clauses get their lead and the preambular strength (0 in the shipped data):
// reasons bind nobody.

#include "analyze/lexicon.hpp"
#include "analyze/words.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <optional>
#include <vector>
#include <string>
#include <string_view>

namespace resdiff::analyze {

struct ModalMatch {
    std::string phrase;  // as in the lexicon: "shall", "is invited to"
    int strength = 0;
};

// The strongest modal of `text` (the first of equal strength), or nullopt.
std::optional<ModalMatch> strongest_modal(std::string_view text, const Lexicon& lexicon);
std::optional<ModalMatch> strongest_modal(WordSpan words, const Lexicon& lexicon);

// True for the categories whose leads decide something (see above).
bool is_decision(std::string_view category);

// The lead as printed, with the first `text_words` words of the text when the lexicon phrase
// runs on into it ("Calls" + "upon" -> "Calls upon").
std::string lead_phrase(std::string_view lead, std::string_view text, std::size_t text_words);
// The same with the words of `text` already split.
std::string lead_phrase(std::string_view lead, std::string_view text, WordSpan words,
                        std::size_t text_words);

// The obligation of one clause, or nullopt when the clause has no lead. Sets `known` to
// whether the lead is in the lexicon.
std::optional<model::Obligation> obligation_of(const model::Clause& clause, const Lexicon& lexicon,
                                               bool chapter_vii, bool* known = nullptr);
// The same with the words of clause.text already split.
std::optional<model::Obligation> obligation_of(const model::Clause& clause,
                                               WordSpan words,
                                               const Lexicon& lexicon, bool chapter_vii,
                                               bool* known = nullptr);
// The same with the lead split as well (`lead_words`: split_words(*clause.lead)); `lead` is
// set to the operative lexicon's match when one was looked up (an operative lead).
std::optional<model::Obligation> obligation_of(const model::Clause& clause, WordSpan words,
                                               WordSpan lead_words, const Lexicon& lexicon,
                                               bool chapter_vii, bool* known,
                                               Lexicon::LeadMatch* lead = nullptr);

}  // namespace resdiff::analyze
