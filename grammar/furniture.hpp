#pragma once
// Page furniture that PDF extraction leaves in the text: job numbers, barcodes, page counters.
// Whole lines only; running headers need document context and are found by the builder.

#include "grammar/chars.hpp"

namespace resdiff::grammar {

// clang-format off
// "06-28361 (E)", "22-09852 (E)      230622", "25-17051", optionally "Please recycle".
struct job_number : pegtl::seq<pegtl::rep<2, pegtl::digit>, pegtl::one<'-'>, pegtl::rep<5, pegtl::digit>,
                               pegtl::opt<blanks, pegtl::string<'(', 'E', ')'>>,
                               pegtl::opt<blanks, pegtl::rep<6, pegtl::digit>>> {};
struct recycle_note : pegtl::seq<pegtl::one<'P'>, pegtl::plus<pegtl::alpha>, blanks, pegtl::istring<'r', 'e', 'c', 'y', 'c', 'l', 'e'>> {};
struct job_number_line : pegtl::seq<blanks, job_number, blanks, pegtl::opt<recycle_note>, trailing> {};
// "*0628361*"
struct barcode_line : pegtl::seq<blanks, pegtl::one<'*'>, pegtl::rep_min_max<6, 9, pegtl::digit>, pegtl::one<'*'>, trailing> {};
// "2/3", "Page 2", "- 2 -"; a bare "2" is a page number too (operative labels carry a dot).
struct page_counter : pegtl::seq<pegtl::rep_min_max<1, 3, pegtl::digit>, pegtl::one<'/'>, pegtl::rep_min_max<1, 3, pegtl::digit>> {};
struct page_word : pegtl::seq<pegtl::string<'P', 'a', 'g', 'e'>, some_blanks, pegtl::rep_min_max<1, 3, pegtl::digit>> {};
struct dashed_page : pegtl::seq<pegtl::one<'-'>, blanks, pegtl::rep_min_max<1, 3, pegtl::digit>, blanks, pegtl::one<'-'>> {};
struct bare_page : pegtl::rep_min_max<1, 3, pegtl::digit> {};
struct page_counter_line : pegtl::seq<blanks, pegtl::sor<page_counter, page_word, dashed_page, bare_page>, trailing> {};
struct furniture_line : pegtl::sor<job_number_line, barcode_line, page_counter_line> {};
// clang-format on

}  // namespace resdiff::grammar
