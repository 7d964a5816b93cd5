#pragma once
// Word tokenizer for the word diff: words, numbers and punctuation as separate tokens, each
// carrying the blanks that follow it so that tokens concatenate back to the original text.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::text {

enum class TokenKind { word, number, punct };

struct Token {
    std::string_view text;    // as printed (points into the tokenized string)
    std::string_view spaces;  // white space after it, as printed
    std::string key;          // folded comparison key (typography folded, case kept)
    TokenKind kind = TokenKind::word;
};

// Words are runs of letters/digits with inner hyphens, apostrophes, periods and commas between
// digits ("non-proliferation", "19,626", "S/RES/1445"); every other character is punctuation.
std::vector<Token> tokenize(std::string_view s);

// A token without its folded key: what tokenize() finds, for callers that fold (or not) later.
struct TokenSpan {
    std::string_view text;    // as printed
    std::string_view spaces;  // white space after it, as printed
    TokenKind kind = TokenKind::word;
    bool ascii = false;  // all bytes ASCII: then fold_typography(text) == text
};

// The tokens of tokenize(s) without their keys (key = fold_typography(text)), written to `out`
// (cleared first, capacity kept): no allocation per token.
void tokenize_spans(std::string_view s, std::vector<TokenSpan>& out);

}  // namespace resdiff::text
