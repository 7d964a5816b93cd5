#include "render/html_escape.hpp"
#include "render/render.hpp"

#include "diff/diff_documents.hpp"
#include "fixtures.hpp"
#include "html_test_support.hpp"
#include "support/golden.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

using namespace resdiff;
using Catch::Matchers::Contains;
using render_test::count;

namespace {

std::string rendered(const diff::DocumentDiff& d) {
    std::ostringstream out;
    render::diff_html(out, d);
    return out.str();
}

// The text between `<article ... id="ANCHOR">` and its `</article>` (articles do not nest).
std::string article(const std::string& html, const std::string& anchor) {
    const auto at = html.find("id=\"" + anchor + "\">");
    if (at == std::string::npos) return {};
    const auto start = html.rfind("<article", at);
    return html.substr(start, html.find("</article>", at) - start);
}

// The body of the page without the embedded <style> and <script>: what document text can reach.
std::string body_markup(const std::string& html) {
    const auto start = html.find("<body>");
    const auto script = html.rfind("<script>");
    return html.substr(start, script - start);
}

// Checks the page's structure against the diff it was rendered from.
void check_structure(const std::string& html, const diff::DocumentDiff& d) {
    const auto tags = render_test::scan_tags(html);
    INFO(render_test::balance_error(tags));
    CHECK(render_test::balance_error(tags).empty());

    std::size_t h1 = 0, articles = 0, details = 0;
    std::set<std::string> ids;
    std::vector<std::string> hrefs;
    for (const auto& t : tags) {
        if (t.closing) continue;
        if (t.name == "h1") ++h1;
        if (t.name == "article") ++articles;
        if (t.name == "details") ++details;
        if (const auto id = render_test::attribute(t, "id")) {
            INFO("duplicate id " << *id);
            CHECK(ids.insert(*id).second);
        }
        if (const auto href = render_test::attribute(t, "href")) hrefs.push_back(*href);
        // Nothing to fetch: no external resource of any kind.
        CHECK_FALSE(render_test::attribute(t, "src"));
        CHECK(t.name != "link");
        CHECK(t.name != "img");
        CHECK(t.name != "iframe");
        // No event handler attribute anywhere (the hostile drafts' onerror= and onload= stay text).
        INFO("tag <" << t.name << t.attributes << ">");
        static const std::regex handler("(^|\\s)on[a-z]+\\s*=", std::regex::icase);
        CHECK_FALSE(std::regex_search(t.attributes, handler));
    }
    CHECK(h1 == 1);
    CHECK(count(html, "<script") == 1);
    CHECK(articles == d.entries.size());
    for (const auto& href : hrefs) {
        INFO("link " << href);
        REQUIRE(href.size() > 1);
        CHECK(href[0] == '#');
        CHECK(ids.count(href.substr(1)) == 1);
    }

    // Summary counts.
    const auto& c = d.summary.clauses;
    const auto& f = d.summary.findings;
    auto count_row = [&](const char* name, std::size_t n) {
        const std::regex row(std::string("<tr class=\"n-") + name + "( zero)?\"><th scope=\"row\">" + name +
                             "</th><td>" + std::to_string(n) + "</td></tr>");
        INFO(name << " = " << n);
        CHECK(std::regex_search(html, row));
    };
    count_row("modified", c.modified);
    count_row("added", c.added);
    count_row("removed", c.removed);
    count_row("moved", c.moved);
    count_row("renumbered", c.renumbered);
    count_row("unchanged", c.unchanged);
    count_row("obligation", f.obligation);
    count_row("duration", f.duration);
    count_row("scope", f.scope);
    count_row("wording", f.wording);
    std::size_t findings = 0;
    for (const auto& e : d.entries) findings += e.findings.size();
    CHECK(count(html, "<ol class=\"key-findings\">") == (findings ? 1 : 0));
    CHECK(count(html, "<li><span class=\"badge f f-") == findings);

    // An anchor for every entry, <del>/<ins> exactly where the edits are.
    for (const auto& e : d.entries) {
        const auto id = e.new_id ? *e.new_id : *e.old_id;
        std::string anchor = "c-" + render::detail::html_id(id);
        if (!e.new_id && ids.count(anchor + "-removed")) anchor += "-removed";
        INFO("entry " << e.old_id.value_or("-") << " -> " << e.new_id.value_or("-") << " anchor " << anchor);
        REQUIRE(ids.count(anchor) == 1);
        const auto a = article(html, anchor);
        REQUIRE_FALSE(a.empty());
        bool deletes = e.status == diff::Status::removed, inserts = e.status == diff::Status::added;
        for (const auto& edit : e.edits) {
            deletes = deletes || edit.op == diff::EditOp::remove;
            inserts = inserts || edit.op == diff::EditOp::insert;
        }
        CHECK((a.find("<del>") != std::string::npos) == deletes);
        CHECK((a.find("<ins>") != std::string::npos) == inserts);
        CHECK_THAT(a, Contains(std::string("<span class=\"badge st st-") + diff::to_string(e.status)));
        if (e.moved) CHECK_THAT(a, Contains("\u2195 moved"));
        if (e.renumbered) CHECK_THAT(a, Contains("# renumbered"));
        for (const auto& fi : e.findings) {
            CHECK_THAT(a, Contains(std::string(diff::to_string(fi.category)) + " \u00b7 " +
                                   diff::to_string(fi.direction)));
        }
    }
}

}  // namespace

TEST_CASE("escape_html", "[render]") {
    using render::detail::escape_html;
    CHECK(escape_html("plain text, (a) and 19,626.") == "plain text, (a) and 19,626.");
    CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(escape_html("a & b \"c\" 'd'") == "a &amp; b &quot;c&quot; &#39;d&#39;");
    CHECK(escape_html("&amp;") == "&amp;amp;");
    CHECK(escape_html("tab\there\nline") == "tab\there\nline");
    CHECK(escape_html(std::string("nul\0bell\x07", 9)) == "nul\xEF\xBF\xBD" "bell\xEF\xBF\xBD");
    CHECK(escape_html("Côte d\u2019Ivoire \u2014 ok") == "Côte d\u2019Ivoire \u2014 ok");
    CHECK(render::detail::html_id("op4.a.ii") == "op4.a.ii");
    CHECK(render::detail::html_id("op\"4 <x>") == "op_4__x_");
}

TEST_CASE("diff_html is one self-contained, deterministic page", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK(out.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(out.size() > 1000);
    CHECK(out.substr(out.size() - 8) == "</html>\n");
    CHECK_THAT(out, Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "));
    CHECK_THAT(out, Contains("<title>resdiff: S/2026/101 \u2192 S/2026/101/Rev.1</title>"));
    CHECK(count(out, "<style>") == 1);
    for (const char* external : {"http:", "https:", "//", "url(", "@import", "@font-face"}) {
        INFO(external);
        CHECK(body_markup(out).find(external) == std::string::npos);
        const auto style = out.substr(out.find("<style>"), out.find("</style>") - out.find("<style>"));
        CHECK(style.find(external) == std::string::npos);
    }
    CHECK(out == rendered(s.diff));
    CHECK(out.find(testing::source_dir().string()) == std::string::npos);
}

TEST_CASE("diff_html summary: versions, counts and key findings linking to clauses", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK_THAT(out, Contains("<h1>resdiff: S/2026/101 \u2192 S/2026/101/Rev.1</h1>"));
    CHECK_THAT(out, Contains("<tr><th scope=\"row\">Old</th><td>S/2026/101</td><td>2026-03-03</td>"
                             "<td><code>old.txt</code></td></tr>"));
    CHECK_THAT(out, Contains("<tr class=\"n-modified\"><th scope=\"row\">modified</th><td>2</td></tr>"));
    CHECK_THAT(out, Contains("<li><span class=\"badge f f-obligation\">obligation \u00b7 weakened</span> "
                             "<a class=\"cid\" href=\"#c-op8\">op7 \u2192 op8</a> the Force is now requested"));
    CHECK(out.find("href=\"#c-op8\"") < out.find("href=\"#c-op1\">op1</a> mandate end"));
    CHECK_THAT(out, Contains("<a class=\"cid\" href=\"#c-op3.c\">op3.c</a> the disarmament task"));
    check_structure(out, s.diff);
}

TEST_CASE("diff_html clauses: redline, side by side, badges, folds", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    const auto op1 = article(out, "c-op1");
    CHECK_THAT(op1, Contains("<article class=\"clause modified\" id=\"c-op1\">"));
    CHECK_THAT(op1, Contains("<span class=\"badge st st-modified\">\u00b1 modified</span> "
                             "<span class=\"badge f f-duration\">duration \u00b7 changed</span></h3>"));
    CHECK_THAT(op1, Contains("<p class=\"text redline\">Decides to extend the mandate of UNSFZ "
                             "<del><span class=\"vh\">[deleted: </span>until 31 December 2027<span class=\"vh\">]</span></del> "
                             "<ins><span class=\"vh\">[inserted: </span>for a further period of two years"
                             "<span class=\"vh\">]</span></ins>;</p>"));
    CHECK_THAT(op1, Contains("<div class=\"old\"><span class=\"vh\">Old version S/2026/101: </span>Decides to extend "
                             "the mandate of UNSFZ <del>"));
    CHECK_THAT(op1, Contains("<div class=\"new\"><span class=\"vh\">New version S/2026/101/Rev.1: </span>Decides to "
                             "extend the mandate of UNSFZ <ins>"));
    CHECK_THAT(article(out, "c-op2"), Contains("<span class=\"absent\">(not in the old version)</span>"));
    const auto removed = article(out, "c-op3.c");
    CHECK_THAT(removed, Contains("<article class=\"clause removed d1\" id=\"c-op3.c\">"));
    CHECK_THAT(removed, Contains("(removed from the new version)"));
    CHECK_THAT(article(out, "c-op11"), Contains("<article class=\"clause unchanged moved\" id=\"c-op11\">"));
    CHECK_THAT(article(out, "c-op11"), Contains("<a class=\"cid\" href=\"#c-op11\">op9 \u2192 op11</a>"));
    // Document text is escaped, not interpreted.
    CHECK_THAT(out, Contains("support the *national* authorities | of Zarnovia;"));
    // Unchanged runs fold into <details>, in place.
    CHECK_THAT(out, Contains("<details class=\"fold\">\n<summary>2 unchanged clauses: pp1 to pp2</summary>\n"
                             "<article class=\"clause unchanged\" id=\"c-pp1\">"));
    CHECK_THAT(out, Contains("<summary>1 unchanged clause: op3 (1 renumbered)</summary>"));
    CHECK(out.find("id=\"c-op3\"") < out.find("id=\"c-op3.c\""));
    // The two views: CSS-only radio switch before the clauses.
    CHECK(out.find("<input type=\"radio\" name=\"view\" id=\"view-inline\" value=\"inline\" checked>") <
          out.find("<div class=\"clauses\">"));
    CHECK_THAT(out, Contains("#view-side:checked~.clauses .redline{display:none}"));
    CHECK_THAT(out, Contains("@media print{"));
}

TEST_CASE("diff_html anchors: a removed clause whose id the new version reuses", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    auto reused = render_test::entry(std::nullopt, "op3.c", diff::Status::added);
    reused.depth = 1;
    s.diff.entries.push_back(reused);
    const auto out = rendered(s.diff);
    CHECK_THAT(out, Contains("id=\"c-op3.c\""));
    CHECK_THAT(out, Contains("<article class=\"clause removed d1\" id=\"c-op3.c-removed\">"));
    CHECK_THAT(out, Contains("href=\"#c-op3.c-removed\">op3.c</a> the disarmament task"));
}

TEST_CASE("diff_html with no difference says so", "[render]") {
    model::Document a;
    a.source = "a.txt";
    diff::DocumentDiff d;
    d.old_doc = &a;
    d.new_doc = &a;
    const auto out = rendered(d);
    CHECK_THAT(out, Contains("<h1>resdiff: a.txt \u2192 a.txt</h1>"));
    CHECK_THAT(out, Contains("<p class=\"nothing\">No finding.</p>"));
    CHECK_THAT(out, Contains("<p class=\"nothing\">No substantive differences.</p>"));
    check_structure(out, d);
}

TEST_CASE("diff_html escapes hostile document text", "[render]") {
    render_test::HostileDiff h;
    render_test::make_hostile_diff(h);
    REQUIRE(h.diff.has_differences());
    const auto out = rendered(h.diff);
    const auto body = body_markup(out);
    // Only the page's own markup: no element or attribute from the drafts.
    for (const char* raw : {"<script", "<img", "<svg", "<iframe", "'><", "<b>", "</del></ins>"}) {
        INFO(raw);
        CHECK(body.find(raw) == std::string::npos);
    }
    CHECK(count(out, "<script") == 1);  // the page's own, after the body
    CHECK(out.find("<script") == out.rfind("<script>"));
    // The hostile text is there, as text.
    CHECK_THAT(out, Contains("Recalling its resolution &lt;script&gt;alert(1)&lt;/script&gt; on &quot;the "
                             "situation&quot; &amp; its follow-up,"));
    CHECK_THAT(out, Contains("monitor &lt;img src="));
    CHECK_THAT(out, Contains("onerror=alert("));  // as text; check_structure finds it in no tag
    CHECK_THAT(out, Contains("&quot;&gt;&lt;svg onload=alert(2"));
    CHECK_THAT(out, Contains("&#39;&gt;&lt;iframe src=javascript:alert(4"));
    CHECK_THAT(out, Contains("Welcomes &lt;/del&gt;&lt;/ins&gt;&lt;/p&gt;&lt;script&gt;alert(5)&lt;/script&gt;"));
    CHECK_THAT(out, Contains("<code>&lt;b&gt;old&lt;/b&gt;.txt</code>"));
    CHECK_THAT(out, Contains("<code>&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;.txt</code>"));
    CHECK_THAT(out, Contains("<title>resdiff: &lt;b&gt;old&lt;/b&gt;.txt \u2192 &quot;&gt;&lt;script&gt;"));
    // Escaping keeps the page well formed and the diff's structure intact.
    check_structure(out, h.diff);
}

TEST_CASE("diff_html structure on the samples", "[render]") {
    for (const auto& [a, b] : {std::pair{"zarnovia-v1", "zarnovia-v2"}, std::pair{"zarnovia-v2", "zarnovia-v3"}}) {
        SECTION(std::string(a) + " -> " + b) {
            const auto old_doc = render_test::load_sample(std::string(a) + ".txt");
            if (!old_doc) return;
            const auto new_doc = render_test::load_sample(std::string(b) + ".txt");
            if (!new_doc) return;
            const auto d = diff::diff_documents(*old_doc, *new_doc);
            check_structure(rendered(d), d);
        }
    }
}

TEST_CASE("diff_html goldens: samples series", "[render][golden]") {
    for (const auto& [a, b] : {std::pair{"zarnovia-v1", "zarnovia-v2"}, std::pair{"zarnovia-v2", "zarnovia-v3"}}) {
        SECTION(std::string(a) + " -> " + b) {
            const auto old_doc = render_test::load_sample(std::string(a) + ".txt");
            if (!old_doc) return;
            const auto new_doc = render_test::load_sample(std::string(b) + ".txt");
            if (!new_doc) return;
            const auto d = diff::diff_documents(*old_doc, *new_doc);
            testing::check_golden("render/" + std::string(a) + "-" +
                                      std::string(b).substr(std::string(b).rfind('-') + 1) + ".diff.html",
                                  rendered(d));
        }
    }
}
