#include "analyze/names.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;
using Catch::Matchers::Equals;
using V = std::vector<std::string>;

TEST_CASE("places from the gazetteer, longest first", "[analyze]") {
    const DocumentNames none;
    auto n = find_names("the borders of Gaza with Israel and Egypt, and South Sudan and the Sudan, "
                        "Guinea-Bissau and Papua New Guinea",
                        Lexicon::builtin(), none);
    CHECK_THAT(n.places, Equals(V{"Gaza", "Israel", "Egypt", "South Sudan", "Sudan",
                                  "Guinea-Bissau", "Papua New Guinea"}));
}

TEST_CASE("aliases report the canonical name once", "[analyze]") {
    const DocumentNames none;
    auto n = find_names("Syria and the Syrian Arab Republic, Turkey, Côte d’Ivoire",
                        Lexicon::builtin(), none);
    CHECK_THAT(n.places, Equals(V{"Syrian Arab Republic", "Türkiye", "Côte d'Ivoire"}));
}

TEST_CASE("places named by \"in\"", "[analyze]") {
    const DocumentNames none;
    auto n = find_names("the situation in Kidal and in Security Council resolutions and in UNMIS",
                        Lexicon::builtin(), none);
    CHECK_THAT(n.places, Equals(V{"Kidal"}));
}

TEST_CASE("actors, with names the document defined", "[analyze]") {
    DocumentNames defined;
    learn_acronyms("the United Nations Interim Force in Lebanon (UNIFIL)", Lexicon::builtin(),
                   defined);
    auto n = find_names("Requests the Secretary-General and Member States to support UNIFIL and "
                        "the United Nations Interim Force in Lebanon",
                        Lexicon::builtin(), defined);
    CHECK_THAT(n.actors, Equals(V{"Secretary-General", "Member States", "UNIFIL"}));
    CHECK(n.places.empty());  // "Lebanon" inside the Force's name is not a place mention
}

TEST_CASE("case matters for names", "[analyze]") {
    const DocumentNames none;
    auto n = find_names("the states of chad and a pacific settlement", Lexicon::builtin(), none);
    CHECK(n.places.empty());
    CHECK(n.actors.empty());
}

TEST_CASE("\"in\" before a body or a phrase is no place", "[analyze]") {
    const DocumentNames none;
    auto n = find_names("in AMISOM’s Concept of Operations, in Support of peace, in Kidal",
                        Lexicon::builtin(), none);
    CHECK_THAT(n.places, Equals(V{"Kidal"}));
}
