// Tests src/diff/flat_tree.cpp: the clauses each version has alone (the analyses guessed while
// the trees align), their preparation on two threads, and keys answered without tokens.

#include "diff/flat_tree.hpp"

#include "doc_builder.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("PreparationQueue: two threads build what first use would, each node once, however late one comes", "[diff]") {
    const auto od = doc({pp(1, "Recalling", "its resolution 2100 (2013),"),
                         op("1", "Decides", "to extend the mandate of UNMISS until 31 May 2023;",
                            {sub("a", "to protect civilians and “monitor”;")})});
    std::vector<model::Clause> many;
    for (int i = 1; i <= 300; ++i)
        many.push_back(op(std::to_string(i), "Requests", "the Secretary-General to report every " + std::to_string(i) +
                                                             " days on item " + std::to_string(i * 7) + ";"));
    const auto nd = doc(many);
    const FlatTree old_lazy = flatten(od.clauses), new_lazy = flatten(nd.clauses);
    for (const bool late : {false, true}) {
        const FlatTree old_tree = flatten(od.clauses), new_tree = flatten(nd.clauses);
        const auto u = unshared_clauses(old_tree, new_tree);
        REQUIRE(u.new_nodes.size() == 300);
        PreparationQueue queue;
        queue.add(old_tree, u.old_nodes);
        queue.add(new_tree, u.new_nodes);
        if (late) {
            queue.run();  // all of it here; the other thread finds nothing left
            std::thread other([&] { queue.run(); });
            other.join();
        } else {
            std::thread other([&] { queue.run(); });
            queue.run();
            other.join();
        }
        for (const auto* tree : {&old_tree, &new_tree}) {
            const FlatTree& lazy = tree == &old_tree ? old_lazy : new_lazy;
            const auto& queued = tree == &old_tree ? u.old_nodes : u.new_nodes;
            for (std::size_t n = 0; n < tree->nodes.size(); ++n) {
                CHECK(tree->prepared(n) == (std::find(queued.begin(), queued.end(), n) != queued.end()));
                CHECK(tree->key_hash(n) == lazy.key_hash(n));
                CHECK(tree->key_empty(n) == lazy.key_empty(n));
                CHECK(tree->features(n) == lazy.features(n));
                CHECK(tree->key(n) == lazy.key(n));
            }
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

namespace {
// key_empty(n) must say what the tokens say: the exact-match key join_keys(tokens) is "".
void check_key_empty(const FlatTree& tree) {
    for (std::size_t n = 0; n < tree.nodes.size(); ++n) {
        INFO(tree.nodes[n].text);
        CHECK(tree.key_empty(n) == tree.key(n).empty());
    }
}
}  // namespace

TEST_CASE("FlatTree::key_empty without tokens agrees with the tokens", "[diff]") {
    // Texts whose key is empty (layout only) and texts with a key but no printable ASCII byte,
    // or only a marker-like one (a token with a key is never folded away when it comes first).
    std::vector<model::Clause> clauses;
    int i = 0;
    for (const char* text : {"\u00AD", "\u200B\u00AD", "\uFEFF", "1", "*", "\u00AD 1", "\u00AD1", "\u00E9",
                             "\u2019\u201D", "\u00A0\u00AD", "Council1 2", "( 1 )", "-", "\u2010"}) {
        model::Clause c = sub(std::to_string(++i), text);
        c.footnote_refs = {"1", "*"};
        clauses.push_back(c);
    }
    const auto d = doc(clauses);
    const FlatTree tree = flatten(d.clauses, {"1", "*", "2"});
    check_key_empty(tree);
    CHECK(tree.key_empty(0));
    CHECK_FALSE(tree.key_empty(3));
    CHECK_FALSE(tree.key_empty(7));  // "é": a key, though no ASCII byte is printable

    const auto dir = corpus_dir();
    if (!dir) {
        WARN("corpus absent: corpus texts skipped");
        return;
    }
    for (const auto& file : text_files(*dir, true)) {
        const auto parsed = parse::parse_document(read_file(file), file.string());
        if (!parsed.document) continue;
        std::vector<std::string> labels;
        for (const auto& f : parsed.document->footnotes) labels.push_back(f.label);
        check_key_empty(flatten(parsed.document->clauses, labels));
    }
}

TEST_CASE("surplus_copies: the copies of texts one version prints more often than the other", "[diff]") {
    const auto od = doc({op("1", "Decides", "to remain seized of the matter;"),
                         op("2", "Decides", "to remain seized of the matter;"),
                         op("3", "Decides", "to remain seized of the matter;"),
                         op("4", "Requests", "a report;"), op("5", "Notes", "the report;")});
    const auto nd = doc({op("1", "Decides", "to remain seized of the matter;"), op("2", "Requests", "a report;"),
                         op("3", "Requests", "a report;"), op("4", "Welcomes", "the report;")});
    const FlatTree old_tree = flatten(od.clauses), new_tree = flatten(nd.clauses);
    const auto s = surplus_copies(old_tree, new_tree);
    // Three copies against one: all three (which stays unpaired is the alignment's to say).
    // Printed by one version only ("Notes", "Welcomes"): not a copy, an unshared clause.
    CHECK(ids(s.old_copies) == std::vector<std::string>{"op1", "op2", "op3"});
    CHECK(ids(s.new_copies) == std::vector<std::string>{"op2", "op3"});
    const auto same = surplus_copies(old_tree, old_tree);
    CHECK(same.old_copies.empty());
    CHECK(same.new_copies.empty());
}
