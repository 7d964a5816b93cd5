#pragma once
// The analyzer's view of a text: a flat list of words and punctuation with their byte offsets,
// so that every scanner works word by word in one pass and quotes the text as printed.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

struct Word {
    std::string_view text;  // as printed, pointing into the analysed string
    std::string key;        // typography folded, case kept ("Côte d'Ivoire" with a straight ')
    std::string lower;      // key in ASCII lower case: what most scanners compare
    std::size_t begin = 0;  // byte offsets in the analysed string
    std::size_t end = 0;
    bool number = false;  // starts with a digit: "12", "19,626", "12-month"
    bool punct = false;   // one punctuation character: "(", ",", ";", "$"
};

std::vector<Word> split_words(std::string_view text);

// The printed text from words[first] to words[last] inclusive.
std::string_view span_text(std::string_view text, const std::vector<Word>& words,
                           std::size_t first, std::size_t last);

// True when words[i] exists and its lower form equals `lower`.
bool word_is(const std::vector<Word>& words, std::size_t i, std::string_view lower);

// "Decides to extend" -> "decides to extend": the key under which phrases are looked up.
std::string phrase_key(std::string_view phrase);

}  // namespace resdiff::analyze
