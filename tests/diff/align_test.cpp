#include "diff/align.hpp"
#include "diff/lis.hpp"

#include "doc_builder.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace resdiff;
using namespace resdiff::diff;
using namespace resdiff::testing;

namespace {

// The new node paired with the old clause of this id, as the new clause's id ("" when removed).
std::string partner(const FlatTree& o, const FlatTree& n, const Alignment& a, const std::string& old_id) {
    for (std::size_t i = 0; i < o.nodes.size(); ++i)
        if (o.nodes[i].clause->id == old_id)
            return a.old_to_new[i] == no_node ? "" : n.nodes[a.old_to_new[i]].clause->id;
    return "?";
}

std::size_t node_of(const FlatTree& t, const std::string& id) {
    for (std::size_t i = 0; i < t.nodes.size(); ++i)
        if (t.nodes[i].clause->id == id) return i;
    return no_node;
}

}  // namespace

TEST_CASE("lis: longest increasing subsequence", "[diff]") {
    const auto f = longest_increasing_subsequence({0, 3, 1, 2, 4});
    CHECK(f == std::vector<bool>{true, false, true, true, true});
    CHECK(longest_increasing_subsequence({}).empty());
    CHECK(longest_increasing_subsequence({2, 1}) == std::vector<bool>{false, true});
}

TEST_CASE("align: an inserted paragraph renumbers the ones after it", "[diff]") {
    const auto od = doc({op("1", "Decides", "to extend the mandate until 31 May 2023;"),
                         op("2", "Requests", "the Secretary-General to report every 90 days;"),
                         op("3", "Decides", "to remain seized of the matter.")});
    const auto nd = doc({op("1", "Decides", "to extend the mandate until 31 May 2023;"),
                         op("2", "Urges", "all parties to respect the ceasefire;"),
                         op("3", "Requests", "the Secretary-General to report every 90 days;"),
                         op("4", "Decides", "to remain seized of the matter.")});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    const auto a = align(o, n);
    CHECK(partner(o, n, a, "op1") == "op1");
    CHECK(partner(o, n, a, "op2") == "op3");
    CHECK(partner(o, n, a, "op3") == "op4");
    CHECK(a.new_to_old[node_of(n, "op2")] == no_node);
    CHECK(a.renumbered[node_of(n, "op3")]);
    CHECK(a.renumbered[node_of(n, "op4")]);
    CHECK_FALSE(a.renumbered[node_of(n, "op1")]);
    for (bool m : a.moved) CHECK_FALSE(m);
}

TEST_CASE("align: a paragraph moved up is the only one marked moved", "[diff]") {
    const auto od = doc({op("1", "Welcomes", "the report of the Secretary-General;"),
                         op("2", "Condemns", "all attacks against peacekeepers;"),
                         op("3", "Urges", "the parties to resume negotiations;"),
                         op("4", "Decides", "to remain seized of the matter.")});
    const auto nd = doc({op("1", "Urges", "the parties to resume negotiations;"),
                         op("2", "Welcomes", "the report of the Secretary-General;"),
                         op("3", "Condemns", "all attacks against peacekeepers;"),
                         op("4", "Decides", "to remain seized of the matter.")});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    const auto a = align(o, n);
    CHECK(partner(o, n, a, "op3") == "op1");
    CHECK(a.moved[node_of(n, "op1")]);
    CHECK_FALSE(a.moved[node_of(n, "op2")]);
    CHECK_FALSE(a.moved[node_of(n, "op3")]);
    CHECK_FALSE(a.moved[node_of(n, "op4")]);
}

TEST_CASE("align: an amended paragraph pairs by number, a rewritten one fuzzily", "[diff]") {
    const auto od = doc({op("1", "Decides", "to extend the mandate of the Panel of Experts until 12 March 2019;"),
                         op("2", "Requests", "the Panel to provide a midterm update to the Committee no later than 12 August;")});
    const auto nd = doc({op("1", "Expresses", "its intention to review the mandate;"),
                         op("2", "Decides", "to extend the mandate of the Panel of Experts until 12 March 2021;"),
                         op("3", "Requests", "the Panel to provide a midterm update to the Committee no later than 12 September;")});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    const auto a = align(o, n);
    CHECK(partner(o, n, a, "op1") == "op2");
    CHECK(partner(o, n, a, "op2") == "op3");
}

TEST_CASE("align: typographic variants pair exactly", "[diff]") {
    const auto od = doc({op("1", "Decides", "that the \"pre-recorded\" statement may be played;")});
    const auto nd = doc({op("1", "Decides", "that the \u201Cpre\u2011recorded\u201D\u00A0statement may be played;")});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    CHECK(o.key(0) == n.key(0));
    const auto a = align(o, n);
    CHECK(a.old_to_new[0] == 0);
}

TEST_CASE("align: footnote markers do not count", "[diff]") {
    auto c1 = op("1", "Recalls", "its resolution 2428 (2018)1 and the report2 of the Panel;");
    c1.footnote_refs = {"1", "2"};
    auto c2 = op("1", "Recalls", "its resolution 2428 (2018) and the report of the Panel;");
    const auto od = doc({c1}), nd = doc({c2});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    CHECK(o.key(0) == n.key(0));
}

TEST_CASE("align: a paragraph split in two", "[diff]") {
    const auto od = doc({op("1", "Welcomes", "the report;"),
                         op("2", "Requests", "the Secretary-General to report on the implementation of this resolution every ninety days and to include recommendations on the future configuration of the mission;"),
                         op("3", "Decides", "to remain seized of the matter.")});
    const auto nd = doc({op("1", "Welcomes", "the report;"),
                         op("2", "Requests", "the Secretary-General to report on the implementation of this resolution every ninety days;"),
                         op("3", "Further requests", "the Secretary-General to include recommendations on the future configuration of the mission;"),
                         op("4", "Decides", "to remain seized of the matter.")});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    const auto a = align(o, n);
    CHECK(partner(o, n, a, "op2") == "op2");
    CHECK(a.split_from[node_of(n, "op3")] == node_of(o, "op2"));
    // And the reverse is a merge.
    const auto b = align(n, o);
    CHECK(b.merged_into[node_of(n, "op3")] == node_of(o, "op2"));
}

TEST_CASE("align: sub-paragraphs align within their parent, then across parents", "[diff]") {
    const auto od = doc({op("1", "Decides", "that the mandate of the Mission shall be:",
                            {sub("a", "to monitor the ceasefire;"), sub("b", "to support the political process;"),
                             sub("c", "to protect civilians under threat of physical violence;")}),
                         op("2", "Requests", "the Mission also:",
                            {sub("a", "to assist in mine action;")})});
    const auto nd = doc({op("1", "Decides", "that the mandate of the Mission shall be:",
                            {sub("a", "to monitor the ceasefire;"),
                             sub("b", "to protect civilians under threat of physical violence;")}),
                         op("2", "Requests", "the Mission also:",
                            {sub("a", "to assist in mine action;"), sub("b", "to support the political process;")})});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    const auto a = align(o, n);
    CHECK(partner(o, n, a, "op1.a") == "op1.a");
    CHECK(partner(o, n, a, "op1.c") == "op1.b");
    CHECK(partner(o, n, a, "op2.a") == "op2.a");
    CHECK(partner(o, n, a, "op1.b") == "op2.b");
    CHECK(a.moved[node_of(n, "op2.b")]);
    CHECK_FALSE(a.moved[node_of(n, "op1.b")]);
    CHECK(a.renumbered[node_of(n, "op1.b")]);
}

TEST_CASE("align: two 5,000-paragraph documents", "[diff]") {
    std::mt19937 rng(42);
    std::vector<std::string> vocab;
    for (int i = 0; i < 20000; ++i) {
        std::string w = "w";  // not "w" + to_string(i): GCC 12 -O3 -Wrestrict false positive
        w += std::to_string(i);
        vocab.push_back(std::move(w));
    }
    const std::vector<std::string> common{"the", "of", "to", "and", "Council", "Decides", "Requests"};
    auto paragraph = [&] {
        std::string s;
        for (int k = 0; k < 25; ++k) {
            if (!s.empty()) s += ' ';
            s += (rng() % 3 == 0) ? common[rng() % common.size()] : vocab[rng() % vocab.size()];
        }
        return s + ";";
    };
    constexpr int N = 5000;
    std::vector<std::string> texts;
    for (int i = 0; i < N; ++i) texts.push_back(paragraph());

    std::vector<model::Clause> old_clauses, new_clauses;
    for (int i = 0; i < N; ++i) old_clauses.push_back(op(std::to_string(i + 1), "Decides", texts[i]));
    // New version: every 10th paragraph amended (one word changed), every 97th removed, a new
    // paragraph every 101, and paragraph 2500 moved to the front.
    std::vector<int> expected_old_of_new;  // -1 for added
    std::vector<int> sequence;
    sequence.push_back(2500);
    for (int i = 0; i < N; ++i)
        if (i != 2500) sequence.push_back(i);
    int number = 0;
    for (int i : sequence) {
        if (i % 101 == 50) {
            new_clauses.push_back(op(std::to_string(++number), "Decides", paragraph()));
            expected_old_of_new.push_back(-1);
        }
        if (i % 97 == 13) continue;
        std::string t = texts[static_cast<std::size_t>(i)];
        if (i % 10 == 3) t.replace(t.find(' '), 1, " amended ");
        new_clauses.push_back(op(std::to_string(++number), "Decides", t));
        expected_old_of_new.push_back(i);
    }
    const auto od = doc(std::move(old_clauses)), nd = doc(std::move(new_clauses));
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    const auto a = align(o, n);
    std::size_t wrong = 0;
    for (std::size_t j = 0; j < n.nodes.size(); ++j) {
        const int want = expected_old_of_new[j];
        const std::size_t got = a.new_to_old[j];
        if (want < 0 ? got != no_node : got != static_cast<std::size_t>(want)) ++wrong;
    }
    CHECK(wrong == 0);
    CHECK(a.moved[0]);
    std::size_t moved = 0;
    for (bool m : a.moved) moved += m;
    CHECK(moved == 1);
}

TEST_CASE("align: a clause printed the same is preferred to an earlier one with the same words", "[diff]") {
    // op1 and op2 say the same words, op1 with a line-wrapped hyphen and curly quotes: same key.
    const auto od = doc({op("1", "Decides", "to establish a nuclear- weapon-free zone, the \u201cZone\u201d;"),
                         op("2", "Decides", "to establish a nuclear-weapon-free zone, the \"Zone\";"),
                         op("3", "Requests", "the Secretary-General to report;")});
    const auto nd = doc({op("1", "Decides", "to establish a nuclear-weapon-free zone, the \"Zone\";"),
                         op("2", "Requests", "the Secretary-General to report;")});
    const auto o = flatten(od.clauses), n = flatten(nd.clauses);
    REQUIRE(same_key(o, 0, o, 1));
    CHECK_FALSE(same_text(o, 0, o, 1));
    const auto a = align(o, n);
    CHECK(partner(o, n, a, "op2") == "op1");  // word for word, not the first of the same words
    CHECK(partner(o, n, a, "op1") == "");
    CHECK(partner(o, n, a, "op3") == "op2");
    // Alone, the variant still pairs by its words, and the pair is unchanged.
    const auto alone = doc({op("1", "Decides", "to establish a nuclear- weapon-free zone, the \u201cZone\u201d;")});
    const auto v = flatten(alone.clauses);
    const auto b = align(v, n);
    CHECK(partner(v, n, b, "op1") == "op1");
    CHECK(same_key(v, 0, n, 0));
}

TEST_CASE("flatten: texts that differ only in layout have the same key, built on demand", "[diff]") {
    const auto od = doc({op("1", "Decides", "to remain seized of the matter.")});
    const auto o = flatten(od.clauses);
    // Identical texts compare without tokens; the key hash is built from them on demand.
    CHECK(same_key(o, 0, o, 0));
    const auto other = doc({op("1", "Decides", "to remain  seized of the matter.")});  // two blanks
    const auto t = flatten(other.clauses);
    CHECK_FALSE(same_text(o, 0, t, 0));
    CHECK(same_key(o, 0, t, 0));
    CHECK(o.key_hash(0) == t.key_hash(0));
    CHECK(o.key(0) == t.key(0));
    CHECK_FALSE(o.key_empty(0));
}
