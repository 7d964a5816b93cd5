#pragma once
// What the differ compares of a clause: its lead and text as one string, cut into tokens whose
// keys ignore layout (typography, blanks) and footnote markers.

#include "model/document.hpp"
#include "text/tokenize.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::diff {

// Lead + " " + text, as printed (either may be empty).
std::string clause_text(const model::Clause& clause);

// Tokens of `text` as the differ compares them: footnote markers (numbers or '*' among
// `footnote_labels`, glued to the previous word or set off where the text would not use a
// number) folded into the previous token's trailing blanks, and line-wrapped hyphens
// ("nuclear- weapon") joined into one word. Tokens still concatenate back to the text.
std::vector<text::Token> comparable_tokens(std::string_view text,
                                           const std::vector<std::string>& footnote_labels);

// A comparison token whose key is a view: into the compared text when folding leaves the
// token as printed (nearly always), otherwise into its CompareTokens' `folded` storage.
struct CompareToken {
    std::string_view text;    // as printed
    std::string_view spaces;  // blanks (and absorbed footnote markers) after it
    std::string_view key;     // folded comparison key
    text::TokenKind kind = text::TokenKind::word;
};

// The comparable tokens of one text. Move-only in effect: keys may point into `folded`, whose
// buffer a move keeps (it is a vector, never in-object).
struct CompareTokens {
    std::vector<CompareToken> tokens;
    std::vector<char> folded;  // keys that differ from their printed spelling
};

// Reusable buffers for comparable_tokens_into (one per thread of work).
struct CompareScratch {
    std::vector<text::TokenSpan> spans;
    struct Work {
        std::string_view text, spaces;
        text::TokenKind kind = text::TokenKind::word;
        std::uint32_t off = 0, len = 0;  // key in `store` when `stored`, else the key is `text`
        bool stored = false;
    };
    std::vector<Work> work;
    std::string store;
    std::string lower;
};

// The same tokens and keys as comparable_tokens(text, labels ++ more_labels) into `out`,
// without an allocation per token.
void comparable_tokens_into(std::string_view text, const std::vector<std::string>& footnote_labels,
                            const std::vector<std::string>& more_labels, CompareScratch& scratch,
                            CompareTokens& out);


// A 64-bit hash of join_keys(tokens), and whether that key is empty. Equal keys give equal
// hashes.
std::uint64_t key_hash_of(const std::vector<CompareToken>& tokens, bool& key_empty);

// The exact-match key: token keys joined by one space.
std::string join_keys(const std::vector<text::Token>& tokens);
std::string join_keys(const std::vector<CompareToken>& tokens);

// Sorted, unique hashes of the lower-cased word and number keys, stop words left out: the
// fuzzy-matching features.
std::vector<std::uint64_t> word_features(const std::vector<text::Token>& tokens);
std::vector<std::uint64_t> word_features(const std::vector<CompareToken>& tokens);

// Dice coefficient 2|A∩B| / (|A|+|B|) of two sorted unique feature sets; 1 when both are empty.
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// |A∩B| / |A|: how much of A is found in B; 0 when A is empty.
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace resdiff::diff
