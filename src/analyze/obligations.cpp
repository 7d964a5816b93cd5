#include "analyze/obligations.hpp"

#include "analyze/words.hpp"

namespace resdiff::analyze {

std::optional<ModalMatch> strongest_modal(std::string_view text, const Lexicon& lexicon) {
    return strongest_modal(split_words(text), lexicon);
}

std::optional<ModalMatch> strongest_modal(WordSpan words, const Lexicon& lexicon) {
    std::optional<ModalMatch> best;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // Exact case: "may" is a modal, "May" a month.
        auto m = lexicon.modals().match_at(words, i, CaseMode::exact);
        if (!m) continue;
        if (!best || m.entry->value > best->strength) {
            best = ModalMatch{m.entry->phrase, m.entry->value};
        }
        i += m.words - 1;
    }
    return best;
}

bool is_decision(std::string_view category) {
    return category == "decide" || category == "authorize" || category == "extend" ||
           category == "renew" || category == "establish";
}

std::string lead_phrase(std::string_view lead, std::string_view text, std::size_t text_words) {
    if (text_words == 0) return std::string(lead);
    return lead_phrase(lead, text, split_words(text), text_words);
}

std::string lead_phrase(std::string_view lead, std::string_view text, WordSpan words,
                        std::size_t text_words) {
    std::string phrase(lead);
    if (text_words == 0 || text_words > words.size()) return phrase;
    phrase += ' ';
    phrase += span_text(text, words, 0, text_words - 1);
    return phrase;
}

namespace {

bool cites_article_25(WordSpan words) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].lower == "article" && words[i + 1].lower == "25") return true;
    }
    return false;
}

}  // namespace

std::optional<model::Obligation> obligation_of(const model::Clause& clause, const Lexicon& lexicon,
                                               bool chapter_vii, bool* known) {
    return obligation_of(clause, split_words(clause.text), lexicon, chapter_vii, known);
}

std::optional<model::Obligation> obligation_of(const model::Clause& clause,
                                               WordSpan words,
                                               const Lexicon& lexicon, bool chapter_vii,
                                               bool* known) {
    if (known) *known = false;
    if (!clause.lead || clause.lead->empty()) return std::nullopt;
    return obligation_of(clause, words, split_words(*clause.lead), lexicon, chapter_vii, known);
}

std::optional<model::Obligation> obligation_of(const model::Clause& clause, WordSpan words,
                                               WordSpan lead_words, const Lexicon& lexicon,
                                               bool chapter_vii, bool* known,
                                               Lexicon::LeadMatch* lead) {
    if (known) *known = false;
    if (!clause.lead || clause.lead->empty()) return std::nullopt;
    model::Obligation ob;
    if (clause.kind == model::ClauseKind::preambular) {
        ob.verb = *clause.lead;
        const LexEntry* e = lexicon.preambular_lead(lead_words);
        if (known) *known = e != nullptr;
        ob.strength = e ? e->value : 0;
        return ob;
    }
    const auto match = lexicon.operative_lead(lead_words, clause.text, words);
    if (lead) *lead = match;
    const LexEntry* e = match.entry;
    if (known) *known = e != nullptr;
    ob.verb = lead_phrase(*clause.lead, clause.text, words, match.text_words);
    const auto modal = strongest_modal(words, lexicon);
    if (modal) ob.modal = modal->phrase;
    if (!e) return ob;  // unknown lead: strength 0, the caller warns
    ob.strength = e->value;
    if (is_decision(e->kind)) {
        ob.binding = chapter_vii || (modal && modal->strength >= 5) || cites_article_25(words);
    } else if (e->kind == "demand") {
        ob.binding = chapter_vii;
    }
    return ob;
}

}  // namespace resdiff::analyze
