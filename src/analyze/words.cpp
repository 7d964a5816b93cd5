#include "analyze/words.hpp"

#include "text/fold.hpp"
#include "text/tokenize.hpp"

namespace resdiff::analyze {

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> words;
    auto tokens = text::tokenize(text);
    words.reserve(tokens.size());
    for (auto& token : tokens) {
        Word w;
        w.text = token.text;
        w.begin = static_cast<std::size_t>(token.text.data() - text.data());
        w.end = w.begin + token.text.size();
        w.lower = text::ascii_lower(token.key);
        w.key = std::move(token.key);
        w.number = token.kind == text::TokenKind::number;
        w.punct = token.kind == text::TokenKind::punct;
        words.push_back(std::move(w));
    }
    return words;
}

std::string_view span_text(std::string_view text, const std::vector<Word>& words,
                           std::size_t first, std::size_t last) {
    return text.substr(words[first].begin, words[last].end - words[first].begin);
}

bool word_is(const std::vector<Word>& words, std::size_t i, std::string_view lower) {
    return i < words.size() && words[i].lower == lower;
}

std::string phrase_key(std::string_view phrase) {
    std::string key;
    for (const auto& w : split_words(phrase)) {
        if (!key.empty()) key += ' ';
        key += w.lower;
    }
    return key;
}

}  // namespace resdiff::analyze
