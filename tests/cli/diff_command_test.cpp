// Tests src/cli/diff_command.cpp: exit codes (0 same, 1 different, 2 trouble), the formats,
// colour control, standard input and typography-only changes.

#include "cli_fixture.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <optional>
#include <string>

using resdiff::cli_test::contains;
using resdiff::cli_test::run_cli;
using resdiff::cli_test::TempDir;
using resdiff::testing::read_file;
using resdiff::testing::samples_dir;

namespace {

std::string sample(const char* name) { return (samples_dir() / name).string(); }

// Sets or unsets NO_COLOR for the lifetime of the object, restoring the previous value.
class NoColorEnv {
public:
    explicit NoColorEnv(const char* value) {
        if (const char* old = std::getenv("NO_COLOR")) saved_ = old;
        if (value) ::setenv("NO_COLOR", value, 1);
        else ::unsetenv("NO_COLOR");
    }
    ~NoColorEnv() {
        if (saved_) ::setenv("NO_COLOR", saved_->c_str(), 1);
        else ::unsetenv("NO_COLOR");
    }
    NoColorEnv(const NoColorEnv&) = delete;
    NoColorEnv& operator=(const NoColorEnv&) = delete;

private:
    std::optional<std::string> saved_;
};

bool has_ansi(const std::string& s) { return s.find("\x1b[") != std::string::npos; }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
    return s;
}

}  // namespace

TEST_CASE("diff: the same file twice exits 0", "[cli]") {
    for (const std::string format : {"text", "json", "markdown"}) {
        INFO(format);
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v1.txt"), "--format", format});
        CHECK(r.code == 0);
        CHECK_FALSE(r.out.empty());
    }
    const auto j = nlohmann::json::parse(
        run_cli({"diff", sample("zarnovia-v2.txt"), sample("zarnovia-v2.txt"), "--format", "json"}).out);
    const auto& s = j.at("summary").at("clauses");
    CHECK(s.at("modified") == 0);
    CHECK(s.at("added") == 0);
    CHECK(s.at("removed") == 0);
    CHECK(s.at("unchanged").get<int>() > 20);
    for (const auto& e : j.at("clauses")) CHECK(e.at("status") == "unchanged");
}

TEST_CASE("diff: zarnovia v1 against v2 exits 1", "[cli]") {
    const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt")});
    CHECK(r.code == 1);
    CHECK_FALSE(r.out.empty());
    CHECK_FALSE(has_ansi(r.out));  // not a terminal: no colour in auto mode
    CHECK(contains(r.out, "op1"));
    CHECK(contains(r.out, "until 31 December 2027"));
    CHECK(contains(r.out, "for a further period of two years"));
}

TEST_CASE("diff: json output follows resdiff-diff/1", "[cli]") {
    const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--format", "json"});
    REQUIRE(r.code == 1);
    CHECK(contains(r.out, "\"format\": \"resdiff-diff/1\""));
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.at("format") == "resdiff-diff/1");
    CHECK(j.at("old").at("source") == sample("zarnovia-v1.txt"));
    CHECK(j.at("new").at("source") == sample("zarnovia-v2.txt"));
    CHECK(j.at("old").at("metadata").at("symbol") == "S/2026/101");
    CHECK(j.at("new").at("metadata").at("symbol") == "S/2026/101/Rev.1");

    const auto& counts = j.at("summary").at("clauses");
    CHECK(counts.at("added") == 1);
    CHECK(counts.at("removed") == 1);
    CHECK(counts.at("modified").get<int>() >= 3);
    CHECK(j.at("summary").at("findings").at("duration").get<int>() >= 1);

    // op1 is modified with a duration finding; op3.c is removed; op2 is added.
    bool op1 = false, op3c = false, op2 = false;
    for (const auto& e : j.at("clauses")) {
        if (e.at("old") == "op1" && e.at("new") == "op1") {
            op1 = true;
            CHECK(e.at("status") == "modified");
            bool duration = false;
            for (const auto& f : e.at("findings")) duration = duration || f.at("category") == "duration";
            CHECK(duration);
            CHECK_FALSE(e.at("edits").empty());
        }
        if (e.at("old") == "op3.c") {
            op3c = true;
            CHECK(e.at("status") == "removed");
            CHECK(e.at("new").is_null());
        }
        if (e.at("new") == "op2") {
            op2 = true;
            CHECK(e.at("status") == "added");
            CHECK(e.at("old").is_null());
        }
    }
    CHECK(op1);
    CHECK(op3c);
    CHECK(op2);
}

TEST_CASE("diff: markdown output", "[cli]") {
    const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--format", "markdown"});
    CHECK(r.code == 1);
    CHECK(r.out.rfind("#", 0) == 0);  // opens with a heading
    CHECK(contains(r.out, "op1"));
    CHECK(contains(r.out, "2027"));
    CHECK_FALSE(has_ansi(r.out));
}

TEST_CASE("diff: --color always gives ANSI escapes, never gives none", "[cli]") {
    const auto always =
        run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--color", "always"});
    CHECK(always.code == 1);
    CHECK(has_ansi(always.out));

    const auto never = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--color", "never"});
    CHECK(never.code == 1);
    CHECK_FALSE(has_ansi(never.out));
    CHECK(contains(never.out, "[-"));
    CHECK(contains(never.out, "{+"));

    SECTION("--color always wins over NO_COLOR") {
        NoColorEnv env("1");
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--color=always"});
        CHECK(has_ansi(r.out));
    }
    SECTION("colour never reaches json") {
        const auto r = run_cli(
            {"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--color", "always", "--format", "json"});
        CHECK_FALSE(has_ansi(r.out));
        CHECK_NOTHROW(nlohmann::json::parse(r.out));
    }
    SECTION("an unknown --color value exits 2") {
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--color", "sometimes"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "--color"));
    }
}

TEST_CASE("diff: NO_COLOR is respected in auto mode", "[cli]") {
    SECTION("NO_COLOR set") {
        NoColorEnv env("1");
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--color", "auto"});
        CHECK(r.code == 1);
        CHECK_FALSE(has_ansi(r.out));
    }
    SECTION("NO_COLOR unset, output not a terminal") {
        NoColorEnv env(nullptr);
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt")});
        CHECK(r.code == 1);
        CHECK_FALSE(has_ansi(r.out));
    }
}

TEST_CASE("diff: one side from standard input", "[cli]") {
    const std::string v2 = read_file(samples_dir() / "zarnovia-v2.txt");
    const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), "-", "--format", "json"}, v2);
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.at("new").at("source") == "-");

    const auto same = run_cli({"diff", "-", sample("zarnovia-v2.txt")}, v2);
    CHECK(same.code == 0);
}

TEST_CASE("diff: trouble exits 2", "[cli]") {
    TempDir dir;
    SECTION("both inputs -") {
        const auto r = run_cli({"diff", "-", "-"}, read_file(samples_dir() / "zarnovia-v1.txt"));
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "standard input"));
    }
    SECTION("unreadable OLD") {
        const auto missing = (dir / "gone.txt").string();
        const auto r = run_cli({"diff", missing, sample("zarnovia-v2.txt")});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: " + missing + ": ", 0) == 0);
    }
    SECTION("unreadable NEW") {
        const auto missing = (dir / "gone.txt").string();
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), missing});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: " + missing + ": ", 0) == 0);
    }
    SECTION("a directory") {
        const auto r = run_cli({"diff", dir.path().string(), sample("zarnovia-v2.txt")});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "directory"));
    }
    SECTION("NEW is not a resolution") {
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), "-"}, "Milk\nEggs\nBread\n");
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "resdiff: -:"));
    }
    SECTION("one input only") {
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt")});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "usage: resdiff diff"));
    }
    SECTION("three inputs") {
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), sample("zarnovia-v3.txt")});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
    }
    SECTION("unknown --format") {
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--format", "pdf"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "unknown format 'pdf'"));
    }
}

TEST_CASE("diff: -o writes the report and keeps the exit code", "[cli]") {
    TempDir dir;
    const auto out_path = dir / "v1-v2.json";
    const auto r =
        run_cli({"diff", sample("zarnovia-v1.txt"), sample("zarnovia-v2.txt"), "--format", "json", "-o", out_path.string()});
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    CHECK(nlohmann::json::parse(read_file(out_path)).at("format") == "resdiff-diff/1");
    CHECK(dir.entries() == std::vector<std::string>{"v1-v2.json"});
}

TEST_CASE("diff: a typography-only change exits 0", "[cli]") {
    const std::string v1 = read_file(samples_dir() / "zarnovia-v1.txt");
    // Straight quotes become curly ones, and one paragraph is rewrapped.
    std::string typo = replace_all(v1, "(\"the Agreement\")", "(\xE2\x80\x9Cthe Agreement\xE2\x80\x9D)");
    typo = replace_all(typo, "Zarnovia's", "Zarnovia\xE2\x80\x99s");
    const std::string wrapped =
        "      Reaffirming its strong commitment to the sovereignty, independence, territorial\n"
        "integrity and national unity of the Republic of Zarnovia,\n";
    const std::string rewrapped =
        "      Reaffirming its strong commitment to the sovereignty,\n"
        "independence, territorial integrity and national unity of the\n"
        "Republic of Zarnovia,\n";
    REQUIRE(contains(typo, wrapped));
    typo = replace_all(typo, wrapped, rewrapped);
    REQUIRE(typo != v1);
    REQUIRE(contains(typo, "\xE2\x80\x9Cthe Agreement\xE2\x80\x9D"));
    REQUIRE(contains(typo, "Zarnovia\xE2\x80\x99s"));

    TempDir dir;
    const auto old_path = dir.write("old.txt", v1).string();
    const auto new_path = dir.write("new.txt", typo).string();
    const auto r = run_cli({"diff", old_path, new_path, "--format", "json"});
    INFO(r.err);
    CHECK(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.at("summary").at("clauses").at("modified") == 0);
    for (const auto& e : j.at("clauses")) {
        INFO(e.dump());
        CHECK(e.at("status") == "unchanged");
        CHECK(e.at("findings").empty());
    }
}

TEST_CASE("diff OLD NEW --jobs: the two versions load at once, messages stay in order", "[cli]") {
    // Both versions warn; the order of the warnings must not depend on which thread finished first.
    TempDir dir;
    const auto text = [](const char* verb) {
        return std::string("The Security Council,\n\nRecalling its resolutions,\n\n1. ") + verb +
               " the mandate;\n\n2. Frobnicates the Force;\n\n3. Decides to remain seized of the matter.\n";
    };
    const std::string old_path = dir.write("old.txt", text("Zorbles")).string();
    const std::string new_path = dir.write("new.txt", text("Quuxes")).string();
    const auto one = run_cli({"diff", old_path, new_path, "--format", "json", "--jobs", "1"});
    for (int i = 0; i < 20; ++i) {  // a race would show on some runs, not on every one
        const auto two = run_cli({"diff", old_path, new_path, "--format", "json", "--jobs", "2"});
        CHECK(one.code == two.code);
        CHECK(one.out == two.out);
        CHECK(one.err == two.err);
    }
    CHECK(one.code == 1);
    CHECK(one.err == "resdiff: " + old_path + ":5:1: warning: unknown operative phrase \"Zorbles\"\n" +
                         "resdiff: " + old_path + ":7:1: warning: unknown operative phrase \"Frobnicates\"\n" +
                         "resdiff: " + new_path + ":5:1: warning: unknown operative phrase \"Quuxes\"\n" +
                         "resdiff: " + new_path + ":7:1: warning: unknown operative phrase \"Frobnicates\"\n");
    SECTION("an unreadable OLD hides NEW's warnings, as a load one after the other would") {
        const auto missing = (dir / "gone.txt").string();
        const auto r = run_cli({"diff", missing, new_path, "--jobs", "2"});
        CHECK(r.code == 2);
        CHECK(r.err.rfind("resdiff: " + missing + ": ", 0) == 0);
        CHECK_FALSE(contains(r.err, new_path));
    }
    SECTION("NEW from standard input on the second thread") {
        const auto r = run_cli({"diff", sample("zarnovia-v1.txt"), "-", "--jobs", "2"},
                               read_file(samples_dir() / "zarnovia-v1.txt"));
        CHECK(r.code == 0);
    }
}
