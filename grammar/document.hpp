#pragma once
// The document grammar: a resolution is a sequence of lines, each recognised as one kind
// (blank, furniture, footnote rule or note, enacting formula, numbered paragraph start,
// sub-paragraph start, closing line, or plain text). Which lines form which clause depends on
// context (indentation, punctuation, sequence of labels) and is decided by the builder in
// src/parse/, fed by actions on the rules below.

#include "grammar/chars.hpp"
#include "grammar/errors.hpp"
#include "grammar/footnotes.hpp"
#include "grammar/furniture.hpp"
#include "grammar/heading.hpp"
#include "grammar/labels.hpp"
#include "grammar/lead.hpp"

namespace resdiff::grammar {

// clang-format off
// Never empty. Lone carriage returns are normalised before scanning, so a line ends at \n or \r\n.
struct line_content : line_bytes {};
struct press_quote : pegtl::seq<left_dquote, blanks> {};   // “ opening every paragraph of a press release

struct blank_line : pegtl::seq<blanks, pegtl::eol> {};
struct last_blank_line : pegtl::seq<some_blanks, pegtl::eof> {};
struct op_line_number : op_number {};
// "1." and, in OCR'd texts, "1," before a capitalised word ("1, Determines").
struct op_label_sep : pegtl::sor<pegtl::seq<pegtl::one<'.'>, pegtl::not_at<pegtl::digit>>,
                                 pegtl::seq<pegtl::one<','>, some_blanks, pegtl::at<upper>>> {};
struct op_label_role : pegtl::seq<op_line_number, op_label_sep> {};
// "11     Condemns", "2 Requests": a number without its dot before a capitalised word. Often a
// lost dot, sometimes a date ("15 June 1987;") — the builder keeps it only where the sequence
// of paragraph numbers expects it.
struct loose_label_role : pegtl::seq<op_line_number, some_blanks, pegtl::at<upper>> {};
struct loose_op_line : pegtl::seq<blanks, pegtl::opt<press_quote>, loose_label_role, pegtl::opt<line_content>, line_end> {};
struct op_number_only_line : pegtl::seq<blanks, pegtl::opt<press_quote>, op_label_role, trailing> {};
struct op_line : pegtl::seq<blanks, pegtl::opt<press_quote>, op_label_role, blanks, pegtl::opt<line_content>, line_end> {};
struct sub_line_label : sub_label_body {};
struct sub_label_role : pegtl::seq<pegtl::one<'('>, sub_line_label, pegtl::one<')'>, pegtl::sor<some_blanks, pegtl::at<line_end>>> {};
struct sub_line : pegtl::seq<blanks, pegtl::opt<press_quote>, sub_label_role, blanks, pegtl::opt<line_content>, line_end> {};
struct enacting_line : enacting_formula {};
struct closing_line : pegtl::sor<plenary_line> {};
struct text_line : pegtl::seq<blanks, line_content, line_end> {};
// A letter no other kind of line opens with (all but T, "The Security Council,", and P, "Page
// 2"): such a line is text, known without trying every other kind first (and most lines of a
// wrapped paragraph are such lines).
struct text_only_letter : pegtl::sor<pegtl::range<'a', 'z'>, pegtl::range<'A', 'O'>, pegtl::range<'Q', 'S'>, pegtl::range<'U', 'Z'>> {};
struct plain_text_line : pegtl::seq<pegtl::at<blanks, text_only_letter>, text_line> {};

// The kinds of line that can open with a digit, and with "(" (after blanks), in the order
// `line` tries every kind: such a line is classified among these alone (numbered paragraphs and
// sub-paragraphs are most of the lines the letter shortcut above does not take).
struct digit_led_line : pegtl::sor<furniture_line, slash_note_line, op_number_only_line, op_line, loose_op_line,
                                   closing_line, text_line> {};
struct paren_led_line : pegtl::sor<sub_line, text_line> {};
struct line : pegtl::sor<plain_text_line,
                         pegtl::seq<pegtl::at<blanks, pegtl::digit>, digit_led_line>,
                         pegtl::seq<pegtl::at<blanks, pegtl::one<'('>>, paren_led_line>,
                         blank_line, last_blank_line, furniture_line, footnote_rule_line, md_separator_line,
                         md_note_line, slash_note_line, enacting_line, op_number_only_line, op_line,
                         loose_op_line, sub_line, closing_line, text_line> {};
struct utf8_bom : pegtl::string<'\xEF', '\xBB', '\xBF'> {};
struct document : pegtl::seq<pegtl::opt<utf8_bom>, pegtl::until<pegtl::eof, line>, pegtl::must<pegtl::eof>> {};
// clang-format on

}  // namespace resdiff::grammar
