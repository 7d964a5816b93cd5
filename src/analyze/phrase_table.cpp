#include "analyze/phrase_table.hpp"

#include "text/fold.hpp"

#include <algorithm>

namespace resdiff::analyze {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::uint32_t StringIndex::probe(std::string_view key, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = static_cast<std::size_t>(hash) & mask;; at = (at + 1) & mask) {
        const Slot& slot = slots_[at];
        if (slot.item == none) return none;
        if (slot.hash == hash && keys_[slot.item] == key) return values_[slot.item];
    }
}

std::uint32_t StringIndex::insert(std::string key, std::uint32_t value) {
    const std::uint64_t hash = word_hash(key);
    if (const std::uint32_t found = find(key, hash); found != none) return found;
    if (2 * (keys_.size() + 1) > slots_.size()) grow();
    hashes_.push_back(hash);
    if (32 * hashes_.size() > filter_mask_ + 1) {
        refilter();
    } else {
        const std::uint64_t bit = (hash >> 32) & filter_mask_;
        filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = static_cast<std::size_t>(hash) & mask;
    while (slots_[at].item != none) at = (at + 1) & mask;
    slots_[at] = Slot{hash, static_cast<std::uint32_t>(keys_.size())};
    keys_.push_back(std::move(key));
    values_.push_back(value);
    return value;
}

void StringIndex::refilter() {
    std::size_t bits = 64;
    while (bits < 32 * hashes_.size()) bits *= 2;
    filter_.assign(bits / 64, 0);
    filter_mask_ = bits - 1;
    for (const std::uint64_t hash : hashes_) {
        const std::uint64_t bit = (hash >> 32) & filter_mask_;
        filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
}

void StringIndex::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.item == none) continue;
        std::size_t at = static_cast<std::size_t>(slot.hash) & mask;
        while (slots_[at].item != none) at = (at + 1) & mask;
        slots_[at] = slot;
    }
}

PhraseTable::Compiled PhraseTable::compile(const LexEntry& entry) {
    Compiled c;
    c.keys = entry.words;
    for (const auto& w : entry.words) {
        c.lowers.push_back(text::ascii_lower(w));
        c.hashes.push_back(word_hash(c.lowers.back()));
    }
    return c;
}

bool PhraseTable::matches(const Compiled& entry, std::size_t k, const Word& w, CaseMode mode) {
    if (entry.hashes[k] != w.hash) return false;
    const std::string& entry_word = entry.keys[k];
    switch (mode) {
    case CaseMode::insensitive: return entry.lowers[k] == w.lower;
    case CaseMode::exact: return entry_word == w.key;
    case CaseMode::proper:
        if (entry_word == w.key) return true;
        // "occupied Palestinian territory" also opens a sentence as "Occupied ...": the same
        // word but for its first letter, lower case in the entry and capital in the text.
        return k == 0 && !entry_word.empty() && is_lower(entry_word[0]) &&
               is_upper(first_char(w.key)) && entry_word.size() == w.key.size() &&
               entry_word[0] == static_cast<char>(w.key[0] - 'A' + 'a') &&
               std::string_view(entry_word).substr(1) == w.key.substr(1);
    }
    return false;
}

void PhraseTable::add(LexEntry entry) {
    if (entry.words.empty()) {
        for (const auto& w : split_words(entry.phrase)) entry.words.emplace_back(w.key);
    }
    if (entry.words.empty()) return;
    std::string key = phrase_key(entry.phrase);
    if (const std::uint32_t at = by_key_.find(key); at != StringIndex::none) {
        // A document defines the same name again and again: the same entry changes nothing.
        if (entries_[at] == entry) return;
        compiled_[at] = compile(entry);
        entries_[at] = std::move(entry);
        return;
    }
    const auto index = static_cast<std::uint32_t>(entries_.size());
    const std::uint32_t b = by_first_.insert(text::ascii_lower(entry.words.front()),
                                             static_cast<std::uint32_t>(buckets_.size()));
    if (b == buckets_.size()) buckets_.emplace_back();
    auto& bucket = buckets_[b];
    compiled_.push_back(compile(entry));
    entries_.push_back(std::move(entry));
    by_key_.insert(std::move(key), index);
    // Longest first, so that match_at can stop at the first hit; equal lengths in the order
    // added. Inserted in place (sorting the bucket at every entry made the built-in lexicon,
    // built at every start, cost more than analysing a resolution).
    const std::size_t length = entries_[index].words.size();
    bucket.insert(std::upper_bound(bucket.begin(), bucket.end(), length,
                                   [this](std::size_t n, std::uint32_t e) { return n > entries_[e].words.size(); }),
                  index);
}

const LexEntry* PhraseTable::find(std::string_view key) const {
    return find(key, word_hash(key));
}

PhraseMatch PhraseTable::match_bucket(WordSpan words, std::size_t i, CaseMode mode,
                                      std::uint32_t b) const {
    for (std::uint32_t index : buckets_[b]) {
        const Compiled& e = compiled_[index];
        const std::size_t n = e.keys.size();
        if (i + n > words.size()) continue;
        // The first word last: it nearly always matches (the bucket is the first word's), so
        // the later words turn most entries away sooner.
        bool ok = true;
        for (std::size_t k = 1; ok && k < n; ++k) ok = matches(e, k, words[i + k], mode);
        if (ok && matches(e, 0, words[i], mode)) return {&entries_[index], n};
    }
    return {};
}

}  // namespace resdiff::analyze
