#include "render/render.hpp"

#include "diff/diff_documents.hpp"
#include "fixtures.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace resdiff;
using Catch::Matchers::Contains;

namespace {
std::string rendered(const diff::DocumentDiff& d, render::TextOptions opts = {}) {
    std::ostringstream out;
    render::diff_text(out, d, opts);
    return out.str();
}
}  // namespace

TEST_CASE("diff_text starts with the summary and the key findings by importance", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK_THAT(out, Contains("resdiff: S/2026/101 (2026-03-03) \u2192 S/2026/101/Rev.1 (2026-03-10)\n"));
    CHECK_THAT(out, Contains("Clauses: 2 modified, 1 added, 1 removed, 1 moved, 3 renumbered, 5 unchanged\n"));
    CHECK_THAT(out, Contains("Findings: 1 obligation, 1 duration, 1 scope, 1 wording\n"));
    const auto key = out.find("Key findings:");
    REQUIRE(key != std::string::npos);
    const auto obligation = out.find("obligation weakened", key);
    const auto duration = out.find("duration changed", key);
    const auto scope = out.find("scope narrowed", key);
    const auto wording = out.find("wording changed", key);
    REQUIRE(obligation != std::string::npos);
    CHECK(obligation < duration);
    CHECK(duration < scope);
    CHECK(scope < wording);
    // Key findings come before the per-clause sections.
    CHECK(key < out.find("\nop1  modified"));
}

TEST_CASE("diff_text shows each changed clause with its ids and a plain word diff", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    render::TextOptions opts;
    opts.width = 0;  // no wrapping: whole clauses on one line
    const auto out = rendered(s.diff, opts);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK_THAT(out, Contains("\nop7 \u2192 op8  modified, renumbered\n"));
    CHECK_THAT(out, Contains("Decides to extend the mandate of UNSFZ [-until 31 December 2027-] {+for a further "
                             "period of two years+};"));
    CHECK_THAT(out, Contains("[-Decides that the Force shall-] {+Requests the Force to+} support"));
    CHECK_THAT(out, Contains("\nop2  added\n"));
    CHECK_THAT(out, Contains("{+Welcomes the commitment to hold elections;+}"));
    CHECK_THAT(out, Contains("\nop3.c  removed\n"));
    CHECK_THAT(out, Contains("[-Disarmament: to support the Government;-]"));
    CHECK_THAT(out, Contains("\nop9 \u2192 op11  unchanged, moved, renumbered\n"));
    CHECK_THAT(out, Contains("(text unchanged) Urges all Member States"));
    CHECK_THAT(out, Contains("\u201cuntil 31 December 2027\u201d \u2192 \u201cfor a further period of two years\u201d"));
}

TEST_CASE("diff_text folds runs of unchanged clauses into count lines", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto out = rendered(s.diff);
    CHECK_THAT(out, Contains("\u00b7 2 unchanged clauses (pp1 \u2026 pp2)\n"));
    CHECK_THAT(out, Contains("\u00b7 1 unchanged clause (op3, 1 renumbered)\n"));
    CHECK_THAT(out, Contains("\u00b7 1 unchanged clause (op12)\n"));
    CHECK(out.find("\npp1  ") == std::string::npos);
}

TEST_CASE("diff_text colours deletions red and insertions green", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    render::TextOptions opts;
    opts.color = true;
    const auto out = rendered(s.diff, opts);
    CHECK_THAT(out, Contains("\x1b[31;9muntil\x1b[0m"));
    CHECK_THAT(out, Contains("\x1b[32mfor\x1b[0m"));
    CHECK_THAT(out, !Contains("[-"));
    CHECK_THAT(out, !Contains("{+"));
}

TEST_CASE("diff_text wraps long clauses and elides long unchanged stretches", "[render]") {
    diff::DocumentDiff d;
    diff::ClauseEntry e;
    e.old_id = e.new_id = "op4";
    e.status = diff::Status::modified;
    std::string before, after;
    for (int i = 0; i < 30; ++i) before += "alpha" + std::to_string(i) + " ";
    for (int i = 0; i < 30; ++i) after += " omega" + std::to_string(i);
    e.edits = {{diff::EditOp::equal, before}, {diff::EditOp::remove, "old"}, {diff::EditOp::insert, "new"},
               {diff::EditOp::equal, after}};
    d.entries.push_back(e);
    render::TextOptions opts;
    opts.width = 60;
    const auto out = rendered(d, opts);
    CHECK_THAT(out, Contains("alpha0 alpha1"));
    CHECK_THAT(out, Contains("\u2026"));
    CHECK_THAT(out, !Contains("alpha12 "));
    CHECK_THAT(out, Contains("alpha29 [-old-] {+new+} omega0"));
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("    ", 0) != 0) continue;  // word-diff lines only
        std::size_t columns = 0;
        for (char c : line) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        CHECK(columns <= 60);
    }
}

TEST_CASE("diff_text says so when nothing differs", "[render]") {
    diff::DocumentDiff d;
    diff::ClauseEntry e;
    e.old_id = e.new_id = "pp1";
    d.entries.push_back(e);
    d.summary.clauses.unchanged = 1;
    const auto out = rendered(d);
    CHECK_THAT(out, Contains("No substantive differences.\n"));
    CHECK_THAT(out, Contains("\u00b7 1 unchanged clause (pp1)\n"));
    CHECK_THAT(out, !Contains("Key findings"));
}

TEST_CASE("diff_text goldens: samples series", "[render][golden]") {
    for (const auto& [a, b] : {std::pair{"zarnovia-v1", "zarnovia-v2"}, std::pair{"zarnovia-v2", "zarnovia-v3"},
                               std::pair{"zarnovia-v1", "zarnovia-v3"}}) {
        SECTION(std::string(a) + " -> " + b) {
            const auto old_doc = render_test::load_sample(std::string(a) + ".txt");
            if (!old_doc) return;
            const auto new_doc = render_test::load_sample(std::string(b) + ".txt");
            if (!new_doc) return;
            const auto d = diff::diff_documents(*old_doc, *new_doc);
            const std::string stem = "render/" + std::string(a) + "-" +
                                     std::string(b).substr(std::string(b).rfind('-') + 1);
            std::ostringstream plain;
            render::diff_text(plain, d);
            testing::check_golden(stem + ".diff.txt", plain.str());
            render::TextOptions opts;
            opts.color = true;
            std::ostringstream coloured;
            render::diff_text(coloured, d, opts);
            testing::check_golden(stem + ".diff.color.txt", coloured.str());
        }
    }
}

TEST_CASE("diff_text of a large diff on two threads: the same bytes as on one", "[render]") {
    // Runs of unchanged clauses (folded, some renumbered) between changed ones, so that the
    // halves are cut next to folds; then a diff whose second half has nothing to show.
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto sample = s.diff.entries;
    for (int copy = 0; copy < 700; ++copy)
        for (const auto& e : sample) s.diff.entries.push_back(e);
    REQUIRE(s.diff.entries.size() > 5000);
    for (const bool color : {false, true}) {
        render::TextOptions one, two;
        one.color = two.color = color;
        two.concurrent = true;
        CHECK(rendered(s.diff, two) == rendered(s.diff, one));
    }
    diff::ClauseEntry unchanged;
    unchanged.old_id = unchanged.new_id = "op1";
    s.diff.entries.resize(3000);
    s.diff.entries.insert(s.diff.entries.end(), 3000, unchanged);
    render::TextOptions two;
    two.concurrent = true;
    CHECK(rendered(s.diff, two) == rendered(s.diff));
}
