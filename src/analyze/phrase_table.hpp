#pragma once
// A table of multi-word phrases (operative leads, places, actors, modals, ...) matched word by
// word against a text: the longest entry starting at a word wins. Lookup is by the first
// word's lower form, so a scan over a text is linear in its words times the (small) number
// of entries sharing a first word.

#include "analyze/words.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace resdiff::analyze {

struct LexEntry {
    std::string phrase;              // as written in the lexicon file
    std::vector<std::string> words;  // phrase split into folded words, case kept
    int value = 0;                   // strength, number value
    std::string kind;                // category, place kind, qualifier effect, participle
    std::string canonical;           // the name reported (place/actor aliases); else phrase
    const std::string& name() const { return canonical.empty() ? phrase : canonical; }
};

// How the case of a text must agree with an entry.
enum class CaseMode {
    exact,        // "may" (a modal) must not match "May" (a month)
    proper,       // names: exact, but a lower-case first letter in the entry may be capitalised
    insensitive,  // leads, qualifiers
};

struct PhraseMatch {
    const LexEntry* entry = nullptr;
    std::size_t words = 0;  // how many words of the text it covers
    explicit operator bool() const { return entry != nullptr; }
};

class PhraseTable {
public:
    // Adds an entry, replacing one with the same phrase (ignoring case): user files override.
    void add(LexEntry entry);
    // The entry whose phrase equals `key` (a phrase_key()), or nullptr.
    const LexEntry* find(std::string_view key) const;
    // The longest entry that covers words[i..] in the given case mode.
    PhraseMatch match_at(const std::vector<Word>& words, std::size_t i, CaseMode mode) const;
    const std::vector<LexEntry>& entries() const { return entries_; }
    std::size_t size() const { return entries_.size(); }

private:
    std::vector<LexEntry> entries_;
    std::unordered_map<std::string, std::size_t> by_key_;                  // phrase_key -> index
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_;  // first lower word
};

}  // namespace resdiff::analyze
