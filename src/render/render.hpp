#pragma once
// Renderers for parse and diff output. The only layer that formats JSON or escapes HTML.
// Every renderer writes only to the stream it is given and is deterministic: no timestamps,
// no absolute paths (a document's `source` is printed as the caller gave it).

#include "diff/document_diff.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace resdiff::render {

struct TextOptions {
    bool color = false;       // ANSI colour sequences
    std::size_t width = 100;  // columns for wrapping and truncation; 0 = never wrap
    bool concurrent = false;  // a large diff report may be written on two threads
};

// `parse --format text`: an outline a person can check at a glance: heading metadata, one
// line per clause (indented by depth: id, lead, first words, source line), counts of
// footnotes and annexes, warnings, and, when the document was analyzed, a mandate summary.
void document_text(std::ostream& out, const model::Document& doc, const TextOptions& opts = {});
// `parse --format json`: resdiff-document/1, with semantic fields and a few added fields
// (`column`, `footnote_refs`, `enacting_formula`, `footnotes`, metadata `title`, `sponsors`,
// `adoption`, `meeting`, duration `role`, scope `tasks` and `qualifiers`). One trailing newline.
void document_json(std::ostream& out, const model::Document& doc);

// `diff --format text`: summary, key findings (obligation > duration > scope > wording), then
// every changed or moved clause with its findings and a word diff; unchanged runs are folded
// into one count line. Without colour, deletions read `[-old-]` and insertions `{+new+}`.
void diff_text(std::ostream& out, const diff::DocumentDiff& d, const TextOptions& opts = {});
// `diff --format json`: resdiff-diff/1 (added entry fields: `split_from`, `merged_into`,
// `kind`, `depth`). One trailing newline.
// With `concurrent`, a report of thousands of entries is written in two halves at once (the
// same bytes).
void diff_json(std::ostream& out, const diff::DocumentDiff& d, bool concurrent = false);
// `diff --format markdown`: a report for a pull request or an e-mail (GitHub-flavoured).
void diff_markdown(std::ostream& out, const diff::DocumentDiff& d);
// `diff --format html`: one self-contained page (inline CSS, no external resource) with a summary,
// key findings linking to `#c-<id>`, and every clause as an inline redline or side by side.
void diff_html(std::ostream& out, const diff::DocumentDiff& d);

// Escapes characters that Markdown (CommonMark + GitHub tables and strikethrough) would
// interpret: `\ ` * _ [ ] < > | ~` everywhere, `&` before a letter or `#` (entities), and, when
// `line_start`, a leading `#`, `+`, `-`, `=` or `1.`/`1)` that would open a block.
std::string escape_markdown(std::string_view text, bool line_start = true);

}  // namespace resdiff::render
