// grammar/chars.hpp: line_bytes reads exactly what plus<not_one<'\n', '\r'>> reads.

#include "grammar/chars.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include <string>

namespace g = resdiff::grammar;
namespace pegtl = tao::pegtl;

namespace {

struct Outcome {
    bool matched;
    std::size_t consumed;
    std::size_t column;  // where an eager input stands afterwards
    bool operator==(const Outcome&) const = default;
};

template <class Rule>
Outcome run(const std::string& text) {
    pegtl::memory_input in(text, "test");  // eager tracking: line and column are kept
    const bool matched = pegtl::parse<Rule>(in);
    return {matched, static_cast<std::size_t>(in.current() - text.data()), in.position().column};
}

}  // namespace

TEST_CASE("line_bytes is plus<not_one<'\\n', '\\r'>>, found faster", "[grammar]") {
    using reference = pegtl::plus<pegtl::not_one<'\n', '\r'>>;
    const std::string cases[] = {"",           "\n",          "\r\n",        "a",          "abc",
                                 "abc\n",      "abc\r\nx",    "ab\rc\n",     "a\nb\nc",    "  blanks  \n",
                                 "\xE2\x80\x9C" "quoted\xE2\x80\x9D\n",      std::string("nul\0byte\n", 9),
                                 "no end at all", "\r"};
    for (const auto& text : cases) {
        INFO(text);
        CHECK(run<g::line_bytes>(text) == run<reference>(text));
        pegtl::memory_input<pegtl::tracking_mode::lazy> lazy(text, "test");
        const bool matched = pegtl::parse<g::line_bytes>(lazy);
        CHECK(matched == run<reference>(text).matched);
        CHECK(static_cast<std::size_t>(lazy.current() - text.data()) == run<reference>(text).consumed);
    }
}

TEST_CASE("line_bytes consumes input for the grammar analysis", "[grammar]") {
    CHECK(pegtl::analyze<pegtl::star<g::line_bytes>>(-1) == 0);  // no endless loop on no input
    CHECK(pegtl::analyze<pegtl::seq<g::line_bytes, pegtl::eol>>(-1) == 0);
}
