#include "analyze/obligations.hpp"

#include "clause_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;
using resdiff::testing::op;
using resdiff::testing::pp;

namespace {
const Lexicon& lex() { return Lexicon::builtin(); }
}  // namespace

TEST_CASE("verb, strength and modal of an operative clause", "[analyze]") {
    bool known = false;
    auto ob = obligation_of(op("op4", "Decides", "that the Force shall consist of 1,000 troops"),
                            lex(), false, &known);
    REQUIRE(ob);
    CHECK(known);
    CHECK(ob->verb == "Decides");
    CHECK(ob->strength == 5);
    CHECK(ob->modal == "shall");
    CHECK(ob->binding);

    ob = obligation_of(op("op2", "Further requests", "the Secretary-General to report"), lex(),
                       false, &known);
    CHECK(ob->verb == "Further requests");
    CHECK(ob->strength == 3);
    CHECK_FALSE(ob->modal);
    CHECK_FALSE(ob->binding);
}

TEST_CASE("the strongest modal names the clause", "[analyze]") {
    CHECK(strongest_modal("States may, and should, act", lex())->phrase == "should");
    CHECK(strongest_modal("the parties are invited to negotiate", lex())->phrase ==
          "are invited to");
    CHECK_FALSE(strongest_modal("until 31 May 2023", lex()));  // "May" is a month
    CHECK(strongest_modal("that all States shall not and may", lex())->strength == 5);
}

TEST_CASE("binding decisions", "[analyze]") {
    auto decides = op("op1", "Decides", "to remain seized of the matter");
    CHECK_FALSE(obligation_of(decides, lex(), false)->binding);
    CHECK(obligation_of(op("op3", "Decides", "to extend the mandate"), lex(), true)->binding);
    CHECK(obligation_of(op("op3", "Decides", "in accordance with Article 25 of the Charter"),
                        lex(), false)->binding);
    CHECK(obligation_of(op("op5", "Demands", "that all parties cease fire"), lex(), true)->binding);
    CHECK_FALSE(obligation_of(op("op5", "Demands", "that all parties cease fire"), lex(), false)
                    ->binding);
    CHECK_FALSE(obligation_of(op("op6", "Decides", "that States should report"), lex(), false)
                    ->binding);
    CHECK_FALSE(obligation_of(op("op7", "Encourages", "Member States to contribute"), lex(), true)
                    ->binding);
}

TEST_CASE("preambular clauses and unknown leads", "[analyze]") {
    bool known = false;
    auto ob = obligation_of(pp("pp1", "Recalling also", "its resolution 1590 (2005)"), lex(),
                            true, &known);
    REQUIRE(ob);
    CHECK(known);
    CHECK(ob->verb == "Recalling also");
    CHECK(ob->strength == 0);
    CHECK_FALSE(ob->binding);

    ob = obligation_of(op("op9", "Frobnicates", "the Council shall"), lex(), false, &known);
    REQUIRE(ob);
    CHECK_FALSE(known);
    CHECK(ob->strength == 0);

    auto no_lead = op("op1", "x", "text");
    no_lead.lead.reset();
    CHECK_FALSE(obligation_of(no_lead, lex(), false));
}
