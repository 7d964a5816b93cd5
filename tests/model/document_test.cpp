#include "model/document.hpp"

#include "support/semantics_box.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace resdiff::model;
using resdiff::testing::has_semantics_box;

namespace {
Clause make(std::string id, ClauseKind kind = ClauseKind::operative) {
    Clause c;
    c.id = std::move(id);
    c.kind = kind;
    return c;
}
}  // namespace

TEST_CASE("for_each_clause walks depth-first in document order", "[model]") {
    Document doc;
    Clause op1 = make("op1");
    Clause a = make("op1.a");
    a.children.push_back(make("op1.a.i"));
    op1.children.push_back(a);
    op1.children.push_back(make("op1.b"));
    doc.clauses.push_back(make("pp1", ClauseKind::preambular));
    doc.clauses.push_back(op1);
    std::vector<std::string> seen;
    std::vector<std::size_t> depths;
    for_each_clause(doc.clauses, [&](const Clause& c, std::size_t d) {
        seen.push_back(c.id);
        depths.push_back(d);
    });
    CHECK(seen == std::vector<std::string>{"pp1", "op1", "op1.a", "op1.a.i", "op1.b"});
    CHECK(depths == std::vector<std::size_t>{0, 0, 1, 2, 1});
    REQUIRE(find_clause(doc, "op1.a.i") != nullptr);
    CHECK(find_clause(doc, "op9") == nullptr);
}

TEST_CASE("for_each_clause survives very deep nesting without recursion", "[model]") {
    std::vector<Clause> roots(1);
    Clause* cur = &roots[0];
    for (int i = 0; i < 5000; ++i) {
        cur->children.emplace_back();
        cur = &cur->children.back();
    }
    std::size_t max_depth = 0, count = 0;
    for_each_clause(roots, [&](const Clause&, std::size_t d) {
        ++count;
        max_depth = std::max(max_depth, d);
    });
    CHECK(count == 5001);
    CHECK(max_depth == 5000);
}

TEST_CASE("destroying a very deep clause tree does not recurse", "[model]") {
    auto root = std::make_unique<Clause>();
    Clause* cur = root.get();
    for (int i = 0; i < 200000; ++i) {
        cur->children.emplace_back();
        cur = &cur->children.back();
    }
    root.reset();  // would overflow the stack with the implicit recursive destructor
    SUCCEED();
}

namespace {
ClauseSemantics some_semantics() {
    ClauseSemantics s;
    s.obligation = Obligation{"Decides", 5, "shall", true};
    s.durations.push_back({"until 31 May 2023", "2023-05-31", std::nullopt, DurationRole::until});
    s.scope.places.push_back("Abyei");
    return s;
}
}  // namespace

TEST_CASE("a clause holds its semantics in a box made only when something is found", "[model]") {
    Clause c = make("op1");
    CHECK_FALSE(has_semantics_box(c));
    CHECK_FALSE(c.obligation());
    CHECK(c.durations().empty());
    CHECK(c.scope().empty());
    CHECK(c.semantics().empty());

    c.set_semantics(ClauseSemantics{});
    CHECK_FALSE(has_semantics_box(c));

    c.set_semantics(some_semantics());
    REQUIRE(has_semantics_box(c));
    CHECK(c.semantics() == some_semantics());
    CHECK(c.obligation()->verb == "Decides");
    CHECK(c.durations().size() == 1);
    CHECK(c.scope().places == std::vector<std::string>{"Abyei"});

    // Analysed again and nothing found: the box goes.
    c.set_semantics(ClauseSemantics{});
    CHECK_FALSE(has_semantics_box(c));

    c.semantics_to_fill().scope.tasks.push_back("to monitor");
    REQUIRE(has_semantics_box(c));
    c.semantics_to_fill().scope.tasks.push_back("to report");
    CHECK(c.scope().tasks == std::vector<std::string>{"to monitor", "to report"});
}

TEST_CASE("copying a clause shares its semantics until one writes, moving takes them", "[model]") {
    Clause c = make("op1");
    c.set_semantics(some_semantics());
    c.children.push_back(make("op1.a", ClauseKind::subparagraph));
    c.children.back().semantics_to_fill().scope.tasks.push_back("t");

    Clause copy = c;
    REQUIRE(has_semantics_box(copy));
    CHECK(copy.shares_semantics_with(c));
    CHECK(&copy.semantics() == &c.semantics());
    CHECK(copy.children[0].shares_semantics_with(c.children[0]));
    CHECK(copy.children[0].scope().tasks == std::vector<std::string>{"t"});
    // A write detaches the writer: the original keeps its values.
    copy.semantics_to_fill().scope.places.clear();
    CHECK_FALSE(copy.shares_semantics_with(c));
    CHECK(c.scope().places == std::vector<std::string>{"Abyei"});
    CHECK(copy.scope().places.empty());
    copy.children[0].set_semantics(some_semantics());
    CHECK(c.children[0].scope().tasks == std::vector<std::string>{"t"});
    CHECK(copy.children[0].semantics() == some_semantics());

    Clause assigned = make("op2");
    assigned = c;
    CHECK(assigned.semantics() == c.semantics());
    CHECK(assigned.shares_semantics_with(c));
    assigned = make("op3");  // a clause without semantics replaces one with
    CHECK_FALSE(has_semantics_box(assigned));
    CHECK(c.semantics() == some_semantics());

    const ClauseSemantics* inside = &c.semantics();
    Clause moved = std::move(c);
    CHECK(&moved.semantics() == inside);
    CHECK(moved.children.size() == 1);
}

TEST_CASE("two clauses made to share hold one box; a write to either leaves the other", "[model]") {
    Clause a = make("op1");
    Clause b = make("op2");
    CHECK_FALSE(a.shares_semantics_with(b));  // no box on either side is no sharing
    a.set_semantics(some_semantics());
    b.set_semantics(some_semantics());
    CHECK_FALSE(a.shares_semantics_with(b));  // equal, but two boxes

    b.share_semantics(a.shared_semantics());
    CHECK(b.shares_semantics_with(a));
    CHECK(a.shared_semantics().owners() == 2);

    b.semantics_to_fill().scope.actors.push_back("UNIFIL");
    CHECK(a.semantics() == some_semantics());
    CHECK(b.scope().actors == std::vector<std::string>{"UNIFIL"});

    b.share_semantics(a.shared_semantics());
    a.set_semantics(ClauseSemantics{});  // drops a's hold only
    CHECK_FALSE(has_semantics_box(a));
    CHECK(b.semantics() == some_semantics());
    CHECK(b.shared_semantics().owners() == 1);

    b.share_semantics(Clause::SharedSemantics());  // an empty box: no semantics
    CHECK_FALSE(has_semantics_box(b));
}

TEST_CASE("a copied document keeps its clauses' values, and a write to the copy stays there", "[model]") {
    Document doc;
    doc.clauses.push_back(make("op1"));
    doc.clauses.back().set_semantics(some_semantics());
    doc.clauses.back().children.push_back(make("op1.a", ClauseKind::subparagraph));
    doc.clauses.back().children.back().semantics_to_fill().scope.places.push_back("Lebanon");
    doc.clauses.push_back(make("op2"));

    Document copy = doc;
    copy.clauses[0].children[0].semantics_to_fill().scope.places.push_back("Syria");
    copy.clauses[1].set_semantics(some_semantics());

    CHECK(doc.clauses[0].semantics() == some_semantics());
    CHECK(copy.clauses[0].semantics() == some_semantics());
    CHECK(doc.clauses[0].children[0].scope().places == std::vector<std::string>{"Lebanon"});
    CHECK(copy.clauses[0].children[0].scope().places == std::vector<std::string>{"Lebanon", "Syria"});
    CHECK_FALSE(has_semantics_box(doc.clauses[1]));
    CHECK(copy.clauses[1].semantics() == some_semantics());
}
