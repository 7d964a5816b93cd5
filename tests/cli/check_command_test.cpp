// Tests src/cli/check_command.cpp (with tree_pairs, git_versions and the check renderers):
// exit codes, --fail-on, --policy, allow-lists, directory mode (check and diff), --git on a
// temporary repository, and the github, sarif and json formats.

#include "cli_fixture.hpp"
#include "render/check_render.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

using resdiff::cli_test::contains;
using resdiff::cli_test::run_cli;
using resdiff::cli_test::TempDir;
using resdiff::testing::read_file;
using resdiff::testing::samples_dir;
namespace fs = std::filesystem;

namespace {

std::string sample(const char* name) { return (samples_dir() / name).string(); }

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::set<std::string> rules_in(const nlohmann::json& report) {
    std::set<std::string> s;
    for (const auto& f : report["files"])
        for (const auto& r : f["results"]) s.insert(r["rule"].get<std::string>());
    return s;
}

// Changes the working directory for the lifetime of the object.
class ChangeDir {
public:
    explicit ChangeDir(const fs::path& to) : saved_(fs::current_path()) { fs::current_path(to); }
    ~ChangeDir() {
        std::error_code ec;
        fs::current_path(saved_, ec);
    }
    ChangeDir(const ChangeDir&) = delete;
    ChangeDir& operator=(const ChangeDir&) = delete;

private:
    fs::path saved_;
};

std::string quote(const std::string& s) { return "'" + s + "'"; }

bool sh(const std::string& cmd) { return std::system((cmd + " >/dev/null 2>&1").c_str()) == 0; }

}  // namespace

TEST_CASE("check: default policy fails v1 → v2, passes identical versions", "[cli]") {
    const auto r = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q"});
    CHECK(r.code == 1);
    CHECK(contains(r.out, "zarnovia-v2.txt:"));
    CHECK(contains(r.out, ": error: obligation weakened"));
    CHECK(contains(r.out, "[obligation.weakened] (op7 \u2192 op8)"));
    CHECK(contains(r.out, "[duration.changed] (op1)"));
    CHECK(contains(r.out, "zarnovia-v1.txt:"));  // the removed op3.c at its old line
    CHECK(contains(r.out, "resdiff check: failed:"));

    const auto same = run_cli({"check", sample("zarnovia-v2.txt"), sample("zarnovia-v2.txt"), "-q"});
    CHECK(same.code == 0);
    CHECK(contains(same.out, "resdiff check: passed: 0 errors, 0 warnings, 0 notices"));
}

TEST_CASE("check: warnings alone pass (v2 → v3 strengthened is a default warning)", "[cli]") {
    const auto r = run_cli({"check", sample("zarnovia-v2.txt"), sample("zarnovia-v3.txt"), "-q",
                            "--fail-on", "obligation.strengthened"});
    CHECK(r.code == 1);
    const auto policy_warn = TempDir();
    const auto p = policy_warn.write("p.toml", "[rules]\nany = \"warning\"\n");
    const auto w = run_cli({"check", sample("zarnovia-v2.txt"), sample("zarnovia-v3.txt"), "-q", "--policy", p.string()});
    CHECK(w.code == 0);
    CHECK(contains(w.out, ": warning: "));
    CHECK(contains(w.out, "passed"));
}

TEST_CASE("check: --fail-on takes comma-separated, repeatable rule ids", "[cli]") {
    const std::string v1 = sample("zarnovia-v1.txt"), v2 = sample("zarnovia-v2.txt"), v3 = sample("zarnovia-v3.txt");
    CHECK(run_cli({"check", v1, v2, "-q", "--fail-on", "obligation.strengthened"}).code == 0);
    CHECK(run_cli({"check", v2, v3, "-q", "--fail-on", "obligation.strengthened"}).code == 1);
    CHECK(run_cli({"check", v1, v2, "-q", "--fail-on", "scope.broadened,obligation.strengthened"}).code == 0);
    CHECK(run_cli({"check", v1, v2, "-q", "--fail-on", "scope.broadened", "--fail-on", "clause.added"}).code == 1);
    CHECK(run_cli({"check", v2, v1, "-q", "--fail-on", "scope.broadened"}).code == 1);
    CHECK(run_cli({"check", v2, v2, "-q", "--fail-on", "any"}).code == 0);

    // Only the named rules are reported when --fail-on stands alone.
    const auto j = run_cli({"check", v1, v2, "-q", "--fail-on", "duration.changed", "--format", "json"});
    CHECK(j.code == 1);
    CHECK(rules_in(nlohmann::json::parse(j.out)) == std::set<std::string>{"duration.changed"});

    const auto bad = run_cli({"check", v1, v2, "-q", "--fail-on", "duration.changed,duration.extended"});
    CHECK(bad.code == 2);
    CHECK(contains(bad.err, "unknown rule 'duration.extended'"));
    CHECK(contains(bad.err, "obligation.weakened"));
    CHECK(contains(bad.err, "any"));
    CHECK(run_cli({"check", v1, v2, "-q", "--fail-on", ","}).code == 2);
}

TEST_CASE("check: usage errors exit 2", "[cli]") {
    CHECK(run_cli({"check", sample("zarnovia-v1.txt")}).code == 2);
    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--format", "html"}).code == 2);
    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), samples_dir().string()}).code == 2);
    CHECK(run_cli({"check", "-", "-"}).code == 2);
    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), "/nonexistent/x.txt"}).code == 2);
    const auto help = run_cli({"check", "--help"});
    CHECK(help.code == 0);
    CHECK(contains(help.out, "usage: resdiff check OLD NEW"));
    CHECK(contains(help.out, "--fail-on"));
    CHECK(contains(run_cli({"--help"}).out, "check OLD NEW"));
}

TEST_CASE("check: an allow-list turns findings into notices and the check passes", "[cli]") {
    TempDir dir;
    // Every clause with a default-error finding in v1 → v2: op1, op3 (old op3.a.i and op3.c),
    // op7 (old id of op8).
    const auto policy = dir.write("policy.toml", "[allow]\nclauses = [\"op1\", \"op3\", \"op7\"]\n");
    const auto r = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--policy",
                            policy.string()});
    CHECK(r.code == 0);
    CHECK(contains(r.out, ": notice: obligation weakened"));
    CHECK(contains(r.out, "[obligation.weakened, allowed]"));
    CHECK_FALSE(contains(r.out, ": error: "));
    CHECK(contains(r.out, "resdiff check: passed"));

    // Without op7 the weakened obligation fails again.
    const auto partial = dir.write("partial.toml", "[allow]\nclauses = [\"op1\", \"op3\"]\n");
    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--policy", partial.string()})
              .code == 1);

    // The example policy allows op1 and op4 only.
    const auto ex = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--policy",
                             sample("policy.example.toml"), "--format", "json"});
    CHECK(ex.code == 1);
    const auto j = nlohmann::json::parse(ex.out);
    CHECK(j["policy"]["allow"] == nlohmann::json::array({"op1", "op4"}));
    bool op1_notice = false;
    for (const auto& res : j["files"][0]["results"])
        if (res["new"] == "op1") op1_notice = res["level"] == "notice" && res["allowed"] == true;
    CHECK(op1_notice);
}

TEST_CASE("check: --policy errors exit 2 with FILE:LINE:COLUMN", "[cli]") {
    TempDir dir;
    const auto bad_level = dir.write("bad.toml", "[rules]\n\"scope.narrowed\" = \"fatal\"\n");
    const auto r = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--policy",
                            bad_level.string()});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "resdiff: " + bad_level.string() + ":2:20: "));
    CHECK(r.out.empty());

    const auto syntax = dir.write("syntax.toml", "[rules\n");
    const auto s = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--policy",
                            syntax.string()});
    CHECK(s.code == 2);
    CHECK(std::regex_search(s.err, std::regex("syntax\\.toml:1:[0-9]+: ")));

    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--policy",
                   (dir / "missing.toml").string()})
              .code == 2);

    // --fail-on on top of a policy raises its rules to error.
    const auto off = dir.write("off.toml", "[rules]\nany = \"off\"\n");
    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--policy", off.string()})
              .code == 0);
    CHECK(run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--policy", off.string(),
                   "--fail-on", "clause.added"})
              .code == 1);
}

TEST_CASE("check and diff: directories paired by relative path, added and removed files", "[cli]") {
    TempDir dir;
    fs::create_directories(dir / "old/sub");
    fs::create_directories(dir / "new/sub");
    fs::create_directories(dir / "new/more");
    const std::string v1 = read_file(samples_dir() / "zarnovia-v1.txt");
    const std::string v2 = read_file(samples_dir() / "zarnovia-v2.txt");
    const std::string v3 = read_file(samples_dir() / "zarnovia-v3.txt");
    dir.write("old/draft.txt", v1);
    dir.write("new/draft.txt", v2);
    dir.write("old/sub/same.md", v3);
    dir.write("new/sub/same.md", v3);
    dir.write("old/gone.txt", v3);        // removed
    dir.write("new/more/added.txt", v2);  // added
    dir.write("old/notes.csv", "not,a,resolution\n");  // ignored: not *.txt / *.md
    dir.write("new/README", "ignored\n");
    const std::string old_dir = (dir / "old").string(), new_dir = (dir / "new").string();

    SECTION("check") {
        const auto r = run_cli({"check", old_dir, new_dir, "-q", "--format", "json"});
        CHECK(r.code == 1);
        const auto j = nlohmann::json::parse(r.out);
        REQUIRE(j["files"].size() == 4);
        CHECK(j["summary"]["files"]["compared"] == 2);
        CHECK(j["summary"]["files"]["added"] == 1);
        CHECK(j["summary"]["files"]["removed"] == 1);
        CHECK(j["files"][0]["path"] == new_dir + "/draft.txt");
        CHECK(j["files"][0]["old"] == old_dir + "/draft.txt");
        CHECK(j["files"][0]["status"] == "compared");
        CHECK(j["files"][0]["differs"] == true);
        CHECK(j["files"][1]["path"] == old_dir + "/gone.txt");
        CHECK(j["files"][1]["status"] == "removed");
        CHECK(j["files"][1]["results"][0]["rule"] == "clause.removed");
        CHECK(j["files"][1]["results"][0]["level"] == "error");
        CHECK(j["files"][2]["path"] == new_dir + "/more/added.txt");
        CHECK(j["files"][2]["status"] == "added");
        CHECK(j["files"][2]["results"][0]["rule"] == "clause.added");
        CHECK(j["files"][3]["path"] == new_dir + "/sub/same.md");
        CHECK(j["files"][3]["differs"] == false);
        CHECK(j["files"][3]["results"].empty());

        const auto text = run_cli({"check", old_dir, new_dir, "-q"});
        CHECK(text.code == 1);
        CHECK(contains(text.out, "removed: " + old_dir + "/gone.txt"));
        CHECK(contains(text.out, "added: " + new_dir + "/more/added.txt"));
        CHECK(contains(text.out, "(2 files compared, 1 added, 1 removed)"));
    }
    SECTION("diff") {
        const auto r = run_cli({"diff", old_dir, new_dir, "-q"});
        CHECK(r.code == 1);
        CHECK(contains(r.out, "Only in " + old_dir + ": gone.txt"));
        CHECK(contains(r.out, "Only in " + new_dir + "/more: added.txt"));
        CHECK(contains(r.out, "resdiff diff " + old_dir + "/draft.txt " + new_dir + "/draft.txt"));
        CHECK_FALSE(contains(r.out, "same.md"));
        CHECK(run_cli({"diff", old_dir, new_dir, "-q", "--format", "markdown"}).code == 1);
        CHECK(run_cli({"diff", old_dir, new_dir, "-q", "--format", "json"}).code == 2);
    }
    SECTION("identical trees") {
        CHECK(run_cli({"diff", old_dir, old_dir, "-q"}).code == 0);
        const auto c = run_cli({"check", old_dir, old_dir, "-q"});
        CHECK(c.code == 0);
        CHECK(contains(c.out, "passed"));
    }
    SECTION("a file that is not a resolution is trouble") {
        dir.write("old/bad.txt", "hello\n");
        dir.write("new/bad.txt", "hello again\n");
        const auto c = run_cli({"check", old_dir, new_dir, "-q"});
        CHECK(c.code == 2);
        CHECK(contains(c.err, "bad.txt"));
        CHECK(contains(c.out, "draft.txt"));  // the other pairs are still reported
    }
}

TEST_CASE("check --git REV: working tree against a revision", "[cli]") {
    if (!sh("git --version")) {
        WARN("git is not installed: --git not tested");
        return;
    }
    TempDir repo;
    const std::string top = fs::weakly_canonical(repo.path()).string();
    const std::string git = "git -C " + quote(top) + " -c user.name=resdiff -c user.email=resdiff@example.org -c commit.gpgsign=false -c core.hooksPath=/dev/null ";
    fs::create_directories(repo / "drafts");
    repo.write("drafts/zarnovia.txt", read_file(samples_dir() / "zarnovia-v1.txt"));
    repo.write("drafts/old.txt", read_file(samples_dir() / "zarnovia-v3.txt"));
    repo.write("notes.md", "# notes\n");
    REQUIRE(sh(git + "init -q"));
    REQUIRE(sh(git + "add ."));
    REQUIRE(sh(git + "commit -q -m v1"));
    repo.write("drafts/zarnovia.txt", read_file(samples_dir() / "zarnovia-v2.txt"));  // modified
    fs::remove(repo / "drafts/old.txt");                                               // deleted
    repo.write("drafts/new.txt", read_file(samples_dir() / "zarnovia-v3.txt"));
    REQUIRE(sh(git + "add drafts/new.txt"));                                           // staged new file
    repo.write("untracked.txt", "not a resolution, and not tracked\n");
    repo.write("notes.md", "# notes, changed\n");  // not *.txt: not looked at by default

    ChangeDir cd(repo / "drafts");  // run from a sub-directory: paths are relative to the top
    const auto r = run_cli({"check", "--git", "HEAD", "-q", "--format", "json"});
    INFO(r.err);
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["files"].size() == 3);
    CHECK(j["files"][0]["path"] == "drafts/new.txt");
    CHECK(j["files"][0]["status"] == "added");
    CHECK(j["files"][1]["path"] == "drafts/old.txt");
    CHECK(j["files"][1]["status"] == "removed");
    CHECK(j["files"][1]["old"] == "HEAD:drafts/old.txt");
    CHECK(j["files"][2]["path"] == "drafts/zarnovia.txt");
    CHECK(j["files"][2]["old"] == "HEAD:drafts/zarnovia.txt");
    CHECK(j["files"][2]["status"] == "compared");
    const auto rules = rules_in(j);
    CHECK(rules.count("obligation.weakened"));
    CHECK(rules.count("duration.changed"));

    const auto gh = run_cli({"check", "--git", "HEAD", "-q", "--format", "github"});
    CHECK(contains(gh.out, "::error file=drafts/zarnovia.txt,line="));

    // A pathspec (relative to the current directory, as in git) narrows the files; an added file
    // passes the default policy (clause.added is a warning).
    const auto narrowed = run_cli({"check", "--git", "HEAD", "-q", "--format", "json", "--", "new.txt"});
    CHECK(narrowed.code == 0);
    const auto nj = nlohmann::json::parse(narrowed.out);
    REQUIRE(nj["files"].size() == 1);
    CHECK(nj["files"][0]["path"] == "drafts/new.txt");
    // A pathspec may select Markdown too.
    const auto md = run_cli({"check", "--git", "HEAD", "-q", "--format", "json", "--", "../*.md"});
    CHECK(md.code == 2);  // notes.md is not a resolution: trouble, named on stderr
    CHECK(contains(md.err, "notes.md"));

    const auto bad_rev = run_cli({"check", "--git", "no-such-branch", "-q"});
    CHECK(bad_rev.code == 2);
    CHECK(contains(bad_rev.err, "no-such-branch"));

    // Once everything is committed nothing differs from HEAD.
    REQUIRE(sh(git + "add -A drafts"));
    REQUIRE(sh(git + "commit -q -m v2"));
    const auto clean = run_cli({"check", "--git", "HEAD", "-q"});
    CHECK(clean.code == 0);
    CHECK(contains(clean.out, "(0 files compared)"));
    const auto back = run_cli({"check", "--git", "HEAD~1", "-q", "--fail-on", "obligation.weakened"});
    CHECK(back.code == 1);
}

TEST_CASE("check --git outside a repository exits 2", "[cli]") {
    if (!sh("git --version")) {
        WARN("git is not installed: --git not tested");
        return;
    }
    TempDir dir;
    ChangeDir cd(dir.path());
    const auto r = run_cli({"check", "--git", "HEAD"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "resdiff: git: "));
}

TEST_CASE("check --format github: workflow commands with escaping", "[cli]") {
    const auto r = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v3.txt"), "-q", "--format", "github",
                            "--fail-on", "any"});
    CHECK(r.code == 1);
    // ::error file=F,line=L,title=T::message — properties never hold a raw ':' ',' CR or LF.
    const std::regex command(R"(^::(error|warning|notice) file=[^,:\r\n]+,line=[1-9][0-9]*,title=[^,:\r\n]+::[^\r\n]+$)");
    std::size_t commands = 0;
    const auto lines = lines_of(r.out);
    for (const auto& line : lines) {
        if (line.rfind("::", 0) != 0) continue;
        INFO(line);
        CHECK(std::regex_match(line, command));
        ++commands;
    }
    CHECK(commands >= 7);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back().rfind("resdiff check: failed", 0) == 0);
    CHECK(contains(r.out, "title=resdiff obligation.weakened (op7 \u2192 op8)::"));
    CHECK(contains(r.out, "::warning") == false);  // --fail-on any: every result is an error

    const auto allowed_policy = TempDir();
    const auto p = allowed_policy.write("p.toml", "[allow]\nclauses = [\"op1\"]\n");
    const auto n = run_cli({"check", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "-q", "--format", "github",
                            "--policy", p.string()});
    CHECK(contains(n.out, "::notice file="));
    CHECK(contains(n.out, "::warning file="));

    using resdiff::render::github_escape_data;
    using resdiff::render::github_escape_property;
    CHECK(github_escape_property("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae");
    CHECK(github_escape_data("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae");
}

TEST_CASE("check --format sarif: SARIF 2.1.0 with rules, results and stable fingerprints", "[cli]") {
    const std::vector<std::string> args{"check", sample("zarnovia-v1.txt"), sample("zarnovia-v3.txt"), "-q",
                                        "--format", "sarif"};
    const auto r1 = run_cli(args);
    const auto r2 = run_cli(args);
    CHECK(r1.code == 1);
    CHECK(r1.out == r2.out);
    const auto j = nlohmann::json::parse(r1.out);
    CHECK(j["$schema"].get<std::string>().find("sarif") != std::string::npos);
    CHECK(j["version"] == "2.1.0");
    REQUIRE(j["runs"].size() == 1);
    const auto& driver = j["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "resdiff");
    CHECK(driver["version"].is_string());
    CHECK(driver["informationUri"].get<std::string>().rfind("https://", 0) == 0);
    const auto& rules = driver["rules"];
    REQUIRE(rules.size() == 8);
    for (const auto& rule : rules) {
        CHECK(rule["id"].is_string());
        CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
        CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
        const auto level = rule["defaultConfiguration"]["level"].get<std::string>();
        CHECK((level == "error" || level == "warning" || level == "note" || level == "none"));
    }
    CHECK(rules[0]["id"] == "obligation.weakened");
    CHECK(rules[7]["defaultConfiguration"]["level"] == "none");  // wording.changed is off by default
    const auto& results = j["runs"][0]["results"];
    REQUIRE(results.size() >= 5);
    std::set<std::string> fingerprints;
    for (const auto& res : results) {
        const auto index = res["ruleIndex"].get<std::size_t>();
        REQUIRE(index < rules.size());
        CHECK(res["ruleId"] == rules[index]["id"]);
        const auto level = res["level"].get<std::string>();
        CHECK((level == "error" || level == "warning" || level == "note"));
        CHECK_FALSE(res["message"]["text"].get<std::string>().empty());
        const auto& loc = res["locations"][0]["physicalLocation"];
        const auto uri = loc["artifactLocation"]["uri"].get<std::string>();
        CHECK(contains(uri, "zarnovia-v3.txt"));
        CHECK(loc["region"]["startLine"].get<int>() >= 1);
        const auto fp = res["partialFingerprints"]["resdiffFinding/v1"].get<std::string>();
        CHECK(fp.rfind(res["ruleId"].get<std::string>() + ":", 0) == 0);
        CHECK(fingerprints.insert(fp).second);  // different findings, different fingerprints
    }
    const auto j2 = nlohmann::json::parse(r2.out);
    for (std::size_t i = 0; i < results.size(); ++i)
        CHECK(j2["runs"][0]["results"][i]["partialFingerprints"] == results[i]["partialFingerprints"]);

    // Relative paths stay relative, as URIs.
    CHECK(resdiff::render::path_to_uri("my drafts/a,b.txt") == "my%20drafts/a%2Cb.txt");
}

TEST_CASE("check --format json: resdiff-check/1, and -o writes the report", "[cli]") {
    TempDir dir;
    const auto out = dir / "report.json";
    const auto r = run_cli({"check", sample("zarnovia-v2.txt"), sample("zarnovia-v3.txt"), "-q", "--format", "json",
                            "-o", out.string()});
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    const auto j = nlohmann::json::parse(read_file(out));
    CHECK(j["format"] == "resdiff-check/1");
    CHECK(j["passed"] == false);
    CHECK(j["exit_code"] == 1);
    CHECK(j["summary"]["errors"] == 1);
    CHECK(j["summary"]["warnings"] == 1);
    CHECK(j["policy"]["rules"]["wording.changed"] == "off");
    const auto& res = j["files"][0]["results"][0];
    for (const char* key : {"rule", "level", "allowed", "old", "new", "line", "line_in", "message", "old_text",
                            "new_text", "fingerprint"})
        CHECK(res.contains(key));
}

TEST_CASE("check and diff --jobs: the same report and messages with 1 and 4 threads", "[cli]") {
    // 12 pairs made from the samples with edits, plus an unchanged, an added, a removed file and
    // a pair that is not a resolution (trouble, with its message on standard error).
    TempDir dir;
    fs::create_directories(dir / "old/sub");
    fs::create_directories(dir / "new/sub");
    const char* const names[] = {"zarnovia-v1.txt", "zarnovia-v2.txt", "zarnovia-v3.txt", "messy-old-style.txt",
                                 "messy-pdf-extract.txt"};
    auto replace_all = [](std::string s, const std::string& from, const std::string& to) {
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
            s.replace(at, from.size(), to);
        return s;
    };
    for (int i = 0; i < 12; ++i) {
        const std::string base = read_file(samples_dir() / names[i % 5]);
        std::string edited = base;
        if (i % 3 == 0) edited = replace_all(edited, "2027", "2028");
        if (i % 3 == 1) edited = replace_all(edited, "Decides", "Requests");
        if (i % 3 == 2) edited = replace_all(edited, "only ", "");
        if (i % 4 == 0) edited = replace_all(edited, "shall", "may");
        const std::string name = (i % 2 ? "sub/pair-" : "pair-") + std::to_string(i) + ".txt";
        dir.write("old/" + name, base);
        dir.write("new/" + name, i == 5 ? read_file(samples_dir() / names[(i + 1) % 5]) : edited);
    }
    dir.write("old/same.md", read_file(samples_dir() / "zarnovia-v2.txt"));
    dir.write("new/same.md", read_file(samples_dir() / "zarnovia-v2.txt"));
    dir.write("old/gone.txt", read_file(samples_dir() / "zarnovia-v3.txt"));
    dir.write("new/sub/added.txt", read_file(samples_dir() / "zarnovia-v1.txt"));
    dir.write("old/sub/bad.txt", "hello\n");
    dir.write("new/sub/bad.txt", "hello again\n");
    const std::string old_dir = (dir / "old").string(), new_dir = (dir / "new").string();

    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"check", old_dir, new_dir, "--format", "json"},
          std::vector<std::string>{"check", old_dir, new_dir, "--format", "sarif"},
          std::vector<std::string>{"check", old_dir, new_dir},
          std::vector<std::string>{"diff", old_dir, new_dir, "--color", "never"},
          std::vector<std::string>{"diff", old_dir, new_dir, "--format", "markdown"}}) {
        auto with_jobs = [&command](const char* n) {
            auto args = command;
            args.insert(args.end(), {"--jobs", n});
            return run_cli(args);
        };
        const auto one = with_jobs("1");
        const auto four = with_jobs("4");
        INFO(command[0] << " " << (command.size() > 3 ? command[3] + " " + command[4] : std::string()));
        CHECK(one.code == 2);  // bad.txt is trouble; every other pair is still reported
        CHECK(four.code == one.code);
        CHECK(four.out == one.out);
        CHECK(four.err == one.err);
        CHECK(contains(one.err, "bad.txt"));
        CHECK(contains(one.out, "pair-11.txt"));
        const auto by_default = run_cli(command);  // one thread per core
        CHECK(by_default.out == one.out);
        CHECK(by_default.err == one.err);
    }
    const auto json = nlohmann::json::parse(run_cli({"check", old_dir, new_dir, "--format", "json", "-j", "3"}).out);
    CHECK(json["files"].size() == 15);  // 12 pairs, same.md, gone.txt, added.txt (bad.txt: trouble)

    const auto zero = run_cli({"check", old_dir, new_dir, "--jobs", "0"});
    CHECK(zero.code == 2);
    CHECK(contains(zero.err, "--jobs"));
    CHECK(run_cli({"diff", old_dir, new_dir, "--jobs", "-1"}).code == 2);
    CHECK(contains(run_cli({"check", "--help"}).out, "--jobs"));
    CHECK(contains(run_cli({"diff", "--help"}).out, "--jobs"));
}
