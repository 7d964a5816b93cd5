#include "history/history.hpp"

#include "history_fixture.hpp"

#include <catch2/catch.hpp>

using namespace resdiff;

namespace {

const history::ClauseBlame* blame_of(const history::History& h, const std::string& id) {
    for (const auto& b : h.blame)
        if (b.id == id) return &b;
    return nullptr;
}

std::string joined(const history::ClauseBlame& b) {
    std::string s;
    for (const auto& span : b.spans) s += span.text;
    return s;
}

}  // namespace

TEST_CASE("blame attributes the phrase of v2 to v2 and the rest of op1 to v1", "[history]") {
    const auto s = history_test::samples_series();
    const auto* b = blame_of(s->history, "op1");
    REQUIRE(b);
    REQUIRE(b->spans.size() >= 2);
    bool found = false;
    for (const auto& span : b->spans) {
        if (span.text.find("for a further period of two years") != std::string::npos) {
            CHECK(span.version == 1);
            found = true;
        } else {
            CHECK(span.version == 0);
        }
    }
    CHECK(found);
    CHECK(b->spans.front().version == 0);
    CHECK(b->spans.front().text.rfind("Decides to extend the mandate", 0) == 0);
}

TEST_CASE("blame covers every clause of the last version, spans concatenating back", "[history]") {
    const auto s = history_test::samples_series();
    const auto& h = s->history;
    std::size_t clauses = 0;
    model::for_each_clause(s->docs[2].clauses, [&](const auto&, std::size_t) { ++clauses; });
    REQUIRE(h.blame.size() == clauses);
    for (const auto& b : h.blame) {
        const auto* clause = model::find_clause(s->docs[2], b.id);
        REQUIRE(clause);
        std::string words = clause->lead.value_or("");
        if (!clause->text.empty()) words += (words.empty() ? "" : " ") + clause->text;
        std::string got = joined(b);
        while (!got.empty() && got.back() == ' ') got.pop_back();
        CHECK(got == words);
    }
    SECTION("the paragraph added in v2 is all v2") {
        const auto* op2 = blame_of(h, "op2");
        REQUIRE(op2);
        REQUIRE(op2->spans.size() == 1);
        CHECK(op2->spans[0].version == 1);
    }
    SECTION("the troop ceiling changed in v3 is v3's") {
        const auto* op3 = blame_of(h, "op3");
        REQUIRE(op3);
        bool v3 = false;
        for (const auto& span : op3->spans)
            if (span.text.find("11,000") != std::string::npos) v3 = span.version == 2;
        CHECK(v3);
    }
}
