#pragma once
// Numbering labels: operative numbers ("1.", "26.Decides") and sub-paragraph labels ("(a)",
// "(ii)", "(aa)"). Which sequence a label belongs to is decided by the builder, by context.

#include "grammar/chars.hpp"

namespace resdiff::grammar {

// clang-format off
// Up to six digits; four and more only count where the sequence expects them (the builder).
struct op_number : pegtl::rep_min_max<1, 6, pegtl::digit> {};
// "1. Decides", "1.    Decides", "26.Decides", "1. " alone; never "1.5 million" or "1.1".
struct op_label : pegtl::seq<op_number, pegtl::one<'.'>, pegtl::not_at<pegtl::digit>> {};
struct sub_label_body : pegtl::sor<pegtl::rep_min_max<1, 6, pegtl::lower>,
                                   pegtl::rep_min_max<1, 2, pegtl::digit>,
                                   pegtl::seq<pegtl::upper, pegtl::at<pegtl::one<')'>>>> {};
struct sub_label : pegtl::seq<pegtl::one<'('>, sub_label_body, pegtl::one<')'>> {};
// "(a)" followed by text or end of line; "(a)and" is not a label (a parenthesised word).
struct sub_label_start : pegtl::seq<sub_label, pegtl::sor<some_blanks, pegtl::at<line_end>>> {};
// clang-format on

}  // namespace resdiff::grammar
