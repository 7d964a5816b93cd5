#pragma once
// Word-level edit script between two versions of one clause.
//
// Myers' O(ND) difference on token keys (so layout and typographic variants never differ;
// beyond a fixed work budget -- two long clauses with little in common -- the changed middle
// becomes one replacement),
// then a clean-up that turns token fragments into phrases a lawyer would mark: short or
// stop-word-only equal runs between two changes are absorbed into one replacement, and a
// change touching a date takes the whole date.

#include "diff/clause_text.hpp"
#include "diff/document_diff.hpp"
#include "text/tokenize.hpp"

#include <string_view>
#include <vector>

namespace resdiff::diff {

// Edits carry the printed spelling with blanks: concatenating the equal and remove edits gives
// the old tokens' text, equal and insert the new (equal runs are spelled as in the new version).
// Adjacent edits never have the same op; a replacement is a remove followed by an insert.
std::vector<Edit> word_diff(const std::vector<text::Token>& old_tokens,
                            const std::vector<text::Token>& new_tokens);
// The same on the differ's comparison tokens: identical edits for equal tokens.
std::vector<Edit> word_diff(const CompareTokens& old_tokens, const CompareTokens& new_tokens);

// Convenience: tokenizes both texts with text::tokenize.
std::vector<Edit> word_diff(std::string_view old_text, std::string_view new_text);

// True for the small words that never make an edit on their own ("the", "of", "and", ...).
bool is_stop_word(std::string_view key);

}  // namespace resdiff::diff
