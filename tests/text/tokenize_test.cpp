#include "text/fold.hpp"
#include "text/tokenize.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace resdiff::text;

namespace {
std::string keys(const std::vector<Token>& ts) {
    std::string out;
    for (const auto& t : ts) out += "[" + t.key + "]";
    return out;
}
std::string rebuild(const std::vector<Token>& ts) {
    std::string out;
    for (const auto& t : ts) out += std::string(t.text) + std::string(t.spaces);
    return out;
}
}  // namespace

TEST_CASE("tokenize: words, numbers, punctuation", "[text]") {
    const std::string s = "Decides to deploy 19,626 personnel (S/RES/1445), non-proliferation;";
    const auto ts = tokenize(s);
    CHECK(keys(ts) == "[Decides][to][deploy][19,626][personnel][(][S/RES/1445][)][,][non-proliferation][;]");
    CHECK(rebuild(ts) == s);
}

TEST_CASE("tokenize: typographic variants share keys", "[text]") {
    CHECK(keys(tokenize("pre\u2011recorded \u201Cx\u201D C\u00F4te d\u2019Ivoire")) ==
          keys(tokenize("pre-recorded \"x\" C\u00F4te d'Ivoire")));
}

TEST_CASE("tokenize: soft hyphen and zero-width space are layout", "[text]") {
    CHECK(keys(tokenize("inter\u00ADnational")) == "[international]");
    const auto ts = tokenize("peace\u200Bkeeping");
    CHECK(keys(ts) == "[peace][keeping]");
    CHECK(rebuild(ts) == "peace\u200Bkeeping");
}

TEST_CASE("fold: fold_for_compare", "[text]") {
    CHECK(fold_for_compare("  a\u00A0\u00A0b\n c ") == "a b c");
    CHECK(fold_for_compare("\u2018x\u2019") == "'x'");
}
