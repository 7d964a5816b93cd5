#pragma once
// Characters and blanks as they come out of PDFs and Word: tabs, no-break spaces, form feeds.

#include <tao/pegtl.hpp>

namespace resdiff::grammar {
namespace pegtl = tao::pegtl;

// clang-format off
struct nbsp : pegtl::string<'\xC2', '\xA0'> {};                       // U+00A0
struct narrow_nbsp : pegtl::string<'\xE2', '\x80', '\xAF'> {};        // U+202F
struct blank : pegtl::sor<pegtl::one<' ', '\t', '\f', '\v'>, nbsp, narrow_nbsp> {};
struct blanks : pegtl::star<blank> {};
struct some_blanks : pegtl::plus<blank> {};
struct line_end : pegtl::sor<pegtl::eol, pegtl::eof> {};
struct rest_of_line : pegtl::until<pegtl::at<line_end>> {};
struct trailing : pegtl::seq<blanks, line_end> {};                    // only blanks left on the line

struct left_dquote : pegtl::string<'\xE2', '\x80', '\x9C'> {};        // “
struct right_dquote : pegtl::string<'\xE2', '\x80', '\x9D'> {};       // ”
struct upper : pegtl::range<'A', 'Z'> {};
struct lower : pegtl::range<'a', 'z'> {};
struct word_char : pegtl::sor<pegtl::alpha, pegtl::one<'-', '\''>> {};
struct cap_word : pegtl::seq<upper, pegtl::star<word_char>> {};
struct lower_word : pegtl::seq<lower, pegtl::star<word_char>> {};
struct word_end : pegtl::not_at<word_char> {};
// clang-format on

}  // namespace resdiff::grammar
