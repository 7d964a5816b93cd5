#pragma once
// The word diff of one clause prepared for display: edits split into words, each marked equal,
// deleted or inserted, with long unchanged stretches elided. Shared by the text and Markdown
// renderers. Internal to src/render/.

#include "diff/document_diff.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::render::detail {

enum class Mark { equal, deleted, inserted, elided };

struct Word {
    std::string_view text;     // no white space inside; points into the edits (or a literal)
    Mark mark = Mark::equal;
    bool space_before = false;  // white space separated it from the previous word
};

// The entry's edits (diff::entry_edits: an unchanged entry's equal run), or when there are
// none, its clause's words as one insert (added), one delete (removed) or one equal run, made
// in `made` (the entry's own edits are not copied).
const std::vector<diff::Edit>& entry_edits(const diff::ClauseEntry& e, std::vector<diff::Edit>& made);

// Words of an edit script; an inserted word glued to a deleted one gets a blank between them
// (`[-upon-] {+that+}`), except around punctuation. Equal runs longer than 2 * context + 1 words keep `context` words
// at each end and one Mark::elided word ("…") between; context 0 keeps everything.
// The words point into `edits`, which must outlive them (hence no temporaries).
std::vector<Word> redline_words(const std::vector<diff::Edit>& edits, std::size_t context);
std::vector<Word> redline_words(std::vector<diff::Edit>&& edits, std::size_t context) = delete;

// The edit script on one Markdown line: ~~deleted~~ and **inserted**, markers hugging the
// words, document text escaped.
std::string markdown_redline(const std::vector<diff::Edit>& edits, std::size_t context);

// True when a word starts a new group (its mark differs from the previous word's).
inline bool starts_group(const std::vector<Word>& w, std::size_t i) {
    return i == 0 || w[i - 1].mark != w[i].mark;
}
inline bool ends_group(const std::vector<Word>& w, std::size_t i) {
    return i + 1 == w.size() || w[i + 1].mark != w[i].mark;
}

}  // namespace resdiff::render::detail
