#include "analyze/mandates.hpp"

#include "analyze/names.hpp"
#include "analyze/obligations.hpp"
#include "analyze/words.hpp"

#include <algorithm>

namespace resdiff::analyze {

namespace {

// Does `text` begin with "to <action>" (or "that ... shall be <participle>")?
bool begins_with_mandate_action(WordSpan w, const Lexicon& lexicon) {
    std::size_t i = 0;
    // "Decides, acting under Chapter VII, to extend": skip a parenthetical between commas.
    if (i < w.size() && w[i].text == ",") {
        std::size_t k = i + 1;
        while (k < w.size() && k < 16 && w[k].text != ",") ++k;
        if (k < w.size() && w[k].text == ",") i = k + 1;
    }
    if (word_is(w, i, "to")) {
        if (word_is(w, i + 1, "further") || word_is(w, i + 1, "also")) ++i;
        return static_cast<bool>(lexicon.mandate_actions().match_at(w, i + 1, CaseMode::insensitive));
    }
    if (word_is(w, i, "that")) {
        // Within the first sentence part: "that the mandate of UNMIS shall be extended".
        for (std::size_t k = i + 1; k < w.size() && k < i + 30; ++k) {
            if (w[k].text == ";" || w[k].text == ":") break;
            if ((w[k].lower == "be" || w[k].lower == "is" || w[k].lower == "are") && k + 1 < w.size()) {
                for (const auto& e : lexicon.mandate_actions().entries()) {
                    if (w[k + 1].lower == e.kind) return true;
                }
            }
        }
    }
    return false;
}

// The words after the first n (those a run-on lead took: "Decides" + "further"). A text split
// from a word on gives the same words as the whole text split, from that word on.
WordSpan after_words(WordSpan words, std::size_t n) {
    return n < words.size() ? words.subspan(n) : WordSpan();
}

bool is_mandate_category(std::string_view category) {
    return category == "authorize" || category == "extend" || category == "renew" ||
           category == "establish";
}

model::Mandate make_mandate(const model::Clause& clause, const std::string& verb,
                            const Lexicon& lexicon, const DocumentNames& defined) {
    model::Mandate m;
    m.clause = clause.id;
    m.verb = verb;
    std::string text = clause.text;
    // A sub-paragraph without a lead carries its action in its text ("To renew ...").
    if (clause.kind == model::ClauseKind::subparagraph && clause.lead) {
        text = *clause.lead + " " + clause.text;
    }
    m.action = mandate_action(text);
    m.actor = mandate_actor(m.action, lexicon, defined);
    for (const auto& d : clause.durations()) {
        if (!m.until && d.until &&
            (d.role == model::DurationRole::until)) {
            m.until = d.until;
        }
        if (!m.period && d.period &&
            (d.role == model::DurationRole::until || d.role == model::DurationRole::period)) {
            m.period = d.period;
        }
    }
    m.places = clause.scope().places;
    m.tasks = clause.scope().tasks;
    return m;
}

// The first word of `text` when it can be read from a short prefix, else nullopt. The prefix ends
// before a ' ', where every token ends: its words are the first words of the whole text.
std::optional<Word> first_word(std::string_view text) {
    constexpr std::size_t max_bytes = 48;
    const std::size_t cut = text.find(' ');
    if (cut == 0 || (cut == std::string_view::npos ? text.size() : cut) > max_bytes) return std::nullopt;
    thread_local Words words;
    split_words(text.substr(0, cut), words);
    if (words.empty()) return std::nullopt;
    return words[0];
}

}  // namespace

bool begins_with_mandate_action(std::string_view text, const Lexicon& lexicon) {
    return begins_with_mandate_action(mandate_head_words(text), lexicon);
}

bool may_begin_with_mandate_action(std::string_view lead, std::string_view text) {
    // Most items of a decision are turned away by their first word, without splitting their heads.
    const std::optional<Word> w = first_word(lead.empty() ? text : lead);
    return !w || w->text == "," || w->lower == "to" || w->lower == "that";
}

namespace {

constexpr std::size_t head_bytes = 512, enough_words = 64;

// Where mandate_head_words cuts `text` (text.size() when it does not).
std::size_t mandate_head_cut(std::string_view text) {
    if (text.size() <= head_bytes) return text.size();
    const std::size_t cut = text.rfind(' ', head_bytes);
    return cut != std::string_view::npos && cut > 0 ? cut : text.size();
}

}  // namespace

Words mandate_head_words(std::string_view text) {
    const std::size_t cut = mandate_head_cut(text);
    if (cut < text.size()) {
        Words head = split_words(text.substr(0, cut));
        if (head.size() >= enough_words) return head;
    }
    return split_words(text);
}

WordSpan mandate_head(std::string_view text, WordSpan words) {
    // text[cut] is a ' ', where every token ends: the words of text.substr(0, cut) are the
    // text's words that begin before it.
    const std::size_t cut = mandate_head_cut(text);
    if (cut == text.size()) return words;
    const auto end = std::partition_point(words.begin(), words.end(), [&](const Word& w) { return w.begin < cut; });
    const auto n = static_cast<std::size_t>(end - words.begin());
    return n >= enough_words ? words.first(n) : words;
}

std::string mandate_action(std::string_view text) {
    std::size_t end = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ';' || c == ':') {
            end = i;
            break;
        }
        if (c == ',' && !(i > 0 && i + 1 < text.size() && text[i - 1] >= '0' && text[i - 1] <= '9' &&
                          text[i + 1] >= '0' && text[i + 1] <= '9')) {
            // "Decides, acting under Chapter VII, to ...": a comma in the first words opens
            // a parenthetical, not the end of the action.
            if (i < 3) continue;
            end = i;
            break;
        }
    }
    constexpr std::size_t max_bytes = 240;
    if (end > max_bytes) {
        end = max_bytes;
        while (end > 0 && text[end] != ' ') --end;
    }
    std::string_view action = text.substr(0, end);
    while (!action.empty() && (action.back() == ' ' || action.back() == '.')) action.remove_suffix(1);
    while (!action.empty() && (action.front() == ',' || action.front() == ' ')) action.remove_prefix(1);
    return std::string(action);
}

std::optional<std::string> mandate_actor(std::string_view action, const Lexicon& lexicon,
                                         const DocumentNames& defined) {
    const auto w = split_words(action);
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        const std::string_view lw = w[i].lower;
        if ((lw == "mandate" || lw == "mandates" || lw == "deployment" || lw == "authorizations" ||
             lw == "authorisations" || lw == "presence" || lw == "measures") &&
            w[i + 1].lower == "of") {
            std::size_t j = i + 2;
            if (word_is(w, j, "the")) ++j;
            // A known name right there wins ("the mandate of UNMIS").
            for (const auto* table : {&defined.actors, &lexicon.actors()}) {
                if (auto m = table->match_at(w, j, CaseMode::proper)) return m.entry->name();
            }
            // Else the capitalised run: "the Panel of Experts originally appointed ...".
            std::size_t k = j;
            while (k < w.size() && !w[k].punct &&
                   ((first_char(w[k].key) >= 'A' && first_char(w[k].key) <= 'Z') ||
                    ((w[k].lower == "of" || w[k].lower == "for" || w[k].lower == "in" ||
                      w[k].lower == "the") &&
                     k + 1 < w.size() && first_char(w[k + 1].key) >= 'A' && first_char(w[k + 1].key) <= 'Z'))) {
                ++k;
            }
            if (k > j) return std::string(span_text(action, w, j, k - 1));
        }
    }
    // Otherwise the first actor named ("Authorizes the Member States of the African Union").
    Names names = find_names(action, w, lexicon, defined);
    if (!names.actors.empty()) return names.actors.front();
    return std::nullopt;
}

MandateLead mandate_lead(WordSpan words, const Lexicon::LeadMatch& lead, std::string verb,
                         const Lexicon& lexicon) {
    MandateLead m;
    m.entry = lead.entry;
    if (!m.entry) return m;
    m.verb = std::move(verb);
    m.begins_with_action = !is_mandate_category(m.entry->kind) && is_decision(m.entry->kind) &&
                           begins_with_mandate_action(after_words(words, lead.text_words), lexicon);
    return m;
}

std::vector<model::Mandate> find_mandates(const model::Document& doc, const Lexicon& lexicon,
                                          const DocumentNames& defined) {
    std::vector<model::Mandate> out;
    for (const auto& clause : doc.clauses) {
        if (clause.kind != model::ClauseKind::operative || !clause.lead) continue;
        const auto words = split_words(clause.text);
        const auto match = lexicon.operative_lead(split_words(*clause.lead), clause.text, words);
        if (!match.entry) continue;
        add_mandates(clause,
                     mandate_lead(words, match,
                                  lead_phrase(*clause.lead, clause.text, words, match.text_words),
                                  lexicon),
                     lexicon, defined, out);
    }
    return out;
}

bool lead_can_mandate(const LexEntry* entry) {
    return entry && (is_mandate_category(entry->kind) || is_decision(entry->kind));
}

std::vector<const model::Clause*> mandate_clauses(const model::Clause& clause, const MandateLead& lead,
                                                  const Lexicon& lexicon) {
    std::vector<const model::Clause*> out;
    const LexEntry* e = lead.entry;
    if (!e) return out;
    if (is_mandate_category(e->kind) || (is_decision(e->kind) && lead.begins_with_action)) {
        out.push_back(&clause);
        return out;
    }
    if (!is_decision(e->kind)) return out;
    // "Decides: (a) ... (b) To renew the mandate ...": the items are the mandates.
    for (const auto& child : clause.children) {
        const bool action =
            may_begin_with_mandate_action(child.lead ? std::string_view(*child.lead) : std::string_view(),
                                          child.text) &&
            (child.lead ? begins_with_mandate_action(*child.lead + " " + child.text, lexicon)
                        : begins_with_mandate_action(std::string_view(child.text), lexicon));
        if (action) out.push_back(&child);
    }
    return out;
}

void add_mandates(const model::Clause& clause, const MandateLead& lead, const Lexicon& lexicon,
                  const DocumentNames& defined, std::vector<model::Mandate>& out) {
    for (const model::Clause* c : mandate_clauses(clause, lead, lexicon))
        out.push_back(make_mandate(*c, lead.verb, lexicon, defined));
}

}  // namespace resdiff::analyze
