#include "analyze/scope.hpp"

#include "clause_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;
using Catch::Matchers::Equals;
using V = std::vector<std::string>;

TEST_CASE("qualifiers that widen or limit", "[analyze]") {
    CHECK_THAT(find_qualifiers("to use all necessary means, including inter alia, only within its "
                               "capabilities and its areas of deployment, in accordance with "
                               "international law; including",
                               Lexicon::builtin()),
               Equals(V{"all necessary means", "including", "inter alia", "only",
                        "within its capabilities and its areas of deployment",
                        "in accordance with international law"}));
    CHECK(find_qualifiers("Exclusively for", Lexicon::builtin()) == V{"exclusively"});
}

TEST_CASE("tasks are the sub-paragraphs' labels", "[analyze]") {
    auto clause = resdiff::testing::op("op4", "Decides", "that the Force shall:");
    clause.children.push_back(resdiff::testing::sub("op4.a", "To monitor the cessation of hostilities;"));
    clause.children.push_back(resdiff::testing::sub(
        "op4.b", "To accompany and support the Lebanese armed forces as they deploy throughout "
                 "the south, including along the Blue Line"));
    auto led = resdiff::testing::sub("op4.c", "the parties to cooperate");
    led.lead = "Calls upon";
    clause.children.push_back(led);
    const DocumentNames none;
    const auto scope = scope_of(clause, Lexicon::builtin(), none);
    CHECK_THAT(scope.tasks,
               Equals(V{"To monitor the cessation of hostilities",
                        "To accompany and support the Lebanese armed forces", "Calls upon"}));
}

TEST_CASE("a clause's whole scope", "[analyze]") {
    const DocumentNames none;
    const auto scope = scope_of(
        resdiff::testing::op("op3", "Authorizes",
                             "the Member States of the African Union to maintain the deployment "
                             "of up to 19,626 uniformed personnel in Somalia, only for the "
                             "protection of civilians"),
        Lexicon::builtin(), none);
    CHECK_THAT(scope.actors, Equals(V{"Member States", "African Union"}));
    CHECK_THAT(scope.places, Equals(V{"Somalia"}));
    CHECK_THAT(scope.quantities, Equals(V{"up to 19,626 uniformed personnel"}));
    CHECK_THAT(scope.qualifiers, Equals(V{"only"}));
    CHECK(scope.tasks.empty());
}
