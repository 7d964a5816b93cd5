#pragma once
// Characters and blanks as they come out of PDFs and Word: tabs, no-break spaces, form feeds.

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include <cstddef>
#include <cstring>

namespace resdiff::grammar {
namespace pegtl = tao::pegtl;

// The bytes up to the end of the line (a line feed or carriage return, or the end of the
// input), at least one: the language of plus<not_one<'\n', '\r'>>, found with memchr rather
// than byte by byte, since every byte of the text goes through it. For memory inputs (the
// whole text is in memory: in.end() is its end).
struct line_bytes {
    using rule_t = line_bytes;
    using subs_t = pegtl::empty_list;

    template <class ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) noexcept {
        const char* const begin = in.current();
        const auto size = static_cast<std::size_t>(in.end() - begin);
        const char* stop = begin + size;
        if (const void* lf = std::memchr(begin, '\n', size)) stop = static_cast<const char*>(lf);
        if (const void* cr = std::memchr(begin, '\r', static_cast<std::size_t>(stop - begin)))
            stop = static_cast<const char*>(cr);
        if (stop == begin) return false;
        in.bump_in_this_line(static_cast<std::size_t>(stop - begin));  // no line end inside
        return true;
    }
};

// clang-format off
struct nbsp : pegtl::string<'\xC2', '\xA0'> {};                       // U+00A0
struct narrow_nbsp : pegtl::string<'\xE2', '\x80', '\xAF'> {};        // U+202F
// Every line tries blanks at the start of each of its alternatives: the two-byte and
// three-byte blanks are compared only behind their lead byte.
struct blank : pegtl::sor<pegtl::one<' ', '\t', '\f', '\v'>,
                          pegtl::seq<pegtl::at<pegtl::one<'\xC2', '\xE2'>>, pegtl::sor<nbsp, narrow_nbsp>>> {};
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

// For tao::pegtl::analyze: line_bytes consumes input, like plus<not_one<…>>.
namespace tao::pegtl {
template <class Name>
struct analyze_traits<Name, resdiff::grammar::line_bytes> : analyze_any_traits<> {};
}  // namespace tao::pegtl
