// src/parse/lead_split.cpp: leads, their kind, and paragraph starts.

#include "parse/lead_split.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace resdiff::parse;

TEST_CASE("operative and preambular leads", "[parse]") {
    CHECK(is_operative_lead("Decides"));
    CHECK(is_operative_lead("Further requests"));
    CHECK(is_operative_lead("Once again urges"));
    CHECK(is_operative_lead("The Security Council requests"));
    CHECK_FALSE(is_operative_lead("Recalling also"));
    CHECK_FALSE(is_operative_lead("Deeply concerned"));
    CHECK_FALSE(is_operative_lead("Conscious"));
}

TEST_CASE("what opens a paragraph and what does not", "[parse]") {
    CHECK(looks_like_paragraph_start("Recalling its resolutions"));
    CHECK(looks_like_paragraph_start("Mindful of its responsibility"));
    CHECK(looks_like_paragraph_start("Decides to extend"));
    CHECK_FALSE(looks_like_paragraph_start("United Nations Mission in the Sudan"));
    CHECK_FALSE(looks_like_paragraph_start("Council;"));
    CHECK_FALSE(looks_like_paragraph_start("Committee; or"));
    CHECK_FALSE(looks_like_paragraph_start("to extend"));
    CHECK(is_known_lead("Takes note"));
    CHECK_FALSE(is_known_lead("Eggs"));
    CHECK_FALSE(is_known_lead("Committee"));
}

TEST_CASE("lead length counts the blanks and quote before it", "[parse]") {
    CHECK(lead_length("Decides to act") == std::string("Decides").size());
    CHECK(lead_length("  Recalling also its") == std::string("  Recalling also").size());
    CHECK(lead_length("to act") == 0);
}
