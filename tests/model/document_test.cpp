#include "model/document.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace resdiff::model;

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
