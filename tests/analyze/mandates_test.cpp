#include "analyze/mandates.hpp"

#include "analyze/analyze_document.hpp"
#include "clause_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;
using resdiff::testing::op;
using resdiff::testing::pp;
using resdiff::testing::sub;

TEST_CASE("the action stops at the first clause break", "[analyze]") {
    CHECK(mandate_action("to extend the mandate of UNMIS until 30 April 2007, with the intention "
                         "to renew it") == "to extend the mandate of UNMIS until 30 April 2007");
    CHECK(mandate_action("to maintain the deployment of 19,626 uniformed personnel; and") ==
          "to maintain the deployment of 19,626 uniformed personnel");
    CHECK(mandate_action(std::string(400, 'x')).size() <= 240);
}

TEST_CASE("the mandated body", "[analyze]") {
    DocumentNames defined;
    learn_acronyms("the United Nations Mission in the Sudan (UNMIS)", Lexicon::builtin(), defined);
    CHECK(mandate_actor("to extend the mandate of UNMIS until 30 April 2007", Lexicon::builtin(),
                        defined) == "UNMIS");
    CHECK(mandate_actor("to extend until 12 March 2019 the mandate of the Panel of Experts "
                        "originally appointed",
                        Lexicon::builtin(), defined) == "Panel of Experts");
    CHECK(mandate_actor("to extend the mandate of the Joint Verification Mechanism until",
                        Lexicon::builtin(), defined) == "Joint Verification Mechanism");
    CHECK(mandate_actor("the Member States of the African Union to maintain",
                        Lexicon::builtin(), defined) == "Member States");
}

TEST_CASE("mandate records from establishing, renewing and extending clauses", "[analyze]") {
    resdiff::model::Document doc;
    doc.clauses.push_back(pp("pp1", "Acting", "under Chapter VII of the Charter"));
    doc.clauses.push_back(op("op1", "Decides",
                             "to extend the mandate of the United Nations Mission in South Sudan "
                             "(UNMISS) until 15 March 2019"));
    doc.clauses.push_back(op("op2", "Requests", "the Secretary-General to report every 90 days"));
    auto decides = op("op3", "Decides", "that the Force shall:");
    decides.children.push_back(sub("op3.a", "To monitor the ceasefire;"));
    decides.children.push_back(sub("op3.b", "To protect civilians in Abyei;"));
    doc.clauses.push_back(decides);
    doc.clauses.push_back(op("op4", "Extends once again",
                             "the authorizations of UNMISS for a further 12 months"));
    auto old_form = op("op5", "Decides", ":");
    old_form.children.push_back(sub("op5.a", "To call upon the parties concerned to implement"));
    old_form.children.push_back(sub("op5.b", "To renew the mandate of UNMISS for another period of "
                                             "six months, that is, until 31 May 1993"));
    doc.clauses.push_back(old_form);
    doc.clauses.push_back(op("op6", "Decides", "to remain seized of the matter"));
    analyze_document(doc);

    REQUIRE(doc.mandates.size() == 3);
    CHECK(doc.mandates[0].clause == "op1");
    CHECK(doc.mandates[0].verb == "Decides");
    CHECK(doc.mandates[0].actor == "UNMISS");
    CHECK(doc.mandates[0].until == "2019-03-15");
    CHECK_FALSE(doc.mandates[0].period);
    CHECK(doc.mandates[1].clause == "op4");
    CHECK(doc.mandates[1].period == "P12M");
    CHECK(doc.mandates[2].clause == "op5.b");
    CHECK(doc.mandates[2].verb == "Decides");
    CHECK(doc.mandates[2].until == "1993-05-31");
    CHECK(doc.mandates[2].period == "P6M");
    CHECK(doc.mandates[2].actor == "UNMISS");
}

TEST_CASE("a mandate carries its places and tasks", "[analyze]") {
    resdiff::model::Document doc;
    auto c = op("op2", "Decides", "to establish the United Nations Interim Security Force for Abyei "
                                  "(UNISFA) in Abyei for a period of six months, and decides that "
                                  "UNISFA shall:");
    c.children.push_back(sub("op2.a", "Monitor and verify the redeployment;"));
    c.children.push_back(sub("op2.b", "Participate in relevant bodies;"));
    doc.clauses.push_back(c);
    analyze_document(doc);
    REQUIRE(doc.mandates.size() == 1);
    const auto& m = doc.mandates[0];
    CHECK(m.actor == "UNISFA");
    CHECK(m.period == "P6M");
    CHECK(m.places == std::vector<std::string>{"Abyei"});
    CHECK(m.tasks == std::vector<std::string>{"Monitor and verify the redeployment",
                                              "Participate in relevant bodies"});
}
