#include "render/render.hpp"

#include "diff/diff_documents.hpp"
#include "fixtures.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace resdiff;
using Catch::Matchers::Contains;

namespace {
std::string rendered(const diff::DocumentDiff& d) {
    std::ostringstream out;
    render::diff_markdown(out, d);
    return out.str();
}
}  // namespace

TEST_CASE("diff_markdown has a title, summary tables and key findings", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK(out.rfind("# resdiff: S/2026/101 \u2192 S/2026/101/Rev.1\n", 0) == 0);
    CHECK_THAT(out, Contains("- **Old:** `old.txt`, S/2026/101, 2026-03-03\n"));
    CHECK_THAT(out, Contains("## Summary\n\n| Clauses | Count |\n|---|---:|\n| modified | 2 |\n"));
    CHECK_THAT(out, Contains("| Findings | Count |\n|---|---:|\n| obligation | 1 |\n"));
    const auto key = out.find("## Key findings\n\n- **Obligation weakened** (op7 \u2192 op8): ");
    CHECK(key != std::string::npos);
    CHECK(out.find("**Duration changed** (op1)") < out.find("**Scope narrowed** (op3.c)"));
}

TEST_CASE("diff_markdown shows each changed clause as a redline", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK_THAT(out, Contains("\n### op1 \u2014 modified\n\n- **Duration changed**: mandate end changed"));
    CHECK_THAT(out, Contains("> Decides to extend the mandate of UNSFZ ~~until 31 December 2027~~ **for a "
                             "further period of two years**;\n"));
    CHECK_THAT(out, Contains("\n### op2 \u2014 added\n"));
    CHECK_THAT(out, Contains("> **Welcomes the commitment to hold elections;**\n"));
    CHECK_THAT(out, Contains("> ~~Disarmament: to support the Government;~~\n"));
    CHECK_THAT(out, Contains("\n### op9 \u2192 op11 \u2014 unchanged, moved, renumbered\n\n_Text unchanged:_ Urges all Member States to ensure free movement;\n"));
    CHECK_THAT(out, Contains("_2 unchanged clauses not shown._"));
    CHECK_THAT(out, Contains("_1 unchanged clause (1 renumbered) not shown._"));
}

TEST_CASE("diff_markdown escapes Markdown in document text", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK_THAT(out, Contains("support the \\*national\\* authorities \\| of Zarnovia;"));
}

TEST_CASE("escape_markdown", "[render]") {
    CHECK(render::escape_markdown("plain text, (a) and 19,626.") == "plain text, (a) and 19,626.");
    CHECK(render::escape_markdown("a*b_c`d|e~f[g]h<i>j\\k") == "a\\*b\\_c\\`d\\|e\\~f\\[g\\]h\\<i\\>j\\\\k");
    CHECK(render::escape_markdown("# not a heading") == "\\# not a heading");
    CHECK(render::escape_markdown("- not a list") == "\\- not a list");
    CHECK(render::escape_markdown("12. not a list") == "12\\. not a list");
    CHECK(render::escape_markdown("3) not a list") == "3\\) not a list");
    CHECK(render::escape_markdown("> quote") == "\\> quote");
    CHECK(render::escape_markdown("# inline", false) == "# inline");
    CHECK(render::escape_markdown("AT&T &amp; & x") == "AT\\&T \\&amp; & x");
    CHECK(render::escape_markdown("S/RES/2799 (2025)") == "S/RES/2799 (2025)");
}

TEST_CASE("diff_markdown goldens: samples series", "[render][golden]") {
    for (const auto& [a, b] : {std::pair{"zarnovia-v1", "zarnovia-v2"}, std::pair{"zarnovia-v2", "zarnovia-v3"},
                               std::pair{"zarnovia-v1", "zarnovia-v3"}}) {
        SECTION(std::string(a) + " -> " + b) {
            const auto old_doc = render_test::load_sample(std::string(a) + ".txt");
            if (!old_doc) return;
            const auto new_doc = render_test::load_sample(std::string(b) + ".txt");
            if (!new_doc) return;
            const auto d = diff::diff_documents(*old_doc, *new_doc);
            std::ostringstream out;
            render::diff_markdown(out, d);
            testing::check_golden("render/" + std::string(a) + "-" +
                                      std::string(b).substr(std::string(b).rfind('-') + 1) + ".diff.md",
                                  out.str());
        }
    }
}
