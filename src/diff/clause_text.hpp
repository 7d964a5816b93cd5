#pragma once
// What the differ compares of a clause: its lead and text as one string, cut into tokens whose
// keys ignore layout (typography, blanks) and footnote markers.

#include "model/document.hpp"
#include "text/tokenize.hpp"

#include <cstdint>
#include <cstring>
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

// One comparison token, by offsets (24 bytes, not three views' 56: the tokens of the clauses a
// revision changes are megabytes, and every page of them is a page fault). Its text is
// [text_at, text_at + text_len) of the compared text and its blanks (with absorbed footnote
// markers) follow right after; its key is [key_at, key_at + key_len) of the text, or of its
// CompareTokens' folded keys when `key_folded`. Offsets are 32 bits: the parser refuses inputs
// of 4 GiB.
struct CompareToken {
    std::uint32_t text_at = 0, text_len = 0, spaces_len = 0;
    std::uint32_t key_at = 0, key_len = 0;
    std::uint8_t kind = 0;  // a text::TokenKind
    bool key_folded = false;
};

// The comparable tokens of one text, read through views made on access. The text is not owned:
// it must outlive the tokens and stay where it is (a FlatTree's node texts do, when the tree
// moves); folded keys are owned, by offset, so a move keeps every view right.
class CompareTokens {
public:
    struct View {
        std::string_view text;    // as printed
        std::string_view spaces;  // blanks (and absorbed footnote markers) after it
        std::string_view key;     // folded comparison key
        text::TokenKind kind = text::TokenKind::word;
    };

    // The keys alone, for hot loops (myers): the two bases read once, not at every comparison.
    // Valid while the tokens are neither changed nor moved.
    class Keys {
    public:
        std::string_view operator[](std::size_t i) const {
            const CompareToken& t = tokens_[i];
            return {base_[t.key_folded] + t.key_at, t.key_len};
        }
        bool equal(std::size_t i, const Keys& other, std::size_t j) const {
            const CompareToken& x = tokens_[i];
            const CompareToken& y = other.tokens_[j];
            return x.key_len == y.key_len &&
                   std::memcmp(base_[x.key_folded] + x.key_at, other.base_[y.key_folded] + y.key_at, x.key_len) == 0;
        }

    private:
        friend class CompareTokens;
        const CompareToken* tokens_;
        const char* base_[2];
    };
    Keys keys() const {
        Keys k;
        k.tokens_ = tokens_.data();
        k.base_[0] = text_;
        k.base_[1] = folded_.data();
        return k;
    }

    std::size_t size() const { return tokens_.size(); }
    bool empty() const { return tokens_.empty(); }
    std::string_view key(std::size_t i) const {
        const CompareToken& t = tokens_[i];
        return {(t.key_folded ? folded_.data() : text_) + t.key_at, t.key_len};
    }
    View operator[](std::size_t i) const {
        const CompareToken& t = tokens_[i];
        const char* at = text_ + t.text_at;
        return {{at, t.text_len}, {at + t.text_len, t.spaces_len}, key(i), static_cast<text::TokenKind>(t.kind)};
    }

private:
    friend void comparable_tokens_into(std::string_view, const std::vector<std::string>&,
                                       const std::vector<std::string>&, CompareScratch&, CompareTokens&);
    const char* text_ = nullptr;
    std::vector<CompareToken> tokens_;
    std::string folded_;  // keys that differ from their printed spelling
};

// The same tokens and keys as comparable_tokens(text, labels ++ more_labels) into `out`,
// without an allocation per token.
void comparable_tokens_into(std::string_view text, const std::vector<std::string>& footnote_labels,
                            const std::vector<std::string>& more_labels, CompareScratch& scratch,
                            CompareTokens& out);


// A 64-bit hash of join_keys(tokens), and whether that key is empty. Equal keys give equal
// hashes.
std::uint64_t key_hash_of(const CompareTokens& tokens, bool& key_empty);

// The exact-match key: token keys joined by one space.
std::string join_keys(const std::vector<text::Token>& tokens);
std::string join_keys(const CompareTokens& tokens);

// Sorted, unique hashes of the lower-cased word and number keys, stop words left out: the
// fuzzy-matching features.
std::vector<std::uint64_t> word_features(const std::vector<text::Token>& tokens);
std::vector<std::uint64_t> word_features(const CompareTokens& tokens);

// Dice coefficient 2|A∩B| / (|A|+|B|) of two sorted unique feature sets; 1 when both are empty.
double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// |A∩B| / |A|: how much of A is found in B; 0 when A is empty.
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace resdiff::diff
