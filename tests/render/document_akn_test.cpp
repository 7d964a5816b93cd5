#include "render/akn_render.hpp"

#include "akn_test_support.hpp"
#include "fixtures.hpp"
#include "render/akn_inline.hpp"
#include "render/akn_xml.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace resdiff;
using Catch::Matchers::Contains;

namespace {

std::string rendered(const model::Document& doc) {
    std::ostringstream out;
    render::document_akn(out, doc);
    return out.str();
}

std::string own_words(const model::Clause& c) {
    const std::string lead = c.lead.value_or("");
    if (lead.empty()) return c.text;
    if (c.text.empty()) return lead;
    return lead + " " + c.text;
}

// Every clause's element holds exactly the clause's words, and eIds are unique.
void check_words(const model::Document& doc, const std::string& xml) {
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        INFO("clause " << c.id << " eId " << render::akn_eid(c.id));
        const auto words = akn_test::element_words(xml, render::akn_eid(c.id));
        REQUIRE(words.has_value());
        CHECK(*words == render::detail::xml_safe_text(own_words(c)));
    });
    const auto eids = akn_test::all_eids(xml);
    CHECK(std::set<std::string>(eids.begin(), eids.end()).size() == eids.size());
}

// Well-formed according to xmllint, when it is installed.
void check_well_formed(const std::string& xml, const std::string& name) {
    if (!akn_test::xmllint_available()) {
        WARN("xmllint absent (apt-get install libxml2-utils): well-formedness of " << name << " not checked");
        return;
    }
    const auto path = std::filesystem::temp_directory_path() / ("resdiff-akn-test-" + std::to_string(::getpid()) + "-" + name + ".xml");
    std::ofstream(path, std::ios::binary) << xml;
    const std::string errors = akn_test::xmllint_errors({path});
    INFO(errors);
    CHECK(errors.empty());
    std::filesystem::remove(path);
}

}  // namespace

TEST_CASE("akn_eid maps clause ids one to one", "[render]") {
    CHECK(render::akn_eid("pp1") == "preamble__container_1");
    CHECK(render::akn_eid("pp12") == "preamble__container_12");
    CHECK(render::akn_eid("op8") == "para_8");
    CHECK(render::akn_eid("op8.a") == "para_8__list_1__point_a");
    CHECK(render::akn_eid("op8.a.ii") == "para_8__list_1__point_a__list_1__point_ii");
    CHECK(render::akn_eid("op3_") == "para_3-");
    CHECK(render::akn_eid("pp2.b") == "preamble__container_2__list_1__item_b");
    CHECK(render::akn_eid("x y") == "clause_x-y");
}

TEST_CASE("document_akn writes the AKN4UN skeleton", "[render]") {
    const auto doc = render_test::sample_document();
    const std::string xml = rendered(doc);
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso "
                    "xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n",
                    0) == 0);
    CHECK_THAT(xml, Contains("<statement name=\"resolutionDraft\">"));
    CHECK_THAT(xml, Contains("<identification source=\"#resdiff\">"));
    CHECK_THAT(xml, Contains("<FRBRthis value=\"/akn/un/statement/deliberation/unsc/2026-03-03/S-2026-101/!main\"/>"));
    CHECK_THAT(xml, Contains("<FRBRuri value=\"/akn/un/statement/deliberation/unsc/2026-03-03/S-2026-101\"/>"));
    CHECK_THAT(xml, Contains("<FRBRdate date=\"2026-03-03\" name=\"distribution\"/>"));
    CHECK_THAT(xml, Contains("<FRBRcountry value=\"un\"/>"));
    CHECK_THAT(xml, Contains("<FRBRlanguage language=\"eng\"/>"));
    CHECK_THAT(xml, Contains("<FRBRuri value=\"/akn/un/statement/deliberation/unsc/2026-03-03/S-2026-101/eng@2026-03-03\"/>"));
    CHECK_THAT(xml, Contains("<TLCOrganization eId=\"unsc\""));
    CHECK_THAT(xml, Contains("<docType>Draft resolution</docType> <docNumber>S/2026/101</docNumber>"));
    CHECK_THAT(xml, Contains("<docProponent>Freedonia and Ruritania</docProponent>"));
    CHECK_THAT(xml, Contains("<formula name=\"enactingFormula\" eId=\"preamble__formula_1\"><p>The Security "
                             "Council,</p></formula>"));
    CHECK_THAT(xml, Contains("<container name=\"preambularParagraph\" eId=\"preamble__container_1\">"));
    CHECK_THAT(xml, Contains("<paragraph eId=\"para_1\">\n        <num>1.</num>"));
    CHECK_THAT(xml, Contains("<list eId=\"para_2__list_1\">"));
    CHECK_THAT(xml, Contains("<point eId=\"para_2__list_1__point_a__list_1__point_i\">"));
    CHECK_THAT(xml, Contains("<num>(i)</num>"));
    CHECK_THAT(xml, Contains("<attachment eId=\"att_1\">"));
    CHECK_THAT(xml, Contains("<docTitle>Weapons management</docTitle>"));
    CHECK_THAT(xml, Contains("<p>The Force shall assist.</p>"));
    check_words(doc, xml);
    check_well_formed(xml, "skeleton");
}

TEST_CASE("document_akn annotates lead phrases, dates, Chapter VII and footnotes", "[render]") {
    auto doc = render_test::sample_document();
    const std::string xml = rendered(doc);
    CHECK_THAT(xml, Contains("<inline name=\"operativePhrase\" refersTo=\"#operativePhrase\">Decides</inline> to extend"));
    CHECK_THAT(xml, Contains("<inline name=\"preambularPhrase\" refersTo=\"#preambularPhrase\">Recalling</inline>"));
    CHECK_THAT(xml, Contains("until <date date=\"2027-12-31\">31 December 2027</date>;"));
    CHECK_THAT(xml, Contains("under <concept refersTo=\"#chapterVII\">Chapter VII</concept> of the Charter"));
    CHECK_THAT(xml, Contains("<keyword eId=\"keyword_1\" value=\"chapterVII\""));
    // The footnote stands at the end of the words of the clause that cites it.
    CHECK_THAT(xml, Contains("Zarnovia,<authorialNote marker=\"1\" placement=\"bottom\" "
                             "eId=\"preamble__container_1__authorialNote_1\"><p>S/2026/55.</p></authorialNote></p>"));
}

TEST_CASE("document_akn marks citations of Security Council resolutions", "[render]") {
    auto doc = render_test::sample_document();
    doc.clauses[0].text = "resolutions 2799 (2025), 2811 (2025) and 0042 (1948), and resolution 1590 (2005),";
    const std::string xml = rendered(doc);
    CHECK_THAT(xml, Contains("resolutions <ref href=\"/akn/un/statement/deliberation/unsc/2025/2799\">2799 (2025)</ref>, "
                             "<ref href=\"/akn/un/statement/deliberation/unsc/2025/2811\">2811 (2025)</ref> and "
                             "<ref href=\"/akn/un/statement/deliberation/unsc/1948/42\">0042 (1948)</ref>"));
    CHECK_THAT(xml, Contains("resolution <ref href=\"/akn/un/statement/deliberation/unsc/2005/1590\">1590 (2005)</ref>,"));
    check_words(doc, xml);
}

TEST_CASE("find_printed_date finds the date inside a duration's words", "[render]") {
    using render::detail::find_printed_date;
    CHECK(find_printed_date("until 31 May 2023") == std::pair<std::size_t, std::size_t>{6, 11});
    CHECK(find_printed_date("until May 31, 2023") == std::pair<std::size_t, std::size_t>{6, 12});
    CHECK(find_printed_date("until March 2024") == std::pair<std::size_t, std::size_t>{6, 10});
    CHECK(find_printed_date("for a period of twelve months").first == std::string::npos);
    CHECK(find_printed_date("until 131 May 20234").first == std::string::npos);
}

TEST_CASE("document_akn escapes hostile text everywhere", "[render]") {
    auto doc = render_test::sample_document();
    const std::string hostile = "a < b && c > d \"quoted\" 'single' ]]> <![CDATA[x]]> </p><script>\x01\x1f end";
    doc.source = hostile;
    doc.metadata.symbol = "S/\"<&>";
    doc.metadata.organ = "Council <&> \"x\"";
    doc.metadata.title = hostile;
    doc.metadata.sponsors = hostile;
    doc.metadata.adoption = hostile;
    doc.metadata.meeting = hostile;
    doc.enacting_formula = hostile;
    doc.clauses[0].lead = "Recalling <&>";
    doc.clauses[0].text = hostile;
    doc.clauses[0].footnote_refs = {"\"1\"<"};
    doc.footnotes.push_back({"\"1\"<", hostile, 40});
    doc.footnotes.push_back({"<&>", hostile, 41});  // cited by no clause: kept in <notes>
    doc.clauses[3].children[0].number = "a\"<>";
    doc.clauses[3].children[0].text = hostile;
    doc.annexes[0].title = hostile;
    doc.annexes[0].text = hostile + "\n\n" + hostile;
    const std::string xml = rendered(doc);
    CHECK_THAT(xml, !Contains("<script>"));
    CHECK_THAT(xml, !Contains("]]>"));
    CHECK_THAT(xml, !Contains("<![CDATA["));
    CHECK_THAT(xml, !Contains("\x01"));
    CHECK_THAT(xml, Contains("a &lt; b &amp;&amp; c &gt; d &quot;quoted&quot; 'single' ]]&gt;"));
    CHECK_THAT(xml, Contains("\xEF\xBF\xBD\xEF\xBF\xBD end"));  // C0 controls became U+FFFD
    CHECK_THAT(xml, Contains("<note eId=\"note_2\" title=\"&lt;&amp;&gt;\"><p>a &lt; b"));
    check_words(doc, xml);
    check_well_formed(xml, "hostile");
}

TEST_CASE("document_akn falls back when the heading says little", "[render]") {
    model::Document doc;
    doc.source = "-";
    doc.clauses.push_back(render_test::clause("op1", model::ClauseKind::operative, std::nullopt, "Decides",
                                              "to remain seized of the matter.", 3));
    const std::string xml = rendered(doc);
    CHECK_THAT(xml, Contains("<statement name=\"resolution\">"));
    CHECK_THAT(xml, Contains("<FRBRuri value=\"/akn/un/statement/deliberation/un/0001-01-01/unnumbered\"/>"));
    CHECK_THAT(xml, Contains("<FRBRdate date=\"0001-01-01\" name=\"unknown\"/>"));
    CHECK_THAT(xml, !Contains("<preamble>"));
    CHECK_THAT(xml, Contains("<paragraph eId=\"para_1\">\n        <content>"));
    check_words(doc, xml);
    check_well_formed(xml, "fallback");
}

TEST_CASE("document_akn is deterministic", "[render]") {
    const auto doc = render_test::sample_document();
    CHECK(rendered(doc) == rendered(doc));
}

TEST_CASE("document_akn golden: zarnovia-v1", "[render][golden]") {
    const auto doc = render_test::load_sample("zarnovia-v1.txt");
    if (!doc) return;
    const std::string xml = rendered(*doc);
    testing::check_golden("render/zarnovia-v1.akn.xml", xml);
    check_words(*doc, xml);
    check_well_formed(xml, "zarnovia-v1");
}

TEST_CASE("document_akn golden: messy-old-style", "[render][golden]") {
    const auto doc = render_test::load_sample("messy-old-style.txt");
    if (!doc) return;
    const std::string xml = rendered(*doc);
    testing::check_golden("render/messy-old-style.akn.xml", xml);
    check_words(*doc, xml);
    check_well_formed(xml, "messy-old-style");
}
