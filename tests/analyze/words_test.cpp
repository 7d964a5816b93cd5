#include "analyze/words.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

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

TEST_CASE("lower case and hash of every word match the byte by byte definition", "[analyze]") {
    // Short ASCII words take a path of their own (eight bytes at a time); longer words, words at
    // the end of the text and non-ASCII words the plain one. Both must give the same words.
    const std::string pieces = "aAzZmM09@[`{ -.,;'/";
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 60);
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        for (std::size_t k = length(rng); k > 0; --k) text += pieces[pick(rng)];
        if (n % 7 == 0) text += "\u00C9T\u00C9 Caf\u00E9";  // non-ASCII words too
        const auto words = split_words(text);
        for (const auto& w : words) {
            std::string lower(w.key);
            for (auto& c : lower)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            INFO("word \"" << std::string(w.text) << "\" of \"" << text << "\"");
            CHECK(w.lower == lower);
            CHECK(w.hash == word_hash(lower));
            CHECK((w.lower.data() == w.key.data()) == (lower == w.key));  // a copy only when it differs
        }
    }
}
