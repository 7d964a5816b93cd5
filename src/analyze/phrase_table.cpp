#include "analyze/phrase_table.hpp"

#include "text/fold.hpp"

#include <algorithm>

namespace resdiff::analyze {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool word_matches(const std::string& entry_word, const Word& w, CaseMode mode, bool first) {
    switch (mode) {
    case CaseMode::insensitive: return text::ascii_lower(entry_word) == w.lower;
    case CaseMode::exact: return entry_word == w.key;
    case CaseMode::proper:
        if (entry_word == w.key) return true;
        // "occupied Palestinian territory" also opens a sentence as "Occupied ...".
        return first && !entry_word.empty() && is_lower(entry_word[0]) && is_upper(w.key[0]) &&
               text::ascii_lower(entry_word) == text::ascii_lower(w.key) &&
               entry_word.substr(1) == w.key.substr(1);
    }
    return false;
}

}  // namespace

void PhraseTable::add(LexEntry entry) {
    if (entry.words.empty()) {
        for (const auto& w : split_words(entry.phrase)) entry.words.push_back(w.key);
    }
    if (entry.words.empty()) return;
    std::string key = phrase_key(entry.phrase);
    if (auto it = by_key_.find(key); it != by_key_.end()) {
        entries_[it->second] = std::move(entry);
        return;
    }
    const std::size_t index = entries_.size();
    auto& bucket = by_first_[text::ascii_lower(entry.words.front())];
    entries_.push_back(std::move(entry));
    by_key_.emplace(std::move(key), index);
    bucket.push_back(index);
    // Longest first, so that match_at can stop at the first hit.
    std::stable_sort(bucket.begin(), bucket.end(), [this](std::size_t a, std::size_t b) {
        return entries_[a].words.size() > entries_[b].words.size();
    });
}

const LexEntry* PhraseTable::find(std::string_view key) const {
    auto it = by_key_.find(std::string(key));
    return it == by_key_.end() ? nullptr : &entries_[it->second];
}

PhraseMatch PhraseTable::match_at(const std::vector<Word>& words, std::size_t i,
                                  CaseMode mode) const {
    if (i >= words.size() || words[i].punct) return {};
    auto it = by_first_.find(words[i].lower);
    if (it == by_first_.end()) return {};
    for (std::size_t index : it->second) {
        const LexEntry& e = entries_[index];
        if (i + e.words.size() > words.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < e.words.size(); ++k) {
            ok = word_matches(e.words[k], words[i + k], mode, k == 0);
        }
        if (ok) return {&e, e.words.size()};
    }
    return {};
}

}  // namespace resdiff::analyze
