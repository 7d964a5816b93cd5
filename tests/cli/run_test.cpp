// Tests src/cli/run.cpp: dispatch, usage, version and exit codes of the top level.

#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

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
