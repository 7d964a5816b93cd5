#pragma once
// The heading of a resolution or draft: organ, symbol, dates, draft marker, sponsor line,
// adoption line, old yearbook headings, the enacting formula and the closing lines.

#include "grammar/chars.hpp"

namespace resdiff::grammar {

// clang-format off
struct month : pegtl::sor<TAO_PEGTL_STRING("January"), TAO_PEGTL_STRING("February"), TAO_PEGTL_STRING("March"),
                          TAO_PEGTL_STRING("April"), TAO_PEGTL_STRING("May"), TAO_PEGTL_STRING("June"),
                          TAO_PEGTL_STRING("July"), TAO_PEGTL_STRING("August"), TAO_PEGTL_STRING("September"),
                          TAO_PEGTL_STRING("October"), TAO_PEGTL_STRING("November"), TAO_PEGTL_STRING("December")> {};
struct day : pegtl::rep_min_max<1, 2, pegtl::digit> {};
struct year : pegtl::rep<4, pegtl::digit> {};
// "30 April 2007", "30 April\n2007" is joined by the builder before matching.
struct date : pegtl::seq<day, some_blanks, month, some_blanks, year> {};

struct organ : pegtl::sor<TAO_PEGTL_STRING("Security Council"), TAO_PEGTL_STRING("General Assembly"),
                          TAO_PEGTL_STRING("Economic and Social Council"), TAO_PEGTL_STRING("Human Rights Council"),
                          TAO_PEGTL_STRING("Trusteeship Council")> {};

// Symbols: S/RES/1445 (2002), A/RES/80/1, A/80/L.2, A/80/L.2/Rev.1, A/C.1/80/L.1, S/2020/110.
struct num : pegtl::plus<pegtl::digit> {};
struct year_paren : pegtl::seq<pegtl::one<'('>, year, pegtl::one<')'>> {};
struct rev_suffix : pegtl::seq<pegtl::one<'/'>, pegtl::sor<TAO_PEGTL_STRING("Rev."), TAO_PEGTL_STRING("Add."), TAO_PEGTL_STRING("Corr.")>, num> {};
struct sc_res_symbol : pegtl::seq<TAO_PEGTL_STRING("S/RES/"), num, blanks, year_paren> {};
struct ga_res_symbol : pegtl::seq<TAO_PEGTL_STRING("A/RES/"), num, pegtl::one<'/'>, num> {};
struct committee : pegtl::seq<pegtl::one<'C'>, pegtl::one<'.'>, num, pegtl::one<'/'>> {};
struct ga_draft_symbol : pegtl::seq<TAO_PEGTL_STRING("A/"), pegtl::opt<committee>, num, TAO_PEGTL_STRING("/L."), num, pegtl::star<rev_suffix>> {};
struct sc_doc_symbol : pegtl::seq<TAO_PEGTL_STRING("S/"), year, pegtl::one<'/'>, num, pegtl::star<rev_suffix>> {};
struct symbol : pegtl::sor<sc_res_symbol, ga_res_symbol, ga_draft_symbol, sc_doc_symbol> {};

// "Resolution 1755 (2007)", "RESOLUTION 803 (1993)"
struct resolution_word : pegtl::istring<'r', 'e', 's', 'o', 'l', 'u', 't', 'i', 'o', 'n'> {};
struct resolution_heading : pegtl::seq<blanks, resolution_word, some_blanks, num, blanks, year_paren, trailing> {};
// "50 (1948). Resolution of 29 May 1948"
struct yearbook_heading : pegtl::seq<blanks, num, blanks, year_paren, pegtl::one<'.'>, blanks, resolution_word,
                                     some_blanks, TAO_PEGTL_STRING("of"), some_blanks, date, trailing> {};
// "Resolution 684 (1991)" followed by "of 30 January 1991" is handled as two lines.
// "80/1. Participation by the State of Palestine ..." (General Assembly resolution title)
struct ga_title_line : pegtl::seq<blanks, num, pegtl::one<'/'>, num, pegtl::one<'.'>, some_blanks, rest_of_line> {};
// "The full text of resolution 1919 (2010) reads as follows:"
struct press_intro : pegtl::seq<blanks, TAO_PEGTL_STRING("The full text of"), rest_of_line> {};
// "Adopted by the Security Council at its 5670th meeting, on", "Adopted unanimously by ..."
struct adoption_line : pegtl::seq<blanks, TAO_PEGTL_STRING("Adopted"), some_blanks, rest_of_line> {};
struct ga_adoption_line : pegtl::seq<blanks, TAO_PEGTL_STRING("Resolution adopted by the"), rest_of_line> {};
// "Australia:* draft resolution", "Draft Resolution", "Freedonia and Ruritania: draft resolution"
struct draft_words : pegtl::seq<pegtl::istring<'d', 'r', 'a', 'f', 't'>, some_blanks, resolution_word> {};
struct sponsor_line : pegtl::seq<blanks, pegtl::until<pegtl::sor<draft_words, pegtl::at<line_end>>>, blanks, line_end> {};
struct distr_line : pegtl::seq<rest_of_line> {};

// The enacting formula: "The Security Council,", "The General Assembly" (comma optional),
// possibly behind a press-release quote.
struct enacting_formula : pegtl::seq<blanks, pegtl::opt<left_dquote>, blanks, TAO_PEGTL_STRING("The"), some_blanks,
                                     organ, blanks, pegtl::opt<pegtl::one<',', ':'>>, trailing> {};

// Closing lines: "40th plenary meeting", "22nd plenary meeting 29 October 2025", "3220th meeting".
struct ordinal : pegtl::seq<num, pegtl::sor<TAO_PEGTL_STRING("st"), TAO_PEGTL_STRING("nd"), TAO_PEGTL_STRING("rd"), TAO_PEGTL_STRING("th")>> {};
struct plenary_line : pegtl::seq<blanks, ordinal, some_blanks, pegtl::opt<TAO_PEGTL_STRING("plenary"), some_blanks>,
                                 TAO_PEGTL_STRING("meeting"), pegtl::opt<blanks, pegtl::opt<pegtl::one<','>>, blanks, date>, trailing> {};
struct date_line : pegtl::seq<blanks, date, trailing> {};
// clang-format on

}  // namespace resdiff::grammar
