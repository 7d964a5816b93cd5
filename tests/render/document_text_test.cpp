#include "render/render.hpp"

#include "fixtures.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace resdiff;
using Catch::Matchers::Contains;

namespace {
std::string rendered(const model::Document& doc, render::TextOptions opts = {}) {
    std::ostringstream out;
    render::document_text(out, doc, opts);
    return out.str();
}
std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> v;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) v.push_back(l);
    return v;
}
const std::string* line_starting(const std::vector<std::string>& v, const std::string& prefix) {
    for (const auto& l : v)
        if (l.rfind(prefix, 0) == 0) return &l;
    return nullptr;
}
}  // namespace

TEST_CASE("document_text prints the heading metadata", "[render]") {
    const auto out = rendered(render_test::sample_document());
    CHECK_THAT(out, Contains("source:    samples/example.txt\n"));
    CHECK_THAT(out, Contains("organ:     Security Council\n"));
    CHECK_THAT(out, Contains("symbol:    S/2026/101\n"));
    CHECK_THAT(out, Contains("date:      2026-03-03\n"));
    CHECK_THAT(out, Contains("draft:     yes\n"));
    CHECK_THAT(out, Contains("sponsors:  Freedonia and Ruritania\n"));
    CHECK_THAT(out, Contains("formula:   The Security Council,\n"));
}

TEST_CASE("document_text prints one line per clause, indented by depth", "[render]") {
    const auto v = lines(rendered(render_test::sample_document()));
    const auto* pp1 = line_starting(v, "pp1 ");
    REQUIRE(pp1);
    CHECK_THAT(*pp1, Contains("Recalling its previous resolutions"));
    CHECK_THAT(*pp1, Contains("line 10"));
    const auto* op2a = line_starting(v, "  op2.a ");
    REQUIRE(op2a);
    CHECK_THAT(*op2a, Contains("the ceasefire:"));
    CHECK_THAT(*op2a, Contains("line 21"));
    const auto* op2ai = line_starting(v, "    op2.a.i ");
    REQUIRE(op2ai);
    CHECK_THAT(*op2ai, Contains("line 22"));
    // Line numbers stand in one column.
    CHECK(pp1->find("line ") == op2a->find("line "));
}

TEST_CASE("document_text truncates long clause text to the width", "[render]") {
    auto doc = render_test::sample_document();
    std::string longer;
    for (int i = 0; i < 40; ++i) longer += "word" + std::to_string(i) + " ";
    doc.clauses[0].text = longer;
    render::TextOptions opts;
    opts.width = 80;
    const auto v = lines(rendered(doc, opts));
    const auto* pp1 = line_starting(v, "pp1 ");
    REQUIRE(pp1);
    CHECK_THAT(*pp1, Contains("\u2026"));
    CHECK_THAT(*pp1, !Contains("word39"));
    CHECK_THAT(*pp1, Contains("line 10"));
}

TEST_CASE("document_text counts footnotes, annexes and lists warnings", "[render]") {
    const auto out = rendered(render_test::sample_document());
    CHECK_THAT(out, Contains("6 clauses, 1 footnote, 1 annex, 1 warning\n"));
    CHECK_THAT(out, Contains("[1]"));
    CHECK_THAT(out, Contains("annex1"));
    CHECK_THAT(out, Contains("Weapons management"));
    CHECK_THAT(out, Contains("warning 25:7: page counter removed\n"));
}

TEST_CASE("document_text ends with a mandate summary when analyzed", "[render]") {
    const auto out = rendered(render_test::sample_document());
    CHECK_THAT(out, Contains("Legal basis: Chapter VII of the Charter (pp2)\n"));
    CHECK_THAT(out, Contains("Mandates:\n  op1  Decides to extend the mandate"));
    CHECK_THAT(out, Contains("who:    UNSFZ\n"));
    CHECK_THAT(out, Contains("where:  Zarnovia\n"));
    CHECK_THAT(out, Contains("until:  2027-12-31\n"));
    CHECK_THAT(out, Contains("Time limits:"));
    CHECK_THAT(out, Contains("interval"));
    CHECK_THAT(out, Contains("P90D"));
}

TEST_CASE("document_text has no mandate summary without semantic fields", "[render]") {
    model::Document doc;
    doc.source = "plain.txt";
    doc.clauses.push_back(render_test::clause("op1", model::ClauseKind::operative, "1", "Decides",
                                              "to remain seized of the matter.", 3));
    const auto out = rendered(doc);
    CHECK_THAT(out, !Contains("Mandates"));
    CHECK_THAT(out, !Contains("Legal basis"));
    CHECK_THAT(out, Contains("symbol:    (not stated)\n"));
    CHECK_THAT(out, Contains("1 clause, 0 footnotes, 0 annexes, 0 warnings\n"));
}

TEST_CASE("document_text uses ANSI colour only when asked", "[render]") {
    const auto doc = render_test::sample_document();
    CHECK(rendered(doc).find('\x1b') == std::string::npos);
    render::TextOptions opts;
    opts.color = true;
    const auto coloured = rendered(doc, opts);
    CHECK(coloured.find("\x1b[1m") != std::string::npos);
    CHECK(coloured.find("\x1b[0m") != std::string::npos);
}

TEST_CASE("document_text goldens: samples", "[render][golden]") {
    for (const char* name : {"zarnovia-v1", "zarnovia-v2", "zarnovia-v3", "messy-pdf-extract",
                             "messy-old-style"}) {
        SECTION(name) {
            const auto doc = render_test::load_sample(std::string(name) + ".txt");
            if (!doc) return;
            std::ostringstream out;
            render::document_text(out, *doc);
            testing::check_golden(std::string("render/") + name + ".parse.txt", out.str());
        }
    }
}
