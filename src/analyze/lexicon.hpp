#pragma once
// The lexicon: operative and preambular phrases with their strength, modals, number words,
// places, actors, qualifiers, mandate actions and quantity nouns. The built-in one is compiled
// from grammar/lexicon/*.tsv; a user file in the same format extends or overrides it. The
// format and the strength scale are described in docs/lexicon.md.

#include "analyze/phrase_table.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace resdiff::analyze {

struct LexiconError {
    std::size_t line = 0;    // 1-based line of the lexicon text
    std::size_t column = 0;  // 1-based column (code points)
    std::string message;
};

class Lexicon {
public:
    // The lexicon shipped with the program (parsed once, on first use).
    static const Lexicon& builtin();

    // Adds the entries of `text` (lexicon format): a phrase already present in the same
    // section is overridden. On a bad line returns its position; the lexicon is then left
    // with the lines before it applied, so callers should add to a copy (load_lexicon does).
    std::optional<LexiconError> add(std::string_view text);

    // Operative or preambular entry for a lead: the whole lead, else its longest leading run of
    // words that is an entry ("Expresses its deep concern" -> "Expresses"). nullptr if none.
    const LexEntry* operative_lead(std::string_view lead) const;
    const LexEntry* preambular_lead(std::string_view lead) const;

    // The same, letting the phrase run on into the clause text when the lead stops short of
    // it: lead "Calls" + text "upon all parties" -> "Calls upon"; lead "Pays" + "tribute".
    // `text_words` is how many words of the text the phrase took (0 when none).
    struct LeadMatch {
        const LexEntry* entry = nullptr;
        std::size_t text_words = 0;
    };
    LeadMatch operative_lead(std::string_view lead, std::string_view text) const;

    // The same with the words already split: `lead_words` are split_words(lead) and
    // `text_words` split_words(text) (all of it), as analyze_document has them.
    const LexEntry* operative_lead(WordSpan lead_words) const;
    const LexEntry* preambular_lead(WordSpan lead_words) const;
    LeadMatch operative_lead(WordSpan lead_words, std::string_view text, WordSpan text_words) const;

    // Value of a number word ("twelve" -> 12), lower case.
    std::optional<int> number_word(std::string_view lower) const;
    std::optional<int> number_word(const Word& word) const;  // by its lower form and hash
    // "personnel", "troops": nouns that make a number a quantity of scope.
    bool is_quantity_unit(std::string_view lower) const;
    bool is_quantity_unit(const Word& word) const {  // by its lower form and hash
        return quantity_units_.find(word.lower, word.hash) != nullptr;
    }
    // Capitalised words that follow "in" without naming a place ("in Security Council ...").
    bool is_not_place(std::string_view key) const;
    bool is_not_place(const Word& word) const;  // by its lower form, no copy

    const PhraseTable& operative() const { return operative_; }
    const PhraseTable& preambular() const { return preambular_; }
    const PhraseTable& modals() const { return modals_; }
    const PhraseTable& places() const { return places_; }
    const PhraseTable& actors() const { return actors_; }
    const PhraseTable& qualifiers() const { return qualifiers_; }
    const PhraseTable& mandate_actions() const { return mandate_actions_; }

private:
    friend struct LexiconParser;  // lexicon.cpp: fills the tables from the text format
    PhraseTable operative_, preambular_, modals_, places_, not_places_, actors_, qualifiers_,
        numbers_, mandate_actions_, quantity_units_;
};

struct LexiconLoad {
    std::optional<Lexicon> lexicon;     // set on success
    std::optional<LexiconError> error;  // set on a bad line
    bool ok() const { return lexicon.has_value(); }
};

// The base lexicon (built-in by default) extended by `text`. Pure: the CLI reads the file.
LexiconLoad load_lexicon(std::string_view text, const Lexicon& base = Lexicon::builtin());

}  // namespace resdiff::analyze
