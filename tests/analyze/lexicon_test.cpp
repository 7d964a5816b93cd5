#include "analyze/lexicon.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using resdiff::analyze::Lexicon;
using resdiff::analyze::load_lexicon;

namespace {

int strength(const Lexicon& lex, const std::string& lead) {
    const auto* e = lex.operative_lead(lead);
    INFO(lead);
    REQUIRE(e != nullptr);
    return e->value;
}

}  // namespace

TEST_CASE("the built-in lexicon is large and ordered", "[analyze]") {
    const Lexicon& lex = Lexicon::builtin();
    CHECK(lex.operative().size() >= 150);
    CHECK(lex.preambular().size() >= 50);
    CHECK(strength(lex, "Decides") > strength(lex, "Demands"));
    CHECK(strength(lex, "Demands") > strength(lex, "Requests"));
    CHECK(strength(lex, "Requests") > strength(lex, "Encourages"));
    CHECK(strength(lex, "Encourages") > strength(lex, "Welcomes"));
    CHECK(strength(lex, "Welcomes") > strength(lex, "Takes note"));
    CHECK(strength(lex, "Further requests") == strength(lex, "Requests"));
    CHECK(strength(lex, "Also decides") == strength(lex, "Decides"));
    CHECK(strength(lex, "Extends once again") == strength(lex, "Extends"));
    CHECK(strength(lex, "Strongly urges") > strength(lex, "Urges"));
    CHECK(strength(lex, "Reiterates its demand") == strength(lex, "Demands"));
    CHECK(lex.operative_lead("Calls once again upon") != nullptr);
}

TEST_CASE("lead lookup ignores case and typography and falls back to a leading phrase",
          "[analyze]") {
    const Lexicon& lex = Lexicon::builtin();
    CHECK(lex.operative_lead("DECIDES") == lex.operative_lead("Decides"));
    REQUIRE(lex.operative_lead("Expresses its deep concern about") != nullptr);
    CHECK(lex.operative_lead("Expresses its deep concern about")->phrase ==
          "Expresses its deep concern");
    CHECK(lex.operative_lead("Frobnicates") == nullptr);
    REQUIRE(lex.preambular_lead("Recalling also") != nullptr);
    CHECK(lex.preambular_lead("Recalling also")->value == 0);
}

TEST_CASE("the gazetteer holds every Member State and the observers", "[analyze]") {
    const Lexicon& lex = Lexicon::builtin();
    const auto& places = lex.places().entries();
    const auto members = std::count_if(places.begin(), places.end(), [](const auto& e) {
        return e.kind == "member" && e.canonical.empty();
    });
    CHECK(members == 193);
    for (const char* name : {"Holy See", "State of Palestine", "Darfur", "Gaza", "West Bank",
                             "Golan", "Abyei", "Kosovo", "Western Sahara"}) {
        INFO(name);
        CHECK(lex.places().find(resdiff::analyze::phrase_key(name)) != nullptr);
    }
}

TEST_CASE("number words and modals are data", "[analyze]") {
    const Lexicon& lex = Lexicon::builtin();
    CHECK(lex.number_word("twelve") == 12);
    CHECK(lex.number_word("ninety") == 90);
    CHECK_FALSE(lex.number_word("many"));
    CHECK(lex.modals().find("shall")->value > lex.modals().find("should")->value);
    CHECK(lex.modals().find("should")->value > lex.modals().find("may")->value);
    CHECK(lex.is_quantity_unit("personnel"));
}

TEST_CASE("a user file extends and overrides the built-in lexicon", "[analyze]") {
    const auto load = load_lexicon(
        "# my house rules\n"
        "[operative]\n"
        "Frobnicates\t2\trequest\n"
        "Welcomes\t3\n"
        "\n"
        "[place]\n"
        "Atlantis\tterritory\n");
    REQUIRE(load.ok());
    CHECK(load.lexicon->operative_lead("Frobnicates")->value == 2);
    CHECK(load.lexicon->operative_lead("Welcomes")->value == 3);
    CHECK(load.lexicon->operative_lead("Decides")->value == 5);
    CHECK(load.lexicon->places().find("atlantis") != nullptr);
    // The built-in one is untouched.
    CHECK(Lexicon::builtin().operative_lead("Frobnicates") == nullptr);
    CHECK(Lexicon::builtin().operative_lead("Welcomes")->value == 1);
}

TEST_CASE("a bad line gives a positioned error", "[analyze]") {
    SECTION("entry before a section") {
        const auto load = load_lexicon("Decides\t5\n");
        REQUIRE(load.error);
        CHECK(load.error->line == 1);
        CHECK(load.error->column == 1);
    }
    SECTION("not an integer") {
        const auto load = load_lexicon("[operative]\n# c\nDecides\tfive\n");
        REQUIRE(load.error);
        CHECK(load.error->line == 3);
        CHECK(load.error->column == 9);
        CHECK(load.error->message.find("integer") != std::string::npos);
    }
    SECTION("unknown section") {
        const auto load = load_lexicon("[verbs]\n");
        REQUIRE(load.error);
        CHECK(load.error->message.find("unknown section [verbs]") != std::string::npos);
    }
    SECTION("missing field") {
        const auto load = load_lexicon("[modal]\nshall\n");
        REQUIRE(load.error);
        CHECK(load.error->line == 2);
    }
    SECTION("too many fields") {
        const auto load = load_lexicon("[number]\ntwelve\t12\textra\n");
        REQUIRE(load.error);
        CHECK(load.error->column == 11);
    }
    SECTION("bad qualifier effect") {
        const auto load = load_lexicon("[qualifier]\nsolely\tnarrow\n");
        REQUIRE(load.error);
        CHECK(load.error->column == 8);
    }
}
