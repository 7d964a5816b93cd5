// Tests src/cli/history_command.cpp and history_inputs.cpp (with src/history/ and the history
// renderers): the samples series in every format (goldens), exit codes, DIR ordering, --git on a
// temporary repository, escaping of hostile text in the HTML report.
#include "cli_fixture.hpp"
#include "support/golden.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>

using resdiff::cli_test::contains;
using resdiff::cli_test::run_cli;
using resdiff::cli_test::TempDir;
using resdiff::testing::read_file;
using resdiff::testing::samples_dir;

namespace {

std::string sample(const char* name) { return (samples_dir() / name).string(); }

// The samples as the user would name them, so that goldens hold no absolute path.
std::vector<std::string> series_args(std::vector<std::string> args) {
    for (const char* v : {"zarnovia-v1.txt", "zarnovia-v2.txt", "zarnovia-v3.txt"}) args.push_back(sample(v));
    return args;
}

std::string relative_sources(std::string s) {
    const std::string dir = samples_dir().string() + "/";
    for (std::size_t at; (at = s.find(dir)) != std::string::npos;) s.replace(at, dir.size(), "samples/");
    return s;
}

bool sh(const std::string& cmd) { return std::system((cmd + " >/dev/null 2>&1").c_str()) == 0; }
std::string quote(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST_CASE("history of the samples in every format matches the goldens", "[cli][history]") {
    for (const char* format : {"text", "json", "markdown", "html"}) {
        const auto r = run_cli(series_args({"history", "-q", "--color", "never", "--format", format}));
        INFO(format << ": " << r.err);
        CHECK(r.code == 1);
        const std::string ext = std::string(format) == "markdown" ? "md" : format;
        resdiff::testing::check_golden("history/zarnovia-v1-v2-v3.history." + ext, relative_sources(r.out));
    }
}

TEST_CASE("history --format json: chains, first_seen, the move and the blame", "[cli][history]") {
    const auto r = run_cli(series_args({"history", "-q", "--format", "json"}));
    REQUIRE(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["format"] == "resdiff-history/1");
    REQUIRE(j["versions"].size() == 3);
    CHECK(j["versions"][1]["index"] == 2);
    CHECK(j["versions"][1]["metadata"]["symbol"] == "S/2026/101/Rev.1");
    REQUIRE(j["steps"].size() == 2);
    CHECK(j["steps"][0]["from"] == 1);
    CHECK(j["steps"][0]["to"] == 2);
    CHECK(j["steps"][1]["summary"]["clauses"]["moved"] == 1);
    bool added = false, moved = false, removed = false;
    for (const auto& c : j["chains"]) {
        REQUIRE(c["ids"].size() == 3);
        REQUIRE(c["steps"].size() == 2);
        if (c["ids"][1] == "op2" && c["ids"][0].is_null()) {
            added = true;
            CHECK(c["first_seen"] == 2);
            CHECK(c["since_first"] == "added");
            CHECK(c["steps"][0]["status"] == "added");
        }
        if (c["ids"][0] == "op8") {
            moved = true;
            CHECK(c["ids"] == nlohmann::json::array({"op8", "op9", "op11"}));
            CHECK(c["steps"][1]["moved"] == true);
        }
        if (c["ids"][0] == "op3.c") {
            removed = true;
            CHECK(c["last_seen"] == 1);
            CHECK(c["steps"][1].is_null());
            CHECK(c["since_first"] == "removed");
        }
    }
    CHECK(added);
    CHECK(moved);
    CHECK(removed);
    CHECK(j["blame"]["version"] == 3);
    bool v2_phrase = false;
    for (const auto& b : j["blame"]["clauses"])
        if (b["id"] == "op1")
            for (const auto& s : b["spans"])
                if (s["text"].get<std::string>().find("for a further period of two years") != std::string::npos)
                    v2_phrase = s["version"] == 2;
    CHECK(v2_phrase);
    bool op1_mandate = false;
    for (const auto& m : j["mandates"])
        if (m["mandate"] == true && m["ids"][0] == "op1") {
            op1_mandate = true;
            CHECK(m["versions"][0]["until"] == "2027-12-31");
            CHECK(m["versions"][1]["period"] == "P2Y");
        }
    CHECK(op1_mandate);
}

TEST_CASE("history text shows what is new since the base and what changed since the draft", "[cli][history]") {
    const auto r = run_cli(series_args({"history", "-q", "--color", "never"}));
    REQUIRE(r.code == 1);
    CHECK(contains(r.out, "Since v1 (the first version): 1 added (op2)"));
    CHECK(contains(r.out, "Since v2 (the previous version): 2 modified (op3, op7); 1 moved (op11)"));
    CHECK(contains(r.out, "[v2: for a further period of two years]"));
}

TEST_CASE("history exit codes", "[cli][history]") {
    CHECK(run_cli({"history", "-q", sample("zarnovia-v1.txt"), sample("zarnovia-v1.txt")}).code == 0);
    CHECK(run_cli({"history", "-q", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt")}).code == 1);
    const auto one = run_cli({"history", sample("zarnovia-v1.txt")});
    CHECK(one.code == 2);
    CHECK(contains(one.err, "at least two versions"));
    CHECK(run_cli({"history"}).code == 2);
    CHECK(run_cli(series_args({"history", "--format", "xml"})).code == 2);
    CHECK(run_cli({"history", "-q", sample("zarnovia-v1.txt"), "/nonexistent/file.txt"}).code == 2);
    CHECK(run_cli({"history", "-", "-"}).code == 2);
    const auto help = run_cli({"history", "--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "--git"));
    CHECK(contains(run_cli({"--help"}).out, "history"));
}

TEST_CASE("history DIR orders the versions by date, then symbol, and prints the order", "[cli][history]") {
    TempDir dir;
    dir.write("c-first.txt", read_file(samples_dir() / "zarnovia-v1.txt"));
    dir.write("a-third.txt", read_file(samples_dir() / "zarnovia-v3.txt"));
    dir.write("b-second.md", read_file(samples_dir() / "zarnovia-v2.txt"));
    dir.write("notes.csv", "not a resolution");
    const auto r = run_cli({"history", "-q", "--format", "json", dir.path().string()});
    INFO(r.err);
    REQUIRE(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["versions"].size() == 3);
    CHECK(contains(j["versions"][0]["source"].get<std::string>(), "c-first.txt"));
    CHECK(contains(j["versions"][1]["source"].get<std::string>(), "b-second.md"));
    CHECK(contains(j["versions"][2]["source"].get<std::string>(), "a-third.txt"));
    const auto first = r.err.find("c-first.txt"), second = r.err.find("b-second.md"), third = r.err.find("a-third.txt");
    CHECK(contains(r.err, "in this order"));
    CHECK(first < second);
    CHECK(second < third);
    CHECK(third != std::string::npos);

    TempDir lonely;
    lonely.write("only.txt", read_file(samples_dir() / "zarnovia-v1.txt"));
    CHECK(run_cli({"history", "-q", lonely.path().string()}).code == 2);
}

TEST_CASE("history --git FILE: the committed versions of one file, oldest first", "[cli][history]") {
    if (!sh("git --version")) {
        WARN("git is not installed: history --git not tested");
        return;
    }
    TempDir repo;
    const std::string git = "git -C " + quote(repo.path().string()) +
                            " -c user.name=resdiff -c user.email=resdiff@example.org -c commit.gpgsign=false"
                            " -c core.hooksPath=/dev/null ";
    REQUIRE(sh(git + "init -q"));
    const auto file = repo.write("draft.txt", read_file(samples_dir() / "zarnovia-v1.txt"));
    REQUIRE(sh(git + "add draft.txt"));
    REQUIRE(sh(git + "commit -q -m v1"));
    repo.write("draft.txt", read_file(samples_dir() / "zarnovia-v2.txt"));
    REQUIRE(sh(git + "commit -q -a -m v2"));
    repo.write("other.txt", "unrelated");
    REQUIRE(sh(git + "add other.txt"));
    REQUIRE(sh(git + "commit -q -m unrelated"));
    repo.write("draft.txt", read_file(samples_dir() / "zarnovia-v3.txt"));
    REQUIRE(sh(git + "commit -q -a -m v3"));

    const auto r = run_cli({"history", "-q", "--format", "json", "--git", file.string()});
    INFO(r.err);
    REQUIRE(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["versions"].size() == 3);
    CHECK(j["versions"][0]["metadata"]["symbol"] == "S/2026/101");
    CHECK(j["versions"][1]["metadata"]["symbol"] == "S/2026/101/Rev.1");
    CHECK(j["versions"][2]["metadata"]["symbol"] == "S/2026/101/Rev.2");
    const std::string label = j["versions"][0]["label"];
    REQUIRE(label.size() > 8);
    CHECK(label.find(' ') >= 7);                                // short commit, then the date
    CHECK(label.substr(label.find(' ') + 1).size() == 10);      // YYYY-MM-DD
    CHECK(contains(j["versions"][0]["source"].get<std::string>(), "draft.txt@"));

    CHECK(run_cli({"history", "--git", (repo / "other.txt").string()}).code == 2);  // one version only
    CHECK(run_cli({"history", "--git", (repo / "missing.txt").string()}).code == 2);
    CHECK(run_cli({"history", "--git", file.string(), file.string()}).code == 2);
    TempDir outside;
    const auto loose = outside.write("loose.txt", "text");
    if (!sh("git -C " + quote(outside.path().string()) + " rev-parse --show-toplevel"))
        CHECK(run_cli({"history", "--git", loose.string()}).code == 2);
}

TEST_CASE("history --format html escapes hostile text and stays self-contained", "[cli][history]") {
    TempDir dir;
    const std::string v1 = read_file(samples_dir() / "zarnovia-v1.txt");
    std::string v2 = v1;
    const std::string target = "until 31 December 2027";
    REQUIRE(v2.find(target) != std::string::npos);
    v2.replace(v2.find(target), target.size(), "until <script>alert(1)</script> \"><img src=x onerror=alert(2)>");
    const auto a = dir.write("v1.txt", v1);
    const auto b = dir.write("v2<x>.txt", v2);
    const auto r = run_cli({"history", "-q", "--format", "html", a.string(), b.string()});
    REQUIRE(r.code == 1);
    CHECK_FALSE(contains(r.out, "<script>alert"));
    CHECK_FALSE(contains(r.out, "<img"));
    CHECK(contains(r.out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(r.out, "v2&lt;x&gt;.txt"));
    CHECK_FALSE(contains(r.out, "<script"));  // no script at all
    CHECK_FALSE(contains(r.out, "http://"));
    CHECK_FALSE(contains(r.out, "https://"));
    CHECK(contains(r.out, "Content-Security-Policy"));
    // Deterministic.
    CHECK(run_cli({"history", "-q", "--format", "html", a.string(), b.string()}).out == r.out);
}

TEST_CASE("history -o OUT writes the report to a file", "[cli][history]") {
    TempDir dir;
    const auto out = dir / "report.md";
    const auto r = run_cli(series_args({"history", "-q", "--format", "markdown", "-o", out.string()}));
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    CHECK(contains(read_file(out), "# resdiff history"));
}
