#pragma once
// The analyzer's view of a text: a flat list of words and punctuation with their byte offsets,
// so that every scanner works word by word in one pass and quotes the text as printed.
//
// A text is split once (analyze_document splits each clause once and hands the same words to
// every scanner). A Word owns nothing: its folded and lower-case forms are views into the
// analysed text itself when they equal it (plain ASCII words, the vast majority), else into
// one buffer of the Words that holds them. The tokens are exactly text::tokenize's.

#include "text/tokenize.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

struct Word {
    std::string_view text;   // as printed, pointing into the analysed string
    std::string_view key;    // typography folded, case kept ("Côte d'Ivoire" with a straight ')
    std::string_view lower;  // key in ASCII lower case: what most scanners compare
    std::size_t begin = 0;   // byte offsets in the analysed string
    std::size_t end = 0;
    std::uint64_t hash = 0;  // word_hash(lower): lexicon tables look words up by it
    bool number = false;     // starts with a digit: "12", "19,626", "12-month"
    bool punct = false;      // one punctuation character: "(", ",", ";", "$"
};

// What the scanners read: all the words of a text, or a run of them.
using WordSpan = std::span<const Word>;

// The words of one text. Move-only: the words point into its buffer (and into the text, which
// must outlive them). Splitting again into the same Words reuses its memory.
class Words {
public:
    Words() = default;
    Words(Words&&) noexcept = default;
    Words& operator=(Words&&) noexcept = default;
    Words(const Words&) = delete;
    Words& operator=(const Words&) = delete;

    std::size_t size() const { return words_.size(); }
    bool empty() const { return words_.empty(); }
    const Word& operator[](std::size_t i) const { return words_[i]; }
    const Word& front() const { return words_.front(); }
    const Word& back() const { return words_.back(); }
    const Word* data() const { return words_.data(); }
    const Word* begin() const { return words_.data(); }
    const Word* end() const { return words_.data() + words_.size(); }

private:
    friend void split_words(std::string_view text, Words& out);
    std::vector<Word> words_;
    std::unique_ptr<char[]> buffer_;  // folded / lower-cased forms that differ from the text
    std::size_t capacity_ = 0;
};

Words split_words(std::string_view text);
// The same into `out`, reusing its memory (no allocation once it is large enough).
void split_words(std::string_view text, Words& out);

// The hash of a lower-case word or phrase key under which the lexicon tables file it.
std::uint64_t word_hash(std::string_view s);

// The printed text from words[first] to words[last] inclusive.
std::string_view span_text(std::string_view text, WordSpan words, std::size_t first,
                           std::size_t last);

// True when words[i] exists and its lower form equals `lower`.
bool word_is(WordSpan words, std::size_t i, std::string_view lower);

// First byte of a key, '\0' when it is empty (a lone soft hyphen folds to nothing).
inline char first_char(std::string_view s) { return s.empty() ? '\0' : s.front(); }

// "Decides to extend" -> "decides to extend": the key under which phrases are looked up.
std::string phrase_key(std::string_view phrase);
// The same from words already split, appended to `out`.
void append_phrase_key(WordSpan words, std::string& out);

}  // namespace resdiff::analyze
