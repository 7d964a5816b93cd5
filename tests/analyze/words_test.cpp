#include "analyze/words.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;

TEST_CASE("words carry offsets, folded keys and lower case", "[analyze]") {
    const std::string text = "Côte d’Ivoire (UNOCI): 19,626 troops";
    const auto w = split_words(text);
    REQUIRE(w.size() == 8);
    CHECK(w[1].key == "d'Ivoire");
    CHECK(w[1].lower == "d'ivoire");
    CHECK(w[2].punct);
    CHECK(w[6].number);
    CHECK(w[6].text == "19,626");
    CHECK(span_text(text, w, 0, 1) == "Côte d’Ivoire");
    CHECK(word_is(w, 7, "troops"));
    CHECK_FALSE(word_is(w, 8, "troops"));
    CHECK(phrase_key("Calls  UPON") == "calls upon");
}
