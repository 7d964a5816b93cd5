// Loads the HTML report in a real browser (Debian's chromium, headless) and checks the DOM it
// builds: the page parses as intended, the CSP lets the page's own script run and nothing else,
// and hostile document text stays text. Skips with a message when /usr/bin/chromium is absent
// (`.ci/browser-test --install` installs it). The only I/O of the render tests lives here.
#include "render/render.hpp"

#include "diff/diff_documents.hpp"
#include "fixtures.hpp"
#include "html_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace resdiff;
using Catch::Matchers::Contains;
using render_test::count;

namespace {

namespace fs = std::filesystem;

constexpr const char* browser = "/usr/bin/chromium";

// A fresh directory under the system's temporary directory, removed on destruction.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "resdiff-browser-XXXXXX").string();
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        if (mkdtemp(buf.data())) path = buf.data();
    }
    ~TempDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// Writes the report to a temporary file, lets chromium load it and returns the DOM it dumps.
std::optional<std::string> browser_dom(const diff::DocumentDiff& d) {
    TempDir dir;
    REQUIRE_FALSE(dir.path.empty());
    const fs::path report = dir.path / "report.html";
    {
        std::ofstream out(report, std::ios::binary);
        render::diff_html(out, d);
    }
    fs::create_directory(dir.path / "profile");
    std::string cmd = std::string("timeout 60 ") + browser +
                      " --headless --no-sandbox --disable-gpu --disable-background-networking"
                      " --disable-component-update --disable-sync --no-first-run"
                      " --user-data-dir='" + (dir.path / "profile").string() + "'";
    cmd += " --dump-dom 'file://" + report.string() + "' 2>/dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string dom;
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) dom.append(buf, n);
    const int status = pclose(pipe);
    INFO("command: " << cmd);
    CHECK(status == 0);
    if (dom.empty()) return std::nullopt;
    return dom;
}

bool have_browser() {
    if (fs::exists(browser)) return true;
    WARN(browser << " not found: browser test skipped (install Debian's chromium: .ci/browser-test --install)");
    return false;
}

}  // namespace

TEST_CASE("diff_html in a headless browser: samples", "[render][browser]") {
    if (!have_browser()) return;
    const auto old_doc = render_test::load_sample("zarnovia-v1.txt");
    if (!old_doc) return;
    const auto new_doc = render_test::load_sample("zarnovia-v2.txt");
    if (!new_doc) return;
    const auto d = diff::diff_documents(*old_doc, *new_doc);

    const auto dom = browser_dom(d);
    REQUIRE(dom);
    CHECK(count(*dom, "<h1>") == 1);
    CHECK_THAT(*dom, Contains("<h1>resdiff: S/2026/101 \u2192 S/2026/101/Rev.1</h1>"));
    CHECK_THAT(*dom, Contains("<section class=\"summary\" id=\"summary\""));
    CHECK_THAT(*dom, Contains("<tr class=\"n-modified\"><th scope=\"row\">modified</th><td>" +
                              std::to_string(d.summary.clauses.modified) + "</td></tr>"));
    CHECK_THAT(*dom, Contains("<a class=\"cid\" href=\"#c-op8\">op7 \u2192 op8</a>"));
    CHECK(count(*dom, "<article class=\"clause") == d.entries.size());
    CHECK_THAT(*dom, Contains("<article class=\"clause modified\" id=\"c-op1\">"));
    CHECK_THAT(*dom, Contains("<del><span class=\"vh\">[deleted: </span>until 31 December 2027"));
    CHECK_THAT(*dom, Contains("<ins><span class=\"vh\">[inserted: </span>for a further period of two years"));
    CHECK_THAT(*dom, Contains("<details class=\"fold\">"));
    CHECK_THAT(*dom, Contains("<input type=\"radio\" name=\"view\" id=\"view-side\" value=\"side\">"));
    // The CSP's hash matches the page's script: it ran and revealed the fold button.
    CHECK_THAT(*dom, Contains("<button type=\"button\" id=\"fold-toggle\">Show all clauses</button>"));

}

TEST_CASE("diff_html in a headless browser: hostile text stays text", "[render][browser]") {
    if (!have_browser()) return;
    render_test::HostileDiff h;
    render_test::make_hostile_diff(h);
    const auto dom = browser_dom(h.diff);
    REQUIRE(dom);
    // Exactly the page's own script element; none of the drafts' elements exist.
    CHECK(count(*dom, "<script") == 1);
    for (const char* element : {"<img", "<svg", "<iframe", "<b>"}) {
        INFO(element);
        CHECK(dom->find(element) == std::string::npos);
    }
    const auto tags = render_test::scan_tags(*dom);
    for (const auto& t : tags) {
        INFO("<" << t.name << t.attributes << ">");
        CHECK(t.attributes.find("onerror") == std::string::npos);
        CHECK(t.attributes.find("onload") == std::string::npos);
    }
    CHECK(count(*dom, "<article class=\"clause") == h.diff.entries.size());
    CHECK_THAT(*dom, Contains("Recalling its resolution &lt;script&gt;alert(1)&lt;/script&gt; on"));
    CHECK_THAT(*dom, Contains("&lt;img src="));
    CHECK_THAT(*dom, Contains("Welcomes &lt;/del&gt;&lt;/ins&gt;&lt;/p&gt;&lt;script&gt;alert(5)&lt;/script&gt;"));
}
