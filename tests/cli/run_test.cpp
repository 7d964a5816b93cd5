// Tests src/cli/run.cpp: dispatch, usage, version and exit codes of the top level.

#include "cli_fixture.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <sys/wait.h>

using resdiff::cli_test::contains;
using resdiff::cli_test::run_cli;

TEST_CASE("run without arguments prints usage on stderr and exits 2", "[cli]") {
    const auto r = run_cli({});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "usage: resdiff <command>"));
    CHECK(contains(r.err, "parse FILE"));
    CHECK(contains(r.err, "diff OLD NEW"));
}

TEST_CASE("run --help prints usage on stdout and exits 0", "[cli]") {
    for (const std::string flag : {"--help", "-h", "help"}) {
        INFO(flag);
        const auto r = run_cli({flag});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(contains(r.out, "usage: resdiff <command>"));
        CHECK(contains(r.out, "Exit codes"));
    }
}

TEST_CASE("run --version prints the version on stdout and exits 0", "[cli]") {
    for (const std::string flag : {"--version", "-V"}) {
        INFO(flag);
        const auto r = run_cli({flag});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(r.out.rfind("resdiff ", 0) == 0);
        CHECK(contains(r.out, "0.1.0"));
        CHECK(r.out.back() == '\n');
        // One line only.
        CHECK(r.out.find('\n') == r.out.size() - 1);
    }
}

TEST_CASE("run with an unknown command exits 2 and names the command", "[cli]") {
    const auto r = run_cli({"frobnicate", "x.txt"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "resdiff: unknown command 'frobnicate'"));
    CHECK(contains(r.err, "usage: resdiff <command>"));
}

TEST_CASE("run with an unknown top-level option exits 2", "[cli]") {
    const auto r = run_cli({"--frobnicate"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK_FALSE(r.err.empty());
}

TEST_CASE("commands print their own help on stdout and exit 0", "[cli]") {
    SECTION("parse") {
        const auto r = run_cli({"parse", "--help"});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(contains(r.out, "usage: resdiff parse FILE"));
        CHECK(contains(r.out, "--format"));
    }
    SECTION("diff") {
        const auto r = run_cli({"diff", "-h"});
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(contains(r.out, "usage: resdiff diff OLD NEW"));
        CHECK(contains(r.out, "--color"));
    }
}

namespace {
// Runs the resdiff executable through the shell; returns its exit code and standard output.
resdiff::cli_test::Result run_process(const std::string& command_line) {
    resdiff::cli_test::Result r;
    FILE* pipe = ::popen((std::string(RESDIFF_EXECUTABLE) + " " + command_line).c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
    const int status = ::pclose(pipe);
    REQUIRE(WIFEXITED(status));
    r.code = WEXITSTATUS(status);
    return r;
}
}  // namespace

TEST_CASE("the executable writes everything before it exits without freeing its results", "[cli]") {
    // run_main ends the process with _Exit after a diff: what it wrote to stdout, to a pipe or
    // to a file, must be complete and the exit code the same as in-process.
    resdiff::cli_test::TempDir dir;
    // A long report (more than a pipe holds): every other paragraph of 3,000 changed.
    std::string old_text = "The Security Council,\n\n", new_text = old_text;
    for (int i = 1; i <= 3000; ++i) {
        const std::string n = std::to_string(i);
        old_text += n + ". Decides that the Force shall patrol district " + n + " until 31 December 2027;\n\n";
        new_text += i % 2 ? n + ". Requests the Force to patrol district " + n + " until 31 December 2028;\n\n"
                          : n + ". Decides that the Force shall patrol district " + n + " until 31 December 2027;\n\n";
    }
    const auto old_path = dir.write("old.txt", old_text).string();
    const auto new_path = dir.write("new.txt", new_text).string();
    for (const std::string format : {"text", "json"}) {
        INFO(format);
        const auto in_process = run_cli({"diff", old_path, new_path, "-q", "--format", format, "--color", "never"});
        REQUIRE(in_process.code == 1);
        REQUIRE(in_process.out.size() > 200000);
        const std::string args = "diff '" + old_path + "' '" + new_path + "' -q --color never --format " + format;
        const auto piped = run_process(args);
        CHECK(piped.code == 1);
        CHECK(piped.out == in_process.out);
        const auto out_file = (dir / ("report." + format)).string();
        const auto to_file = run_process(args + " -o '" + out_file + "'");
        CHECK(to_file.code == 1);
        CHECK(to_file.out.empty());
        CHECK(resdiff::testing::read_file(out_file) == in_process.out);
    }
    // Trouble still exits 2, and the same text gives 0.
    CHECK(run_process("diff '" + old_path + "' '" + (dir / "missing.txt").string() + "' 2>/dev/null").code == 2);
    CHECK(run_process("diff '" + old_path + "' '" + old_path + "' -q").code == 0);
}
