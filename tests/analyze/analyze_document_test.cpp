#include "analyze/analyze_document.hpp"

#include "analyze/lexicon.hpp"
#include "clause_builder.hpp"
#include "support/semantics_box.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <vector>

using namespace resdiff::analyze;
using resdiff::testing::has_semantics_box;
using resdiff::testing::op;
using resdiff::testing::pp;
using resdiff::testing::sub;

namespace {

resdiff::model::Document sample() {
    resdiff::model::Document doc;
    doc.clauses.push_back(pp("pp1", "Recalling", "its resolution 425 (1978)", 3));
    doc.clauses.push_back(pp("pp2", "Acting", "under Chapter VII of the Charter", 4));
    doc.clauses.push_back(op("op1", "Decides",
                             "to extend the mandate of the United Nations Interim Force in "
                             "Lebanon (UNIFIL) until 31 August 2025",
                             5));
    doc.clauses.push_back(op("op2", "Frobnicates", "UNIFIL in southern Lebanon", 7));
    auto op3 = op("op3", "Requests", "the Secretary-General to report every four months on:", 9);
    op3.children.push_back(sub("op3.a", "the implementation in Lebanon by 1 July 2025;"));
    doc.clauses.push_back(op3);
    return doc;
}

}  // namespace

TEST_CASE("every semantic field is filled", "[analyze]") {
    auto doc = sample();
    analyze_document(doc);

    CHECK(doc.legal_basis.chapter_vii);
    CHECK(doc.legal_basis.clause == "pp2");

    const auto& op1 = doc.clauses[2];
    REQUIRE(op1.obligation());
    CHECK(op1.obligation()->binding);  // a decision under Chapter VII
    REQUIRE(op1.durations().size() == 1);
    CHECK(op1.durations()[0].until == "2025-08-31");
    CHECK(op1.scope().actors == std::vector<std::string>{"UNIFIL"});

    CHECK(doc.clauses[0].obligation()->strength == 0);
    CHECK(doc.clauses[3].scope().actors == std::vector<std::string>{"UNIFIL"});

    const auto& op3 = doc.clauses[4];
    CHECK(op3.durations()[0].period == "P4M");
    CHECK(op3.scope().tasks == std::vector<std::string>{"the implementation in Lebanon by 1 July 2025"});
    const auto& child = op3.children[0];
    CHECK(child.durations()[0].role == resdiff::model::DurationRole::deadline);
    CHECK(child.scope().places == std::vector<std::string>{"Lebanon"});
    CHECK_FALSE(child.obligation());

    REQUIRE(doc.mandates.size() == 1);
    CHECK(doc.mandates[0].actor == "UNIFIL");
}

TEST_CASE("an unknown operative lead becomes one positioned warning", "[analyze]") {
    auto doc = sample();
    analyze_document(doc);
    analyze_document(doc);  // twice: no duplicate
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0].line == 7);
    CHECK(doc.warnings[0].column == 1);
    CHECK(doc.warnings[0].message == "unknown operative phrase \"Frobnicates\"");
}

TEST_CASE("a user lexicon silences the warning and sets the strength", "[analyze]") {
    auto load = load_lexicon("[operative]\nFrobnicates\t4\tdemand\n");
    REQUIRE(load.ok());
    auto doc = sample();
    analyze_document(doc, *load.lexicon);
    CHECK(doc.warnings.empty());
    CHECK(doc.clauses[3].obligation()->strength == 4);
    CHECK(doc.clauses[3].obligation()->binding);  // a demand under Chapter VII
}

TEST_CASE("analysis is linear in the size of the text", "[analyze]") {
    // A long clause: scanning must not backtrack (a quadratic scan takes minutes here).
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "for the period of until by within every (ABC) in ";
    resdiff::model::Document doc;
    doc.clauses.push_back(op("op1", "Decides", text));
    analyze_document(doc);
    CHECK(doc.clauses[0].durations().empty());
}

TEST_CASE("a clause in which nothing is found gets no box and its parent gets one for its tasks", "[analyze]") {
    resdiff::model::Document doc;
    auto op1 = op("op1", "Requests", "the Secretary-General to report on:");
    auto a = sub("op1.a", "the following matters:");
    a.children.push_back(sub("op1.a.i", "the other matters;"));
    op1.children.push_back(a);
    doc.clauses.push_back(op1);
    // A stale box from earlier is dropped when the analysis now finds nothing.
    doc.clauses[0].children[0].children[0].semantics_to_fill().scope.places.push_back("stale");
    analyze_document(doc);

    const auto& item = doc.clauses[0].children[0];
    const auto& leaf = item.children[0];
    CHECK_FALSE(has_semantics_box(leaf));
    CHECK(leaf.semantics().empty());
    // Nothing of its own, but one task: the box is made when the task comes.
    REQUIRE(has_semantics_box(item));
    CHECK_FALSE(item.obligation());
    CHECK(item.durations().empty());
    CHECK(item.scope().tasks == std::vector<std::string>{"the other matters"});

    analyze_document(doc);  // twice: the same, tasks not repeated
    CHECK_FALSE(has_semantics_box(leaf));
    CHECK(item.scope().tasks == std::vector<std::string>{"the other matters"});
}

TEST_CASE("a copied analysed document has the same semantics, in the same boxes", "[analyze]") {
    auto doc = sample();
    analyze_document(doc);
    resdiff::model::Document copy = doc;
    std::vector<const resdiff::model::Clause*> a, b;
    resdiff::model::for_each_clause(doc.clauses, [&](const auto& c, std::size_t) { a.push_back(&c); });
    resdiff::model::for_each_clause(copy.clauses, [&](const auto& c, std::size_t) { b.push_back(&c); });
    REQUIRE(a.size() == b.size());
    std::size_t boxes = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO(a[i]->id);
        CHECK(b[i]->obligation() == a[i]->obligation());
        CHECK(b[i]->durations() == a[i]->durations());
        CHECK(b[i]->scope() == a[i]->scope());
        CHECK(has_semantics_box(*b[i]) == has_semantics_box(*a[i]));
        if (has_semantics_box(*a[i])) {
            ++boxes;
            CHECK(b[i]->shares_semantics_with(*a[i]));
        }
    }
    CHECK(boxes >= 5);

    // Analysing the copy again changes nothing in either, and writes land in the copy only.
    analyze_document(copy);
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(b[i]->semantics() == a[i]->semantics());
    copy.clauses[2].semantics_to_fill().scope.places.push_back("Syria");
    CHECK(doc.clauses[2].scope().places.empty());
    CHECK(copy.clauses[2].scope().places == std::vector<std::string>{"Syria"});
}

namespace {

// Three top-level clauses of the same words; the first has no sub-paragraph, the other two the
// same one, whose label becomes their task only after they were filled.
resdiff::model::Document repeated() {
    resdiff::model::Document doc;
    doc.clauses.push_back(op("op1", "Decides", "to remain seized of the matter;"));
    doc.clauses.push_back(op("op2", "Decides", "to remain seized of the matter;"));
    doc.clauses.push_back(op("op3", "Requests", "the Secretary-General to report on:"));
    doc.clauses.back().children.push_back(sub("op3.a", "the situation in Lebanon;"));
    doc.clauses.push_back(op("op4", "Requests", "the Secretary-General to report on:"));
    doc.clauses.back().children.push_back(sub("op4.a", "the situation in Lebanon;"));
    doc.clauses.push_back(op("op5", "Requests", "the Secretary-General to report on:"));
    doc.clauses.push_back(op("op6", "Decides", "to remain seized of the matter;"));
    return doc;
}

}  // namespace

TEST_CASE("clauses with equal semantics share one box after the analysis", "[analyze]") {
    auto doc = repeated();
    analyze_document(doc);
    const auto& c = doc.clauses;
    REQUIRE(has_semantics_box(c[0]));
    CHECK(c[1].shares_semantics_with(c[0]));
    CHECK(c[5].shares_semantics_with(c[0]));
    CHECK_FALSE(c[2].shares_semantics_with(c[0]));  // another lead
    // Equal sub-paragraphs share too.
    REQUIRE(has_semantics_box(c[2].children[0]));
    CHECK(c[3].children[0].shares_semantics_with(c[2].children[0]));
}

TEST_CASE("a clause whose tasks come later shares with the equal clauses that have them", "[analyze]") {
    auto doc = repeated();
    analyze_document(doc);
    const auto& c = doc.clauses;
    // op3 and op4 get their task after they were filled; op5, of the same words, has none.
    CHECK(c[2].scope().tasks == std::vector<std::string>{"the situation in Lebanon"});
    CHECK(c[3].scope().tasks == std::vector<std::string>{"the situation in Lebanon"});
    CHECK(c[4].scope().tasks.empty());
    CHECK(c[3].shares_semantics_with(c[2]));
    CHECK_FALSE(c[4].shares_semantics_with(c[2]));
    CHECK_FALSE(c[4].shares_semantics_with(c[3]));
    // The same values as each clause analysed in a document of its own (nothing shared there).
    for (const auto& clause : c) {
        INFO(clause.id);
        resdiff::model::Document alone;
        alone.clauses.push_back(clause);
        alone.clauses.back().set_semantics({});
        analyze_document(alone);
        CHECK(alone.clauses[0].semantics() == clause.semantics());
    }
}

TEST_CASE("writing to a clause that shares its semantics leaves the others", "[analyze]") {
    auto doc = repeated();
    analyze_document(doc);
    auto& c = doc.clauses;
    REQUIRE(c[1].shares_semantics_with(c[0]));
    const resdiff::model::ClauseSemantics before = c[0].semantics();

    c[1].semantics_to_fill().scope.places.push_back("Lebanon");
    CHECK(c[0].semantics() == before);
    CHECK(c[5].semantics() == before);
    CHECK(c[5].shares_semantics_with(c[0]));
    CHECK(c[1].scope().places == std::vector<std::string>{"Lebanon"});

    c[5].set_semantics({});
    CHECK_FALSE(has_semantics_box(c[5]));
    CHECK(c[0].semantics() == before);
}
