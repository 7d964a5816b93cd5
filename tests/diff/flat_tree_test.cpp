// Tests src/diff/flat_tree.cpp: the clauses each version has alone (the analyses guessed while
// the trees align).

#include "diff/flat_tree.hpp"

#include "doc_builder.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using namespace resdiff;
using namespace resdiff::diff;
using namespace resdiff::testing;

namespace {
std::vector<std::string> ids(const std::vector<const model::Clause*>& clauses) {
    std::vector<std::string> out;
    for (const auto* c : clauses) out.push_back(c->id);
    return out;
}
}  // namespace

TEST_CASE("unshared_clauses: the clauses whose words the other version does not print", "[diff]") {
    const auto od = doc({pp(1, "Recalling", "its resolution 2100 (2013),"),
                         op("1", "Decides", "to extend the mandate until 31 May 2023;",
                            {sub("a", "to protect civilians;"), sub("b", "to support elections;")}),
                         op("2", "Requests", "the Secretary-General to report every 90 days;")});
    const auto nd = doc({pp(1, "Recalling", "its resolution 2100 (2013),"),
                         op("1", "Decides", "to extend the mandate until 31 May 2024;",
                            {sub("a", "to protect civilians;"), sub("b", "to support the elections;")}),
                         op("2", "Requests", "the Secretary-General to report every 90 days;"),
                         op("3", "Decides", "to remain seized of the matter.")});
    const FlatTree old_tree = flatten(od.clauses), new_tree = flatten(nd.clauses);
    const auto u = unshared_clauses(old_tree, new_tree);
    CHECK(ids(u.old_only) == std::vector<std::string>{"op1", "op1.b"});
    CHECK(ids(u.new_only) == std::vector<std::string>{"op1", "op1.b", "op3"});
    // The same clauses as nodes of each tree.
    REQUIRE(u.old_nodes.size() == u.old_only.size());
    REQUIRE(u.new_nodes.size() == u.new_only.size());
    for (std::size_t i = 0; i < u.old_nodes.size(); ++i) CHECK(old_tree.nodes[u.old_nodes[i]].clause == u.old_only[i]);
    for (std::size_t i = 0; i < u.new_nodes.size(); ++i) CHECK(new_tree.nodes[u.new_nodes[i]].clause == u.new_only[i]);
}

TEST_CASE("FlatTree::prepare builds what first use would, on another thread than the other tree's", "[diff]") {
    const auto od = doc({pp(1, "Recalling", "its resolution 2100 (2013),"),
                         op("1", "Decides", "to extend the mandate of UNMISS until 31 May 2023;",
                            {sub("a", "to protect civilians and “monitor”;")})});
    const auto nd = doc({op("1", "Decides", "to extend the mandate of the Mission until 30 April 2024;"),
                         op("2", "Requests", "the Secretary-General to report every 90 days;")});
    const FlatTree old_lazy = flatten(od.clauses), new_lazy = flatten(nd.clauses);
    const FlatTree old_tree = flatten(od.clauses), new_tree = flatten(nd.clauses);
    const auto u = unshared_clauses(old_tree, new_tree);
    std::thread other([&] { new_tree.prepare(u.new_nodes); });
    old_tree.prepare(u.old_nodes);
    other.join();
    for (const auto* pair : {&old_tree, &new_tree}) {
        const FlatTree& prepared = *pair;
        const FlatTree& lazy = pair == &old_tree ? old_lazy : new_lazy;
        for (std::size_t n = 0; n < prepared.nodes.size(); ++n) {
            CHECK(prepared.key_hash(n) == lazy.key_hash(n));
            CHECK(prepared.key_empty(n) == lazy.key_empty(n));
            CHECK(prepared.features(n) == lazy.features(n));
            CHECK(prepared.key(n) == lazy.key(n));
        }
    }
}

TEST_CASE("unshared_clauses: lead, text and footnotes all count; position and number do not", "[diff]") {
    auto with_note = op("2", "Requests", "the Secretary-General to report;");
    with_note.footnote_refs = {"1"};
    const auto od = doc({op("1", "Decides", "to remain seized of the matter."),
                         op("2", "Requests", "the Secretary-General to report;"),
                         op("3", "Urges", "all parties to respect the ceasefire;")});
    const auto nd = doc({op("1", "Urges", "all parties to respect the ceasefire;"),  // moved, renumbered
                         with_note,                                                   // a footnote added
                         op("3", "Also decides", "to remain seized of the matter.")});  // another lead
    const auto u = unshared_clauses(flatten(od.clauses), flatten(nd.clauses));
    CHECK(ids(u.old_only) == std::vector<std::string>{"op1", "op2"});
    CHECK(ids(u.new_only) == std::vector<std::string>{"op2", "op3"});
    // Identical versions share everything; an empty one shares nothing.
    const auto same = unshared_clauses(flatten(od.clauses), flatten(od.clauses));
    CHECK(same.old_only.empty());
    CHECK(same.new_only.empty());
    const auto none = unshared_clauses(flatten({}), flatten(od.clauses));
    CHECK(none.old_only.empty());
    CHECK(none.new_only.size() == 3);
}

TEST_CASE("clause_text_hash: lead, text and footnote references, not the number", "[diff]") {
    const auto a = op("1", "Decides", "to act;");
    const auto b = op("7", "Decides", "to act;");
    CHECK(clause_text_hash(a) == clause_text_hash(b));
    CHECK(clause_text_hash(a) != clause_text_hash(op("1", "Decides", "to act.")));
    CHECK(clause_text_hash(a) != clause_text_hash(op("1", "Also decides", "to act;")));
    auto noted = a;
    noted.footnote_refs = {"2"};
    CHECK(clause_text_hash(a) != clause_text_hash(noted));
}
