#include "analyze/legal_basis.hpp"

#include "clause_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;
using resdiff::testing::op;
using resdiff::testing::pp;

TEST_CASE("acting under Chapter VII", "[analyze]") {
    CHECK(acts_under_chapter_vii("Acting", "under Chapter VII of the Charter of the United Nations,"));
    CHECK(acts_under_chapter_vii("Decides", ", acting under Chapter VII of the Charter, that"));
    CHECK(acts_under_chapter_vii("Acting", "also under Chapter VII"));
    CHECK_FALSE(acts_under_chapter_vii("Acting", "under Chapter VIII of the Charter"));
    CHECK_FALSE(acts_under_chapter_vii("Recalling", "the measures imposed under Chapter VII"));
    CHECK_FALSE(acts_under_chapter_vii("Acting", "in accordance with the purposes of the Charter"));
}

TEST_CASE("the legal basis names the clause that invokes Chapter VII", "[analyze]") {
    resdiff::model::Document doc;
    doc.clauses.push_back(pp("pp1", "Recalling", "its previous resolutions"));
    doc.clauses.push_back(pp("pp2", "Acting", "under Chapter VII of the Charter of the United Nations,"));
    doc.clauses.push_back(op("op1", "Decides", "to extend the mandate"));
    auto basis = find_legal_basis(doc);
    CHECK(basis.chapter_vii);
    CHECK(basis.clause == "pp2");

    doc.clauses.erase(doc.clauses.begin() + 1);
    basis = find_legal_basis(doc);
    CHECK_FALSE(basis.chapter_vii);
    CHECK_FALSE(basis.clause);
}
