#pragma once
// A table of multi-word phrases (operative leads, places, actors, modals, ...) matched word by
// word against a text: the longest entry starting at a word wins. Lookup is by the first
// word's lower form, so a scan over a text is linear in its words times the (small) number
// of entries sharing a first word.

#include "analyze/words.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

struct LexEntry {
    std::string phrase;              // as written in the lexicon file
    std::vector<std::string> words;  // phrase split into folded words, case kept
    int value = 0;                   // strength, number value
    std::string kind;                // category, place kind, qualifier effect, participle
    std::string canonical;           // the name reported (place/actor aliases); else phrase
    const std::string& name() const { return canonical.empty() ? phrase : canonical; }
    bool operator==(const LexEntry&) const = default;
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

// String -> index, open addressing, looked up by word_hash() without building a string.
// Most words of a text are in no table: a bit filter (32 bits a key) turns nearly all of
// them away before the table is probed.
class StringIndex {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;
    // The value filed under `key` (whose word_hash is `hash`), or none.
    std::uint32_t find(std::string_view key, std::uint64_t hash) const {
        if (!may_hold(hash)) return none;
        return probe(key, hash);
    }
    std::uint32_t find(std::string_view key) const { return find(key, word_hash(key)); }
    // Files `value` under `key` unless the key is there; returns the value filed.
    std::uint32_t insert(std::string key, std::uint32_t value);

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t item = none;  // index into keys_/values_
    };
    bool may_hold(std::uint64_t hash) const {
        if (filter_.empty()) return false;
        const std::uint64_t bit = (hash >> 32) & filter_mask_;
        return (filter_[bit >> 6] >> (bit & 63)) & 1;
    }
    std::uint32_t probe(std::string_view key, std::uint64_t hash) const;
    void grow();
    void refilter();
    std::vector<Slot> slots_;  // power-of-two size, at most half full
    std::vector<std::string> keys_;
    std::vector<std::uint32_t> values_;
    std::vector<std::uint64_t> hashes_;  // of keys_
    std::vector<std::uint64_t> filter_;  // a bit per (hash >> 32) & filter_mask_
    std::uint64_t filter_mask_ = 0;
};

class PhraseTable {
public:
    // Adds an entry, replacing one with the same phrase (ignoring case): user files override.
    void add(LexEntry entry);
    // The entry whose phrase equals `key` (a phrase_key()), or nullptr.
    const LexEntry* find(std::string_view key) const;
    // hash: word_hash(key). Inline: most keys looked up are in no table, and the filter turns
    // them away in a few instructions, less than a call.
    const LexEntry* find(std::string_view key, std::uint64_t hash) const {
        const std::uint32_t at = by_key_.find(key, hash);
        return at == StringIndex::none ? nullptr : &entries_[at];
    }
    // The longest entry that covers words[i..] in the given case mode.
    PhraseMatch match_at(WordSpan words, std::size_t i, CaseMode mode) const {
        if (i >= words.size() || words[i].punct) return {};
        const std::uint32_t b = by_first_.find(words[i].lower, words[i].hash);
        if (b == StringIndex::none) return {};
        return match_bucket(words, i, mode, b);
    }
    const std::vector<LexEntry>& entries() const { return entries_; }
    std::size_t size() const { return entries_.size(); }

private:
    // An entry's words as compared: folded with case kept, and in lower case.
    struct Compiled {
        std::vector<std::string> keys;
        std::vector<std::string> lowers;
        // word_hash of each lower: a word matches in any mode only if its lower form is the
        // same, so a differing hash turns it away without comparing strings.
        std::vector<std::uint64_t> hashes;
    };
    static Compiled compile(const LexEntry& entry);
    PhraseMatch match_bucket(WordSpan words, std::size_t i, CaseMode mode, std::uint32_t b) const;
    static bool matches(const Compiled& entry, std::size_t k, const Word& w, CaseMode mode);

    std::vector<LexEntry> entries_;
    std::vector<Compiled> compiled_;                // parallel to entries_
    StringIndex by_key_;                            // phrase_key -> index in entries_
    StringIndex by_first_;                          // first lower word -> index in buckets_
    std::vector<std::vector<std::uint32_t>> buckets_;  // entries, longest first
};

}  // namespace resdiff::analyze
