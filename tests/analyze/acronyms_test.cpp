#include "analyze/acronyms.hpp"

#include "analyze/words.hpp"
#include "clause_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;

namespace {

std::string actor_of(const DocumentNames& names, const std::string& text) {
    const auto w = split_words(text);
    auto m = names.actors.match_at(w, 0, CaseMode::proper);
    return m ? m.entry->name() : std::string();
}

}  // namespace

TEST_CASE("acronyms defined in parentheses are learnt", "[analyze]") {
    DocumentNames names;
    learn_acronyms("Decides to establish the United Nations Interim Force in Lebanon (UNIFIL) for "
                   "an initial period of six months, and the African Union Mission in Somalia "
                   "(AMISOM);",
                   Lexicon::builtin(), names);
    CHECK(actor_of(names, "UNIFIL") == "UNIFIL");
    CHECK(actor_of(names, "United Nations Interim Force in Lebanon") == "UNIFIL");
    CHECK(actor_of(names, "African Union Mission in Somalia") == "AMISOM");
    CHECK(actor_of(names, "AMISOM") == "AMISOM");
}

TEST_CASE("a defined place keeps the gazetteer name; a known actor its name", "[analyze]") {
    DocumentNames names;
    learn_acronyms("in the Democratic Republic of the Congo (DRC) and the European Union (EU)",
                   Lexicon::builtin(), names);
    const auto w = split_words("DRC");
    auto place = names.places.match_at(w, 0, CaseMode::proper);
    REQUIRE(place);
    CHECK(place.entry->name() == "Democratic Republic of the Congo");
    CHECK(actor_of(names, "EU") == "European Union");
}

TEST_CASE("parenthesised things that are not definitions", "[analyze]") {
    DocumentNames names;
    learn_acronyms("resolution 1591 (2005) and the Committee (hereafter \"the Committee\") and "
                   "lower case words (ABC)",
                   Lexicon::builtin(), names);
    CHECK(names.actors.size() == 0);
    CHECK(names.places.size() == 0);
}

TEST_CASE("a document's definitions come from every clause", "[analyze]") {
    resdiff::model::Document doc;
    doc.clauses.push_back(resdiff::testing::op(
        "op1", "Decides", "to establish the United Nations Mission in the Sudan (UNMIS)"));
    doc.clauses.back().children.push_back(resdiff::testing::sub(
        "op1.a", "to support the United Nations Assistance Mission for Iraq (UNAMI)"));
    const auto names = learn_acronyms(doc, Lexicon::builtin());
    CHECK(actor_of(names, "United Nations Mission in the Sudan") == "UNMIS");
    CHECK(actor_of(names, "UNAMI") == "UNAMI");
}
