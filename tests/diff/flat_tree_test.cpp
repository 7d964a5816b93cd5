// Tests src/diff/flat_tree.cpp: the tree's shape (parents, child ranges, document order, also
// 100,000 levels deep), the clauses each version has alone (the analyses guessed while the
// trees align), their preparation on two threads, texts compared without joining lead and text,
// and keys answered without tokens.

#include "diff/flat_tree.hpp"

#include "doc_builder.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
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
        INFO(clause_text(*tree.nodes[n].clause));
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

namespace {
// The tree is the clause tree: nodes in document order (parents first), and each node's
// parent, depth, position among its siblings and children those of its clause.
void check_shape(const std::vector<model::Clause>& roots, const FlatTree& tree) {
    std::vector<const model::Clause*> order;
    model::for_each_clause(roots, [&](const model::Clause& c, std::size_t) { order.push_back(&c); });
    REQUIRE(tree.nodes.size() == order.size());
    std::size_t wrong = 0;  // counted, not CHECKed one by one: the deep tree has 200,000 nodes
    for (std::size_t n = 0; n < tree.nodes.size(); ++n) wrong += tree.nodes[n].clause != order[n];
    const auto check_children = [&](std::size_t parent, const std::vector<model::Clause>& clauses) {
        const NodeList children = tree.children_of(parent);
        if (children.size() != clauses.size()) {
            ++wrong;
            return;
        }
        for (std::size_t k = 0; k < children.size(); ++k) {
            const FlatNode& child = tree.nodes[children[k]];
            const std::size_t depth = parent == no_node ? 0 : tree.nodes[parent].depth + 1;
            wrong += child.clause != &clauses[k] || child.parent != parent || child.index_in_parent != k ||
                     child.depth != depth || (parent != no_node && children[k] <= parent);
        }
    };
    check_children(no_node, roots);
    for (std::size_t n = 0; n < tree.nodes.size(); ++n) check_children(n, tree.nodes[n].clause->children);
    CHECK(wrong == 0);
    CHECK(std::equal(tree.roots().begin(), tree.roots().end(), tree.children_of(no_node).begin(),
                     tree.children_of(no_node).end()));
}

std::vector<std::size_t> list(NodeList nodes) { return {nodes.begin(), nodes.end()}; }
}  // namespace

TEST_CASE("FlatNode: 32 bytes, children as one range of the tree's list", "[diff]") {
    // Were 88 (a vector of children, three std::size_t, a view of the text): on inputs of very
    // many short clauses the trees were a large part of the memory.
    CHECK(sizeof(FlatNode) <= 32);
}

TEST_CASE("flatten: parents, children and positions of a nested tree, in document order", "[diff]") {
    const auto d = doc({pp(1, "Recalling", "its resolutions,"),
                        op("1", "Decides", "to act:", {sub("a", "first;"), sub("b", "second;"), sub("c", "third;")}),
                        op("2", "Requests", "a report;"),
                        op("3", "Urges", "all parties:", {sub("a", "to stop;")})});
    // Deeper: op1.b gets two children of its own, the first of which one more.
    auto clauses = d.clauses;
    auto& b = clauses[1].children[1];
    b.children = {sub("i", "one;"), sub("ii", "two;")};
    b.children[0].children = {sub("A", "deeper;")};
    const FlatTree tree = flatten(clauses);
    check_shape(clauses, tree);
    // Document order: pp1 op1 a b i A ii c op2 op3 a.
    REQUIRE(tree.nodes.size() == 11);
    CHECK(list(tree.roots()) == std::vector<std::size_t>{0, 1, 8, 9});
    CHECK(list(tree.children_of(no_node)) == std::vector<std::size_t>{0, 1, 8, 9});
    CHECK(list(tree.children_of(1)) == std::vector<std::size_t>{2, 3, 7});
    CHECK(list(tree.children_of(3)) == std::vector<std::size_t>{4, 6});
    CHECK(list(tree.children_of(4)) == std::vector<std::size_t>{5});
    CHECK(list(tree.children_of(9)) == std::vector<std::size_t>{10});
    for (std::size_t leaf : {0, 2, 5, 6, 7, 8, 10}) CHECK(tree.children_of(leaf).empty());
    CHECK(tree.nodes[7].parent == 1);
    CHECK(tree.nodes[7].index_in_parent == 2);
    CHECK(tree.nodes[5].depth == 3);
    CHECK(tree.nodes[8].parent == no_node);
    CHECK(tree.nodes[8].index_in_parent == 2);
    CHECK(tree.nodes[10].index_in_parent == 0);

    const FlatTree empty = flatten({});
    CHECK(empty.nodes.empty());
    CHECK(empty.roots().empty());
    CHECK(empty.children_of(no_node).empty());
}

TEST_CASE("flatten: 100000 levels deep without recursion", "[diff]") {
    // Each level has the next one as its first child and a leaf after it: the leaves come in the
    // document long after their parents, far from their elder siblings.
    constexpr std::size_t levels = 100000;
    model::Clause chain = sub("x", "bottom");
    for (std::size_t level = 0; level < levels; ++level) {
        model::Clause parent = sub("x", "level");
        parent.children.push_back(std::move(chain));
        parent.children.push_back(sub("y", "leaf"));
        chain = std::move(parent);
    }
    std::vector<model::Clause> roots;
    roots.push_back(std::move(chain));
    const FlatTree tree = flatten(roots);
    REQUIRE(tree.nodes.size() == 2 * levels + 1);
    check_shape(roots, tree);
    CHECK(tree.nodes[levels].depth == levels);  // "bottom"
    CHECK(tree.nodes[levels].clause->text == "bottom");
    CHECK(list(tree.children_of(0)) == std::vector<std::size_t>{1, 2 * levels});
    CHECK(list(tree.children_of(levels - 1)) == std::vector<std::size_t>{levels, levels + 1});
}

namespace {
// Every combination of these leads and texts (and a footnote reference or not): the lead "A"
// with the text "B" prints what no lead with "A B" prints, an empty lead what no lead prints.
std::vector<model::Clause> lead_text_combinations() {
    const std::optional<std::string> leads[] = {std::nullopt, "", "A", "B", "A B", "\u00AD", "Decides"};
    const std::string texts[] = {"", "B", "A B", "A", "\u00AD", "to act;"};
    std::vector<model::Clause> out;
    for (const auto& lead : leads)
        for (const auto& text : texts)
            for (const bool noted : {false, true}) {
                model::Clause c = sub(std::to_string(out.size()), text);
                c.lead = lead;
                if (noted) c.footnote_refs = {"1"};
                out.push_back(c);
            }
    return out;
}
}  // namespace

TEST_CASE("same_text: as before, the same hash and the same printed text, lead or not", "[diff]") {
    const auto clauses = lead_text_combinations();
    const FlatTree tree = flatten(clauses, {"1"});
    const FlatTree other = flatten(clauses, {"2"});  // other footnote labels: other keys
    std::size_t same = 0;
    for (std::size_t i = 0; i < clauses.size(); ++i)
        for (std::size_t j = 0; j < clauses.size(); ++j) {
            const model::Clause& x = clauses[i];
            const model::Clause& y = clauses[j];
            // What same_text was when the tree kept every node's clause_text.
            const bool before = clause_text_hash(x) == clause_text_hash(y) && clause_text(x) == clause_text(y) &&
                                x.footnote_refs == y.footnote_refs;
            INFO(i << " '" << clause_text(x) << "' " << j << " '" << clause_text(y) << "'");
            CHECK(same_text(tree, i, tree, j) == before);
            CHECK_FALSE(same_text(tree, i, other, j));
            if (before) CHECK(same_key(tree, i, tree, j));
            same += before;
        }
    CHECK(same > clauses.size());  // an empty lead prints what no lead prints

    // By hand: "A" + "B" prints "A B", but hashes apart from it, so the pair is found by key.
    const auto d = doc({make_clause("1", model::ClauseKind::operative, "1", "A", "B"),
                        make_clause("2", model::ClauseKind::operative, "2", std::nullopt, "A B"),
                        make_clause("3", model::ClauseKind::operative, "3", "", "A B"),
                        make_clause("4", model::ClauseKind::operative, "4", "A", ""),
                        make_clause("5", model::ClauseKind::operative, "5", std::nullopt, "A")});
    const FlatTree t = flatten(d.clauses);
    CHECK_FALSE(same_text(t, 0, t, 1));
    CHECK(same_key(t, 0, t, 1));
    CHECK(same_text(t, 1, t, 2));
    CHECK_FALSE(same_text(t, 3, t, 4));  // "A" both, but the lead hashes apart
    CHECK(same_key(t, 3, t, 4));
    CHECK(same_text(t, 0, t, 0));
}

namespace {
// The tokens' views, as strings, equal those of comparable_tokens.
bool same_tokens(const CompareTokens& ct, const std::vector<text::Token>& ts) {
    if (ct.size() != ts.size()) return false;
    for (std::size_t i = 0; i < ct.size(); ++i)
        if (ct[i].text != ts[i].text || ct[i].spaces != ts[i].spaces || ct[i].key != ts[i].key ||
            ct.key(i) != ts[i].key || ct[i].kind != ts[i].kind)
            return false;
    return true;
}
}  // namespace

TEST_CASE("FlatTree: tokens, key and emptiness of lead and text, joined only for the tokens", "[diff]") {
    auto clauses = lead_text_combinations();
    auto noted = make_clause("n", model::ClauseKind::operative, "1", "Decides", "to act\u00A01 on \u201Cit\u201D 2");
    noted.footnote_refs = {"2"};
    clauses.push_back(noted);
    const std::vector<std::string> labels{"1"};
    FlatTree built = flatten(clauses, labels);
    for (std::size_t n = 0; n < built.nodes.size(); ++n) {
        const model::Clause& c = clauses[n];
        INFO(n << " '" << clause_text(c) << "'");
        CHECK(built.text_empty(n) == clause_text(c).empty());
        CHECK(built.key_empty(n) == built.key(n).empty());  // the shortcut, then the tokens
    }
    for (std::size_t n = 0; n < built.nodes.size(); ++n) built.tokens(n);
    const FlatTree tree = std::move(built);  // tokens made before the move still read right
    for (std::size_t n = 0; n < tree.nodes.size(); ++n) {
        const model::Clause& c = clauses[n];
        INFO(n << " '" << clause_text(c) << "'");
        auto with_refs = labels;
        with_refs.insert(with_refs.end(), c.footnote_refs.begin(), c.footnote_refs.end());
        const std::string printed = clause_text(c);  // the tokens' views point into it
        const auto expected = comparable_tokens(printed, with_refs);
        CHECK(same_tokens(tree.tokens(n), expected));
        CHECK(tree.key(n) == join_keys(expected));
        CHECK(tree.key_empty(n) == join_keys(expected).empty());
        CHECK(tree.compared_text(n) == printed);
        // Without a lead, the clause's own text is tokenized where it is: no copy.
        if (!c.lead || c.lead->empty()) CHECK(tree.compared_text(n).data() == c.text.data());
    }
    // Both markers folded away: "1" of the labels, "2" of the clause's own references.
    CHECK(tree.key(tree.nodes.size() - 1) == "Decides to act on \" it \"");
}
