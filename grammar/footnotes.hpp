#pragma once
// Footnote blocks in the styles of the corpus: the "__________________" rule with notes at the
// foot of a page ("1  See A/80/348.", "* Any changes to the list of sponsors ..."), old-style
// "1/ S/26111." notes after the text, and Markdown "[^1]: A/80/83." after a "---" line.
// Footnote markers inside clause text are found by the builder.

#include "grammar/chars.hpp"

namespace resdiff::grammar {

// clang-format off
struct footnote_rule_line : pegtl::seq<blanks, pegtl::rep_min<5, pegtl::one<'_'>>, trailing> {};
struct md_separator_line : pegtl::seq<blanks, pegtl::rep_min<3, pegtl::one<'-'>>, trailing> {};

struct note_label : pegtl::sor<pegtl::rep_min_max<1, 3, pegtl::digit>, pegtl::rep_min_max<1, 3, pegtl::one<'*'>>> {};
struct note_text : rest_of_line {};
// "[^1]: A/80/83."
struct md_note_line : pegtl::seq<blanks, pegtl::string<'[', '^'>, note_label, pegtl::string<']', ':'>, blanks, note_text, line_end> {};
// "1/ S/26111."  (a slash label followed by blanks, so "1/2" or "79/7" never match)
struct slash_note_line : pegtl::seq<blanks, note_label, pegtl::one<'/'>, some_blanks, note_text, line_end> {};
// "1  See A/80/348." or "* Any changes ..." (only meaningful after a footnote rule)
struct foot_note_line : pegtl::seq<blanks, note_label, pegtl::sor<some_blanks, pegtl::at<upper>>, note_text, line_end> {};
// clang-format on

}  // namespace resdiff::grammar
