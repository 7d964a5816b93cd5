#include "diff/word_diff.hpp"

#include "text/fold.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace resdiff::diff;

namespace {

std::string side(const std::vector<Edit>& edits, EditOp keep) {
    std::string out;
    for (const auto& e : edits)
        if (e.op == EditOp::equal || e.op == keep) out += e.text;
    return out;
}

int changes(const std::vector<Edit>& edits) {
    int n = 0;
    for (const auto& e : edits) n += e.op != EditOp::equal;
    return n;
}

}  // namespace

TEST_CASE("word diff: identical texts give one equal edit", "[diff]") {
    const auto e = word_diff("Decides to extend the mandate;", "Decides to extend the mandate;");
    REQUIRE(e.size() == 1);
    CHECK(e[0].op == EditOp::equal);
    CHECK(e[0].text == "Decides to extend the mandate;");
}

TEST_CASE("word diff: layout and typographic variants are not edits", "[diff]") {
    const auto e = word_diff("pre-recorded \"statement\"  of\nthe State",
                             "pre\u2011recorded \u201Cstatement\u201D of the\u00A0State");
    CHECK(changes(e) == 0);
}

TEST_CASE("word diff: a replaced phrase is marked whole", "[diff]") {
    const std::string a = "Decides to extend the mandate until 31 December 2027, and requests a report;";
    const std::string b =
        "Decides to extend the mandate for an initial period of two years, and requests a report;";
    const auto e = word_diff(a, b);
    REQUIRE(e.size() == 4);
    CHECK(e[0].op == EditOp::equal);
    CHECK(e[0].text == "Decides to extend the mandate ");
    CHECK(e[1].op == EditOp::remove);
    CHECK(e[1].text == "until 31 December 2027");
    CHECK(e[2].op == EditOp::insert);
    CHECK(e[2].text == "for an initial period of two years");
    CHECK(e[3].op == EditOp::equal);
    CHECK(side(e, EditOp::remove) == a);
    CHECK(side(e, EditOp::insert) == b);
}

TEST_CASE("word diff: a changed year takes the whole date", "[diff]") {
    const auto e = word_diff("until 12 March 2019;", "until 12 March 2021;");
    REQUIRE(e.size() == 4);
    CHECK(e[1].text == "12 March 2019");
    CHECK(e[2].text == "12 March 2021");
}

TEST_CASE("word diff: short equal runs between edits are absorbed", "[diff]") {
    const auto e = word_diff("Strongly urges all parties to cease hostilities immediately",
                             "Calls upon the parties to consider a pause soon");
    // "parties to" (two tokens) between two edits does not split the replacement.
    CHECK(changes(e) <= 2);
}

TEST_CASE("word diff: pure insertion and deletion keep the text", "[diff]") {
    const std::string a = "Requests the Secretary-General to report every 90 days;";
    const std::string b = "Requests the Secretary-General to report to the Council regularly and every 90 days;";
    const auto e = word_diff(a, b);
    CHECK(side(e, EditOp::remove) == a);
    CHECK(side(e, EditOp::insert) == b);
    const auto back = word_diff(b, a);
    CHECK(side(back, EditOp::remove) == b);
    CHECK(side(back, EditOp::insert) == a);
}

TEST_CASE("word diff: concatenation property on assorted pairs", "[diff]") {
    const std::vector<std::pair<std::string, std::string>> pairs{
        {"", "Decides to remain seized of the matter."},
        {"Decides to remain seized of the matter.", ""},
        {"a b c d e f g", "g f e d c b a"},
        {"Expressing grave concern at the situation,", "Expressing concern at the situation,"},
        {"its Head of State (a) and (c)", "its President (a) and (c)"},
        {"one two three four five six seven eight nine ten", "one 2 three four 5 six seven 8 nine ten"},
        {"x, y; z.", "x; y, z!"},
    };
    for (const auto& [a, b] : pairs) {
        const auto e = word_diff(a, b);
        CHECK(side(e, EditOp::remove) == a);
        CHECK(side(e, EditOp::insert) == b);
        for (std::size_t i = 1; i < e.size(); ++i) CHECK(e[i].op != e[i - 1].op);
    }
}

TEST_CASE("word diff: long, totally different texts still give a valid script", "[diff]") {
    std::string a, b;
    for (int i = 0; i < 3000; ++i) {
        a += "alpha" + std::to_string(i) + " ";
        b += "beta" + std::to_string(i) + " ";
    }
    const auto e = word_diff(a, b);
    CHECK(side(e, EditOp::remove) == a);
    CHECK(side(e, EditOp::insert) == b);
}

TEST_CASE("word diff: stop words", "[diff]") {
    CHECK(is_stop_word("the"));
    CHECK_FALSE(is_stop_word("mandate"));
}

TEST_CASE("word diff: concatenation property on random texts", "[diff]") {
    std::uint32_t seed = 7;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    const std::vector<std::string> words{"the", "mandate", "of", "until", "31", "May", "2023", ",", ";", "Council", "and", "(a)"};
    for (int round = 0; round < 300; ++round) {
        auto make = [&] {
            std::string s;
            const auto n = next() % 30;
            for (std::uint32_t i = 0; i < n; ++i) {
                if (!s.empty() && next() % 4 != 0) s += ' ';
                s += words[next() % words.size()];
            }
            return s;
        };
        const std::string a = make(), b = make();
        const auto e = word_diff(a, b);
        INFO(a << " => " << b);
        CHECK(side(e, EditOp::remove) == a);
        CHECK(side(e, EditOp::insert) == b);
    }
}

TEST_CASE("word diff: a deletion that could sit in two places ends on a content word", "[diff]") {
    // Found on A/80/L.2 → A/RES/80/1: "participating in person in the meetings" lost "in person".
    const std::string old_text = "thus preventing them from participating in person in the meetings of the United Nations";
    const std::string new_text = "thus preventing them from participating in the meetings of the United Nations";
    const auto e = word_diff(old_text, new_text);
    REQUIRE(changes(e) == 1);
    std::string deleted;
    for (const auto& x : e)
        if (x.op == EditOp::remove) deleted = x.text;
    CHECK(resdiff::text::fold_for_compare(deleted) == "in person");
    CHECK(side(e, EditOp::remove) == old_text);
    CHECK(side(e, EditOp::insert) == new_text);
    // The same for an insertion.
    const auto ins = word_diff(new_text, old_text);
    std::string inserted;
    for (const auto& x : ins)
        if (x.op == EditOp::insert) inserted = x.text;
    CHECK(resdiff::text::fold_for_compare(inserted) == "in person");
}

TEST_CASE("word diff: two long clauses with nothing in common become one replacement", "[diff]") {
    // Myers' work grows with length × differences; beyond its budget the middle is replaced
    // whole instead of costing seconds and hundreds of MB.
    std::string old_text, new_text;
    for (int i = 0; i < 6000; ++i) {
        old_text.append("old").append(std::to_string(i)).append(" ");
        new_text.append("new").append(std::to_string(i)).append(" ");
    }
    old_text += "end;";
    new_text += "end;";
    const auto e = word_diff(old_text, new_text);
    CHECK(changes(e) == 2);
    REQUIRE(e.size() == 3);
    CHECK(e[0].op == EditOp::remove);
    CHECK(e[1].op == EditOp::insert);
    CHECK(e[2].op == EditOp::equal);
    CHECK(side(e, EditOp::remove) == old_text);
    CHECK(side(e, EditOp::insert) == new_text);
}

TEST_CASE("word diff: a long clause with scattered edits is still diffed word by word", "[diff]") {
    std::string old_text, new_text;
    for (int i = 0; i < 3000; ++i) {
        const std::string word = std::string("w").append(std::to_string(i));
        old_text.append(word).append(" ");
        new_text.append(i % 100 == 50 ? std::string("changed") : word).append(" ");
    }
    const auto e = word_diff(old_text, new_text);
    CHECK(changes(e) == 2 * 30);
    CHECK(side(e, EditOp::remove) == old_text);
    CHECK(side(e, EditOp::insert) == new_text);
}
