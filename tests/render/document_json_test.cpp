#include "render/json_values.hpp"
#include "render/render.hpp"

#include "fixtures.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace resdiff;
using Json = nlohmann::ordered_json;

namespace {
Json rendered(const model::Document& doc) {
    std::ostringstream out;
    render::document_json(out, doc);
    return Json::parse(out.str());
}
std::vector<std::string> keys(const Json& j) {
    std::vector<std::string> k;
    for (auto it = j.begin(); it != j.end(); ++it) k.push_back(it.key());
    return k;
}
}  // namespace

TEST_CASE("document_json follows resdiff-document/1", "[render]") {
    const auto j = rendered(render_test::sample_document());
    CHECK(j["format"] == "resdiff-document/1");
    CHECK(j["source"] == "samples/example.txt");
    const std::vector<std::string> top = {"format",   "source",   "metadata",    "enacting_formula",
                                          "clauses",  "annexes",  "footnotes",   "warnings",
                                          "legal_basis", "mandates"};
    CHECK(keys(j) == top);

    const auto& m = j["metadata"];
    CHECK(m["organ"] == "Security Council");
    CHECK(m["symbol"] == "S/2026/101");
    CHECK(m["date"] == "2026-03-03");
    CHECK(m["draft"] == true);
    CHECK(m["title"].is_null());
    CHECK(m["sponsors"] == "Freedonia and Ruritania");
    CHECK(j["enacting_formula"] == "The Security Council,");

    REQUIRE(j["clauses"].size() == 4);
    const auto& pp1 = j["clauses"][0];
    const std::vector<std::string> clause_keys = {"id",         "kind",       "number",  "lead",
                                                  "text",       "line",       "column",  "footnote_refs",
                                                  "obligation", "durations",  "scope",   "children"};
    CHECK(keys(pp1) == clause_keys);
    CHECK(pp1["id"] == "pp1");
    CHECK(pp1["kind"] == "preambular");
    CHECK(pp1["number"].is_null());
    CHECK(pp1["lead"] == "Recalling");
    CHECK(pp1["line"] == 10);
    CHECK(pp1["footnote_refs"] == Json::array({"1"}));
    CHECK(pp1["obligation"].is_null());
    CHECK(pp1["durations"].empty());
    CHECK(pp1["scope"]["places"].empty());
    CHECK(pp1["children"].is_array());
    CHECK(pp1["children"].empty());
}

TEST_CASE("document_json writes semantic fields with nulls for absent values", "[render]") {
    const auto j = rendered(render_test::sample_document());
    const auto& op1 = j["clauses"][2];
    CHECK(op1["id"] == "op1");
    CHECK(op1["number"] == "1");
    CHECK(op1["obligation"]["verb"] == "Decides");
    CHECK(op1["obligation"]["strength"] == 5);
    CHECK(op1["obligation"]["modal"].is_null());
    CHECK(op1["obligation"]["binding"] == true);
    REQUIRE(op1["durations"].size() == 1);
    CHECK(op1["durations"][0]["text"] == "until 31 December 2027");
    CHECK(op1["durations"][0]["until"] == "2027-12-31");
    CHECK(op1["durations"][0]["period"].is_null());
    CHECK(op1["durations"][0]["role"] == "until");
    CHECK(op1["scope"]["places"] == Json::array({"Zarnovia"}));
    CHECK(op1["scope"]["actors"] == Json::array({"UNSFZ"}));

    const auto& op2 = j["clauses"][3];
    CHECK(op2["durations"][0]["period"] == "P90D");
    CHECK(op2["durations"][0]["until"].is_null());
    CHECK(op2["durations"][0]["role"] == "interval");

    CHECK(j["legal_basis"]["chapter_vii"] == true);
    CHECK(j["legal_basis"]["clause"] == "pp2");
    REQUIRE(j["mandates"].size() == 1);
    const auto& m = j["mandates"][0];
    CHECK(m["clause"] == "op1");
    CHECK(m["verb"] == "Decides");
    CHECK(m["actor"] == "UNSFZ");
    CHECK(m["until"] == "2027-12-31");
    CHECK(m["period"].is_null());
}

TEST_CASE("document_json nests sub-paragraphs under their parent", "[render]") {
    const auto j = rendered(render_test::sample_document());
    const auto& op2 = j["clauses"][3];
    REQUIRE(op2["children"].size() == 1);
    const auto& a = op2["children"][0];
    CHECK(a["id"] == "op2.a");
    CHECK(a["kind"] == "subparagraph");
    CHECK(a["number"] == "a");
    CHECK(a["lead"].is_null());
    REQUIRE(a["children"].size() == 1);
    CHECK(a["children"][0]["id"] == "op2.a.i");
    CHECK(a["children"][0]["children"].empty());
}

TEST_CASE("document_json lists annexes, footnotes and warnings", "[render]") {
    const auto j = rendered(render_test::sample_document());
    REQUIRE(j["annexes"].size() == 1);
    CHECK(j["annexes"][0]["id"] == "annex1");
    CHECK(j["annexes"][0]["title"] == "Weapons management");
    CHECK(j["annexes"][0]["text"] == "The Force shall assist.");
    REQUIRE(j["footnotes"].size() == 1);
    CHECK(j["footnotes"][0]["label"] == "1");
    REQUIRE(j["warnings"].size() == 1);
    CHECK(j["warnings"][0]["line"] == 25);
    CHECK(j["warnings"][0]["column"] == 7);
    CHECK(j["warnings"][0]["message"] == "page counter removed");
}

TEST_CASE("document_json of an empty document has nulls and empty arrays", "[render]") {
    model::Document doc;
    doc.source = "-";
    const auto j = rendered(doc);
    CHECK(j["metadata"]["organ"].is_null());
    CHECK(j["metadata"]["symbol"].is_null());
    CHECK(j["metadata"]["date"].is_null());
    CHECK(j["metadata"]["draft"] == false);
    CHECK(j["enacting_formula"].is_null());
    CHECK(j["clauses"].empty());
    CHECK(j["legal_basis"]["chapter_vii"] == false);
    CHECK(j["legal_basis"]["clause"].is_null());
}

TEST_CASE("document_json is deterministic and survives deep nesting and bad UTF-8", "[render]") {
    model::Document doc = render_test::sample_document();
    doc.clauses[0].text = "bad \xff byte";
    // A chain of 2,000 nested sub-paragraphs, built without recursion.
    model::Clause root = render_test::clause("op9", model::ClauseKind::operative, "9", "Decides", "x", 1);
    model::Clause* tip = &root;
    for (int i = 0; i < 2000; ++i) {
        tip->children.push_back(render_test::clause(tip->id + ".a", model::ClauseKind::subparagraph, "a",
                                                    std::nullopt, "y", 1));
        tip = &tip->children.back();
    }
    doc.clauses.push_back(std::move(root));
    std::ostringstream a, b;
    render::document_json(a, doc);
    render::document_json(b, doc);
    CHECK(a.str() == b.str());
    CHECK(a.str().back() == '\n');
    CHECK(a.str().find("bad \xef\xbf\xbd byte") != std::string::npos);
}

TEST_CASE("document_json golden: samples/zarnovia-v1.txt", "[render][golden]") {
    const auto doc = render_test::load_sample("zarnovia-v1.txt");
    if (!doc) return;
    std::ostringstream out;
    render::document_json(out, *doc);
    testing::check_golden("render/zarnovia-v1.parse.json", out.str());
}

TEST_CASE("document_json streams the bytes of the whole value, dumped at once", "[render]") {
    // The renderer writes a clause at a time; the reference is the DOM of the whole document.
    auto reference = [](const model::Document& doc) {
        std::ostringstream out;
        render::detail::write_json(out, render::detail::document_value(doc));
        return out.str();
    };
    auto streamed = [](const model::Document& doc) {
        std::ostringstream out;
        render::document_json(out, doc);
        return out.str();
    };
    model::Document empty;
    empty.source = "-";
    CHECK(streamed(empty) == reference(empty));

    model::Document doc = render_test::sample_document();
    CHECK(streamed(doc) == reference(doc));

    // Siblings at several depths, a childless clause after a deep one, a deep last clause,
    // strings to escape and bad UTF-8.
    doc.clauses[0].text = "quote \" back\\slash \n newline \t tab \xff bad";
    model::Clause op9 = render_test::clause("op9", model::ClauseKind::operative, "9", "Decides", "x", 1);
    for (int i = 0; i < 3; ++i) {
        const std::string label(1, static_cast<char>('a' + i));
        model::Clause sub = render_test::clause("op9." + label, model::ClauseKind::subparagraph, label,
                                                std::nullopt, "y", 2);
        for (int k = 0; k < i; ++k)
            sub.children.push_back(render_test::clause(sub.id + "." + std::to_string(k), model::ClauseKind::subparagraph,
                                                       std::to_string(k), std::nullopt, "z", 3));
        op9.children.push_back(std::move(sub));
    }
    doc.clauses.push_back(op9);
    doc.clauses.push_back(render_test::clause("op10", model::ClauseKind::operative, "10", "Requests", "w", 9));
    doc.clauses.push_back(std::move(op9));
    CHECK(streamed(doc) == reference(doc));

    model::Clause* tip = &doc.clauses.back();
    for (int i = 0; i < 2000; ++i) {
        tip->children.push_back(render_test::clause(tip->id + ".a", model::ClauseKind::subparagraph, "a",
                                                    std::nullopt, "y", 1));
        tip = &tip->children.back();
    }
    CHECK(streamed(doc) == reference(doc));
}

TEST_CASE("document_json: a report of many 64 KB pieces is the whole value, byte for byte", "[render]") {
    // The writers hand the stream 64 KB at a time: texts with escapes and non-ASCII letters
    // across those boundaries, in a report of megabytes.
    model::Document doc = render_test::sample_document();
    for (int i = 0; i < 3000; ++i) {
        std::string text = "to remain seized \u2014 \"of the matter\" \\ in C\u00f4te d\u2019Ivoire, number " +
                           std::to_string(i) + std::string(static_cast<std::size_t>(i % 97), 'x') + "\t\x01 end";
        doc.clauses.push_back(render_test::clause("op" + std::to_string(100 + i), model::ClauseKind::operative,
                                                  std::to_string(100 + i), "Decides", text, 1));
    }
    std::ostringstream streamed, reference;
    render::document_json(streamed, doc);
    render::detail::write_json(reference, render::detail::document_value(doc));
    CHECK(streamed.str().size() > 1000000);
    CHECK(streamed.str() == reference.str());
}
