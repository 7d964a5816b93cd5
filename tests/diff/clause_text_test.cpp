#include "diff/clause_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace resdiff::diff;

namespace {
std::string key(const std::string& s, const std::vector<std::string>& labels = {}) {
    return join_keys(comparable_tokens(s, labels));
}
std::string rebuild(const std::vector<resdiff::text::Token>& ts) {
    std::string out;
    for (const auto& t : ts) out += std::string(t.text) + std::string(t.spaces);
    return out;
}
}  // namespace

TEST_CASE("clause text: footnote markers are layout", "[diff]") {
    const std::vector<std::string> labels{"1", "2", "3", "9", "10", "12"};
    CHECK(key("Political Rights, 1 the Covenant", labels) == key("Political Rights, the Covenant", labels));
    CHECK(key("Programme of Action 9 and the Programme", labels) == key("Programme of Action and the Programme", labels));
    CHECK(key("Development,10", labels) == key("Development,", labels));
    CHECK(key("the Council1 decided", labels) == key("the Council decided", labels));
    CHECK(key("in Lebanon 1/ and", labels) == key("in Lebanon and", labels));
    // Numbers the text uses stay.
    CHECK(key("paragraph 3 of resolution 12", labels) != key("paragraph of resolution", labels));
    CHECK(key("until 12 March 2019", labels) != key("until March 2019", labels));
    CHECK(key("for 3 months", labels) != key("for months", labels));
    CHECK(key("recommendation No. 39 (2022)", labels) != key("recommendation No. (2022)", labels));
    CHECK(key("(2) the", labels) != key("() the", labels));
    const std::string s = "Rights, 1 the Covenant,10";
    CHECK(rebuild(comparable_tokens(s, labels)) == s);
}

TEST_CASE("clause text: a wrapped hyphen is one word", "[diff]") {
    CHECK(key("a nuclear- weapon-free zone") == key("a nuclear-weapon-free zone"));
    CHECK(key("the Non- Proliferation Treaty") == key("the Non\u2011Proliferation Treaty"));
    CHECK(key("pre- and post-conflict") != key("pre and post-conflict"));
    const std::string s = "a nuclear- weapon-free zone";
    CHECK(rebuild(comparable_tokens(s, {})) == s);
}

TEST_CASE("clause text: similarity measures", "[diff]") {
    const auto a = word_features(comparable_tokens("Decides to extend the mandate of the Panel", {}));
    const auto b = word_features(comparable_tokens("Decides to extend the mandate of the Mission", {}));
    CHECK(dice(a, a) == 1.0);
    CHECK(dice(a, b) == Approx(0.75));  // stop words left out: decides extend mandate panel/mission
    CHECK(containment(a, b) == Approx(0.75));
    CHECK(dice({}, {}) == 1.0);
    CHECK(containment({}, a) == 0.0);
}
