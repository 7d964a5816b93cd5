#include "analyze/numbers.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;

namespace {

std::optional<NumberMatch> num(const std::string& text) {
    const auto words = split_words(text);
    return read_number(words, 0, Lexicon::builtin());
}

}  // namespace

TEST_CASE("numbers in digits and words", "[analyze]") {
    CHECK(num("6 months")->value == 6);
    CHECK(num("19,626 uniformed")->value == 19626);
    CHECK(num("twelve months")->value == 12);
    CHECK(num("twenty-one days")->value == 21);
    CHECK(num("twenty one days")->value == 21);
    CHECK(num("one hundred and eighty days")->value == 180);
    CHECK(num("one hundred and eighty days")->words == 4);
    CHECK(num("two thousand five hundred troops")->value == 2500);
    CHECK(num("three (3) weeks")->value == 3);
    CHECK(num("three (3) weeks")->words == 4);
    CHECK(num("two three")->words == 1);
    CHECK_FALSE(num("several months"));
    CHECK_FALSE(num("1.5 million"));
}
