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

TEST_CASE("a copied analysed document has the same semantics in boxes of its own", "[analyze]") {
    auto doc = sample();
    analyze_document(doc);
    const resdiff::model::Document copy = doc;
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
            CHECK(&b[i]->semantics() != &a[i]->semantics());
        }
    }
    CHECK(boxes >= 5);
}
