// src/parse/parse_document.cpp: the entry point, on whole texts of each shape.

#include "parse_test_support.hpp"
#include "parse/line_scan.hpp"
#include "support/paths.hpp"

#include <set>
#include <stdexcept>
#include <sys/mman.h>

using namespace resdiff::testing;
using resdiff::model::ClauseKind;
using resdiff::parse::parse_document;

TEST_CASE("a modern Security Council draft: heading, preamble, operatives, sub-paragraphs", "[parse]") {
    const auto d = parse_ok(
        "United Nations S/2026/7\n"
        "Security Council Distr.: Limited\n"
        "4 January 2026\n"
        "Original: English\n\n"
        "Ruritania: draft resolution\n\n"
        "The Security Council,\n\n"
        "Recalling its previous resolutions,\n\n"
        "Acting under Chapter VII of the Charter of the United Nations,\n\n"
        "1. Decides to extend the mandate until 31 December 2027;\n\n"
        "2. Decides that the Force shall:\n"
        "(a) Protect civilians;\n"
        "(b) Support the authorities:\n"
        "(i) In the capital;\n"
        "(ii) In the provinces;\n"
        "(c) Report;\n\n"
        "3. Decides to remain seized of the matter.\n");
    CHECK(d.metadata.organ == "Security Council");
    CHECK(d.metadata.symbol == "S/2026/7");
    CHECK(d.metadata.date == "2026-01-04");
    CHECK(d.metadata.draft);
    CHECK(d.metadata.sponsors == "Ruritania: draft resolution");
    CHECK(d.enacting_formula == "The Security Council,");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "pp2", "op1", "op2", "op2.a", "op2.b", "op2.b.i",
                                             "op2.b.ii", "op2.c", "op3"});
    CHECK(d.clauses[1].lead == "Acting");
    CHECK(d.clauses[1].kind == ClauseKind::preambular);
    CHECK(d.clauses[2].lead == "Decides");
    CHECK(d.clauses[2].text == "to extend the mandate until 31 December 2027;");
    CHECK(d.clauses[2].number == "1");
    CHECK(d.clauses[2].line == 14);
    CHECK(d.clauses[3].children[0].lead == std::nullopt);
    CHECK(d.clauses[3].children[0].text == "Protect civilians;");
    CHECK(d.warnings.empty());
}

TEST_CASE("hard-wrapped text: paragraphs found by indentation and punctuation", "[parse]") {
    const auto d = parse_ok(
        "      The Security Council,\n"
        "      Recalling its resolutions 1714 (2006) of\n"
        "6 October 2006 and 1709 (2006),\n"
        "      Welcoming the progress in the Comprehensive\n"
        "Peace Agreement,\n"
        "      1.    Decides to extend the mandate of UNMIS until 31 October 2007, with\n"
        "the intention to renew it;\n");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "pp2", "op1"});
    CHECK(d.clauses[0].text == "its resolutions 1714 (2006) of 6 October 2006 and 1709 (2006),");
    CHECK(d.clauses[1].text == "the progress in the Comprehensive Peace Agreement,");
}

TEST_CASE("a paragraph number displaced after the paragraph's first line", "[parse]") {
    const auto d = parse_ok(
        "The Security Council,\n"
        "1. Decides to act;\n"
        "            Calls upon the parties to the Agreement to\n"
        "      2.\n"
        "accelerate progress;\n"
        "            Decides to remain seized of the matter.\n"
        "      3.\n");
    CHECK(ids(d) == std::vector<std::string>{"op1", "op2", "op3"});
    CHECK(d.clauses[1].text == "upon the parties to the Agreement to accelerate progress;");
    CHECK(d.clauses[1].lead == "Calls");
    CHECK(has_warning(d, "stands after the first line"));
}

TEST_CASE("a number alone on its line before its paragraph", "[parse]") {
    const auto d = parse_ok("The General Assembly,\n\n1. \nTakes note of the report;\n\n2. \nRequests a report.\n");
    CHECK(ids(d) == std::vector<std::string>{"op1", "op2"});
    CHECK(d.clauses[0].lead == "Takes note");
    CHECK(d.clauses[0].line == 3);
}

TEST_CASE("the old unnumbered 'Decides: (a) To ...' form", "[parse]") {
    const auto d = parse_ok(
        "RESOLUTION 830 (1993)\n\nAdopted by the Security Council at its 3220th meeting\non 26 May 1993\n\n"
        "The Security Council,\n\n Having considered the report of the Secretary-General,\n\nDecides:\n\n"
        "(a) TO call upon the parties;\n\n(b) To renew the mandate until 30 November 1993;\n\n(c) To request a report.\n");
    CHECK(d.metadata.symbol == "S/RES/830 (1993)");
    CHECK(d.metadata.date == "1993-05-26");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "op1", "op1.a", "op1.b", "op1.c"});
    CHECK(d.clauses[1].number == std::nullopt);
    CHECK(d.clauses[1].lead == "Decides");
    CHECK(d.clauses[0].lead == "Having considered");
}

TEST_CASE("a single unnumbered operative paragraph", "[parse]") {
    const auto d = parse_ok("The Security Council,\n\nNoting the letter,\n\nCalls for an immediate cease-fire.\n");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "op1"});
    CHECK(d.clauses[1].kind == ClauseKind::operative);
}

TEST_CASE("a text with no heading and no enacting formula", "[parse]") {
    const auto d = parse_ok("Recalling its resolutions,\nDecides to extend the mandate;\n");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "op1"});
    CHECK(!d.metadata.symbol);
}

TEST_CASE("press-release texts: quotes around every paragraph", "[parse]") {
    const auto d = parse_ok(
        "The full text of resolution  1919 (2010) reads as follows:\n\n"
        "\xE2\x80\x9CThe Security Council,\n\n"
        "\xE2\x80\x9CRecalling all its resolutions,\n\n"
        "\xE2\x80\x9C" "1.  Decides to extend the mandate until 30 April 2011;\n\n"
        "\xE2\x80\x9C" "2.  Decides to remain seized of the matter.\xE2\x80\x9D\n");
    CHECK(d.metadata.symbol == "S/RES/1919 (2010)");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "op1", "op2"});
    CHECK(d.clauses[0].lead == "Recalling");
    CHECK(d.clauses[2].text == "to remain seized of the matter.");
}

TEST_CASE("page furniture is removed before the grammar sees paragraphs", "[parse]") {
    const auto clean = parse_ok(
        "United Nations S/2026/9\n\nThe Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to extend the mandate of the Force until\n31 May 2027;\n\n2. Requests a report.\n");
    const auto messy = parse_ok(
        "United Nations S/2026/9\n\nThe Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to extend the mandate of the Force until\n26-01234 (E)    030326\n*2601234*\n\f"
        "S/2026/9\n2/3\n31 May 2027;\n\n2. Requests a report.\n");
    REQUIRE(ids(messy) == ids(clean));
    CHECK(messy.clauses[1].text == clean.clauses[1].text);
}

TEST_CASE("footnotes at the foot of a page stay out of the clause text", "[parse]") {
    const auto d = parse_ok(
        "The General Assembly,\n\n"
        "Recalling the Final Document of the Tenth Special Session of\nthe General Assembly,1\n"
        "__________________\n\n1 Resolution S-10/2.\n\n"
        "Emphasizing the basic provisions,\n\n1. Urges all parties;\n");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "pp2", "op1"});
    CHECK(d.clauses[0].text == "the Final Document of the Tenth Special Session of the General Assembly,");
    CHECK(d.clauses[0].footnote_refs == std::vector<std::string>{"1"});
    REQUIRE(d.footnotes.size() == 1);
    CHECK(d.footnotes[0].label == "1");
    CHECK(d.footnotes[0].text == "Resolution S-10/2.");
}

TEST_CASE("old-style and Markdown footnotes", "[parse]") {
    const auto old_style = parse_ok(
        "The Security Council,\n\nHaving studied the report of 20 July 1993, 1/ and taking note,\n\n"
        "1. Decides to extend the mandate;\n\n\n1/ S/26111.\n2/  S/26083.\n");
    CHECK(old_style.clauses[0].text == "the report of 20 July 1993, and taking note,");
    CHECK(old_style.footnotes.size() == 2);
    const auto md = parse_ok(
        "The General Assembly,\n\n1. Takes note of the report on resolution 79/7;[^1]\n\n"
        "22nd plenary meeting 29 October 2025\n\n---\n\n[^1]: A/80/83.\n");
    CHECK(md.clauses[0].text == "of the report on resolution 79/7;");
    CHECK(md.metadata.meeting == "22nd plenary meeting 29 October 2025");
    REQUIRE(md.footnotes.size() == 1);
    CHECK(md.footnotes[0].text == "A/80/83.");
}

TEST_CASE("annexes with their title and text", "[parse]") {
    const auto d = parse_ok(
        "The Security Council,\n\n1. Endorses the plan set out in the annex;\n\n"
        "Annex\n\nComprehensive Plan\n\nThe parties agree to a ceasefire.\nAll forces withdraw.\n");
    REQUIRE(d.annexes.size() == 1);
    CHECK(d.annexes[0].id == "annex1");
    CHECK(d.annexes[0].title == "Comprehensive Plan");
    CHECK(d.annexes[0].text == "The parties agree to a ceasefire. All forces withdraw.");
    CHECK(ids(d) == std::vector<std::string>{"op1"});
}

TEST_CASE("(i) after (h) continues the letters; (aa) after (z) too", "[parse]") {
    std::string text = "The Security Council,\n\n1. Decides that:\n";
    for (char c = 'a'; c <= 'z'; ++c) text += std::string("(") + c + ") Task;\n";
    text += "(aa) Task;\n(bb) Task;\n";
    const auto d = parse_ok(text);
    const auto& subs = d.clauses[0].children;
    REQUIRE(subs.size() == 28);
    CHECK(subs[8].id == "op1.i");
    CHECK(subs[26].id == "op1.aa");
    CHECK(subs[27].id == "op1.bb");
    CHECK(d.warnings.empty());
}

TEST_CASE("repeated or missing numbers keep ids unique", "[parse]") {
    const auto d = parse_ok("The Security Council,\n\n1. Decides;\n\n1. Requests;\n\n3. Urges;\n");
    const auto got = ids(d);
    CHECK(std::set<std::string>(got.begin(), got.end()).size() == got.size());
    CHECK(has_warning(d, "repeats"));
}

TEST_CASE("a lost number between numbered neighbours is inferred", "[parse]") {
    const auto d = parse_ok("The Security Council,\n\n1. Decides;\n\nRequests a report;\n\n3. Urges all;\n");
    CHECK(ids(d) == std::vector<std::string>{"op1", "op2", "op3"});
    CHECK(has_warning(d, "inferred"));
}

TEST_CASE("inputs that are not resolutions get an error, not a crash", "[parse]") {
    CHECK_FALSE(parse_document("", "x").ok());
    CHECK_FALSE(parse_document("  \n\n", "x").ok());
    CHECK_FALSE(parse_document("Milk\nEggs\nBread\n", "x").ok());
    const auto binary = parse_document(std::string("PK\x03\x04\0\0binary", 12), "x");
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error->message.find("binary") != std::string::npos);
    const auto bad_utf8 = parse_document("The Security Council,\n1. Decides \xC3\x28 now;\n", "x");
    REQUIRE_FALSE(bad_utf8.ok());
    CHECK(bad_utf8.error->line == 2);
    CHECK(bad_utf8.error->column == 12);
}

TEST_CASE("odd but real input gives warnings with line and column", "[parse]") {
    const auto d = parse_ok("The Security Council,\n\n1. Decides;\n\n2. Requests:\n(a) One;\n(c) Three;\n");
    REQUIRE(has_warning(d, "out of sequence"));
    const auto& w = d.warnings.front();
    CHECK(w.line == 7);
    CHECK(w.column == 1);
}

TEST_CASE("CRLF and lone CR line ends parse like LF", "[parse]") {
    const auto lf = parse_ok("The Security Council,\n\nRecalling,\n\n1. Decides;\n");
    const auto crlf = parse_ok("The Security Council,\r\n\r\nRecalling,\r\n\r\n1. Decides;\r\n");
    const auto cr = parse_ok("The Security Council,\r\rRecalling,\r\r1. Decides;\r");
    // CRLF alone is scanned without a copy of the text; one lone CR takes the copying path.
    const auto mixed = parse_ok("The Security Council,\r\n\r\nRecalling,\r\r1. Decides;\r\n");
    CHECK(ids(crlf) == ids(lf));
    CHECK(ids(cr) == ids(lf));
    CHECK(ids(mixed) == ids(lf));
    CHECK(crlf.clauses[1].text == lf.clauses[1].text);
    CHECK(mixed.clauses[1].text == lf.clauses[1].text);
    CHECK(crlf.clauses[1].line == lf.clauses[1].line);
    CHECK(crlf.clauses[1].column == lf.clauses[1].column);
}

TEST_CASE("hostile input: repeated labels, megabyte lines, many clauses", "[parse]") {
    std::string repeated = "The Security Council,\n\n1. Decides:\n";
    for (int i = 0; i < 5000; ++i) repeated += "(a) Again;\n(i) And again;\n";
    const auto d = parse_ok(repeated);
    std::size_t max_depth = 0;
    resdiff::model::for_each_clause(d.clauses, [&](const auto&, std::size_t depth) { max_depth = std::max(max_depth, depth); });
    CHECK(max_depth <= 4);

    std::string long_line = "The Security Council,\n\n1. Decides " + std::string(2'000'000, 'x') + ";\n";
    const auto l = parse_ok(long_line);
    CHECK(l.clauses[0].text.size() == 2'000'001);

    std::string many = "The Security Council,\n";
    for (int i = 0; i < 100000; ++i) many += std::to_string(i % 999 + 1) + ". Decides;\n";
    const auto m = parse_ok(many);
    CHECK(m.clauses.size() == 100000);
}

TEST_CASE("more than 999 paragraphs, and years that only look like numbers", "[parse]") {
    std::string text = "The Security Council,\n";
    for (int i = 1; i <= 1200; ++i) text += std::to_string(i) + ". Decides to act;\n";
    const auto d = parse_ok(text);
    REQUIRE(d.clauses.size() == 1200);
    CHECK(d.clauses.back().id == "op1200");
    const auto wrapped = parse_ok("The Security Council,\n\n1. Recalls its resolution adopted on 24 March\n2006. It decides;\n\n2. Requests;\n");
    CHECK(ids(wrapped) == std::vector<std::string>{"op1", "op2"});
    CHECK(wrapped.clauses[0].text == "its resolution adopted on 24 March 2006. It decides;");
}

TEST_CASE("numbered paragraphs run together on one line are split where the sequence expects them", "[parse]") {
    const auto d = parse_ok(
        "The Security Council,\n"
        "Acting under Chapter VII of the Charter, 1. Decides to extend the mandate until 30 September 2014; "
        "2. Emphasizes the role of the Government; 3. Reaffirms its decision of 12 March 2013. 4. Recalls its "
        "endorsement of 1. a plan;\n"
        "5. Decides to remain seized of the matter.\n");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "op1", "op2", "op3", "op4", "op5"});
    CHECK(d.clauses[0].text == "under Chapter VII of the Charter,");
    CHECK(d.clauses[1].text == "to extend the mandate until 30 September 2014;");
    CHECK(d.clauses[4].text == "its endorsement of 1. a plan;");
    CHECK(has_warning(d, "starts inside the line"));
}

TEST_CASE("a paragraph split out of a line is warned about at its number's column", "[parse]") {
    // The line is cut three times: each warning's column is counted in the source line.
    const std::string line = "  Acting under the Charter, 1. Decides to act; 2. Emphasizes the role; 3. Reaffirms it.";
    const auto d = parse_ok("The Security Council,\n" + line + "\n");
    CHECK(ids(d) == std::vector<std::string>{"pp1", "op1", "op2", "op3"});
    CHECK(d.clauses[3].text == "it.");
    REQUIRE(d.warnings.size() == 3);
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK(d.warnings[k].line == 2);
        CHECK(d.warnings[k].column == line.find(std::to_string(k + 1) + ". ") + 1);
        // The split-off paragraph starts there too (it was column 1).
        CHECK(d.clauses[k + 1].line == 2);
        CHECK(d.clauses[k + 1].column == line.find(std::to_string(k + 1) + ". ") + 1);
    }
    CHECK(d.clauses[0].column == 3);  // the line's own paragraph, after its indent
}

TEST_CASE("columns of paragraphs split out of a line count characters, not bytes", "[parse]") {
    // "é" and "’" are two and three bytes: the columns are 1 + the characters before each number.
    const auto d = parse_ok("The Security Council,\n"
                            "1. Décide d’agir; 2. Réaffirme la résolution; 3. Decides to remain seized.\n");
    REQUIRE(ids(d) == std::vector<std::string>{"op1", "op2", "op3"});
    REQUIRE(d.warnings.size() >= 2);
    const std::vector<std::size_t> expected{19, 47};  // "1. Décide d’agir; " is 18 characters
    std::vector<std::size_t> warned, started;
    for (const auto& w : d.warnings)
        if (w.message.find("starts inside the line") != std::string::npos) warned.push_back(w.column);
    for (std::size_t k = 1; k < 3; ++k) started.push_back(d.clauses[k].column);
    CHECK(warned == expected);
    CHECK(started == expected);
}

TEST_CASE("a text of 4 GiB or more is refused before a byte of it is read", "[parse]") {
    // Lines keep 32-bit offsets and numbers. The pages are reserved, never readable: a parser
    // that touched one would crash the test rather than pass it.
    const std::size_t size = resdiff::parse::max_scanned_text_bytes + 1;
    void* pages = ::mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    REQUIRE(pages != MAP_FAILED);
    const std::string_view huge(static_cast<const char*>(pages), size);
    const auto r = resdiff::parse::parse_document(huge, "huge.txt");
    CHECK(!r.ok());
    REQUIRE(r.error);
    CHECK(r.error->message == "input of 4294967295 bytes: the parser reads at most 4294967294 bytes: not parsed");
    CHECK_THROWS_AS(resdiff::parse::scan_lines(huge), std::length_error);
    ::munmap(pages, size);
}

TEST_CASE("an ordinal id never collides with a sibling's printed label", "[parse]") {
    // Found by the parse fuzzer: "(2)" twice took ordinals 2 and 3, and "(3)" took "3" too.
    const auto d = parse_ok(resdiff::testing::read_file(resdiff::testing::source_dir() /
                                                        "tests/fuzz/regressions/parse/ordinal-label-collision.txt"));
    const auto got = ids(d);
    CHECK(std::set<std::string>(got.begin(), got.end()).size() == got.size());
    CHECK(got == std::vector<std::string>{"op1", "op1.1", "op1.2", "op1.3_", "op1.3", "op1.4", "op2_", "op2"});
}

TEST_CASE("blank-separated paragraphs: a wrapped line never opens a paragraph", "[parse]") {
    std::string text = "The Security Council,\n\n";
    for (int i = 1; i <= 5; ++i)
        text += std::to_string(i) + ". Recalls the Convention on the Prohibition of the Development, Production,\n"
                                     "Stockpiling and Use of Chemical Weapons, and resolution 2118 (2013), paragraph\n"
                                     "17. Further decisions are set out in the annex;\n\n";
    const auto d = parse_ok(text);
    CHECK(ids(d) == std::vector<std::string>{"op1", "op2", "op3", "op4", "op5"});
    CHECK(d.clauses[0].text.find("Stockpiling and Use") != std::string::npos);
    CHECK(d.clauses[0].text.find("paragraph 17. Further") != std::string::npos);
}
