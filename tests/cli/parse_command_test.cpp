// Tests src/cli/parse_command.cpp (with input.cpp and load_document.cpp behind it):
// formats, standard input, -o, and every kind of trouble that must exit 2.

#include "cli_fixture.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

using resdiff::cli_test::contains;
using resdiff::cli_test::run_cli;
using resdiff::cli_test::TempDir;
using resdiff::testing::read_file;
using resdiff::testing::samples_dir;

namespace {

std::string v1_path() { return (samples_dir() / "zarnovia-v1.txt").string(); }

}  // namespace

TEST_CASE("parse: text output of a sample", "[cli]") {
    const auto r = run_cli({"parse", v1_path()});
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.out.empty());
    CHECK(contains(r.out, "S/2026/101"));
    CHECK(contains(r.out, "pp1"));
    CHECK(contains(r.out, "op12"));
    CHECK(contains(r.out, "op3.a.i"));
    CHECK(contains(r.out, "Decides"));
    // No error lines: at most warnings on stderr.
    CHECK_FALSE(contains(r.err, "resdiff: " + v1_path() + ": "));
}

TEST_CASE("parse: json output follows resdiff-document/1", "[cli]") {
    const auto r = run_cli({"parse", v1_path(), "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.at("format") == "resdiff-document/1");
    CHECK(j.at("source") == v1_path());

    const auto& meta = j.at("metadata");
    CHECK(meta.at("organ") == "Security Council");
    CHECK(meta.at("symbol") == "S/2026/101");
    CHECK(meta.at("date") == "2026-03-03");
    CHECK(meta.at("draft") == true);

    const auto& clauses = j.at("clauses");
    REQUIRE(clauses.is_array());
    REQUIRE(clauses.size() == 9 + 12);
    for (std::size_t i = 0; i < 9; ++i) {
        CHECK(clauses[i].at("id") == "pp" + std::to_string(i + 1));
        CHECK(clauses[i].at("kind") == "preambular");
    }
    for (std::size_t i = 0; i < 12; ++i) {
        const auto& c = clauses[9 + i];
        CHECK(c.at("id") == "op" + std::to_string(i + 1));
        CHECK(c.at("kind") == "operative");
        CHECK(c.at("number") == std::to_string(i + 1));
        CHECK(c.at("line").get<int>() > 0);
        CHECK(c.at("children").is_array());
    }
    CHECK(clauses[0].at("lead") == "Recalling");
    CHECK(clauses[8].at("lead") == "Acting");

    // op3 has sub-paragraphs (a)-(e), and (a) has (i)-(iii).
    const auto& op3 = clauses[9 + 2];
    CHECK(op3.at("lead") == "Decides");
    const auto& kids = op3.at("children");
    REQUIRE(kids.size() == 5);
    const char* labels[] = {"a", "b", "c", "d", "e"};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(kids[i].at("id") == std::string("op3.") + labels[i]);
        CHECK(kids[i].at("kind") == "subparagraph");
        CHECK(kids[i].at("number") == labels[i]);
    }
    const auto& a = kids[0].at("children");
    REQUIRE(a.size() == 3);
    CHECK(a[0].at("id") == "op3.a.i");
    CHECK(a[1].at("id") == "op3.a.ii");
    CHECK(a[2].at("id") == "op3.a.iii");

    CHECK(j.at("annexes").size() == 1);
    CHECK(j.at("warnings").is_array());
    CHECK(j.at("legal_basis").at("chapter_vii") == true);
    CHECK(j.at("legal_basis").at("clause") == "pp9");

    // Exactly one trailing newline, nothing else after the JSON.
    REQUIRE_FALSE(r.out.empty());
    CHECK(r.out.back() == '\n');
    CHECK(r.out[r.out.size() - 2] != '\n');
}

TEST_CASE("parse: output is deterministic", "[cli]") {
    const auto a = run_cli({"parse", v1_path(), "--format", "json"});
    const auto b = run_cli({"parse", v1_path(), "--format", "json"});
    REQUIRE(a.code == 0);
    CHECK(a.out == b.out);
}

TEST_CASE("parse: - reads standard input", "[cli]") {
    const std::string text = read_file(samples_dir() / "zarnovia-v1.txt");
    const auto from_stdin = run_cli({"parse", "-", "--format", "json"}, text);
    REQUIRE(from_stdin.code == 0);
    const auto j = nlohmann::json::parse(from_stdin.out);
    CHECK(j.at("source") == "-");
    CHECK(j.at("clauses").size() == 21);

    // Same clauses as from the file.
    const auto from_file = run_cli({"parse", v1_path(), "--format", "json"});
    REQUIRE(from_file.code == 0);
    CHECK(nlohmann::json::parse(from_file.out).at("clauses") == j.at("clauses"));
}

TEST_CASE("parse: -o writes the file and leaves no temporary file behind", "[cli]") {
    TempDir dir;
    const auto out_path = dir / "v1.json";
    const auto r = run_cli({"parse", v1_path(), "--format", "json", "-o", out_path.string()});
    REQUIRE(r.code == 0);
    CHECK(r.out.empty());
    REQUIRE(std::filesystem::exists(out_path));
    const auto j = nlohmann::json::parse(read_file(out_path));
    CHECK(j.at("format") == "resdiff-document/1");
    CHECK(dir.entries() == std::vector<std::string>{"v1.json"});

    SECTION("overwrites an existing file") {
        const auto again = run_cli({"parse", v1_path(), "--output", out_path.string()});
        REQUIRE(again.code == 0);
        CHECK(contains(read_file(out_path), "S/2026/101"));
        CHECK_THROWS(nlohmann::json::parse(read_file(out_path)));  // text format now
        CHECK(dir.entries() == std::vector<std::string>{"v1.json"});
    }
    SECTION("-o - writes to standard output") {
        const auto to_stdout = run_cli({"parse", v1_path(), "-o", "-"});
        REQUIRE(to_stdout.code == 0);
        CHECK(contains(to_stdout.out, "S/2026/101"));
    }
}

TEST_CASE("parse: -o into a missing directory exits 2", "[cli]") {
    TempDir dir;
    const auto out_path = dir / "no-such-dir" / "out.json";
    const auto r = run_cli({"parse", v1_path(), "-o", out_path.string()});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "resdiff: " + out_path.string()));
    CHECK(dir.entries().empty());
}

TEST_CASE("parse: a missing file exits 2 with resdiff: FILE: message", "[cli]") {
    TempDir dir;
    const auto missing = (dir / "missing.txt").string();
    const auto r = run_cli({"parse", missing});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("resdiff: " + missing + ": ", 0) == 0);
    CHECK(contains(r.err, "No such file or directory"));
}

TEST_CASE("parse: a directory exits 2", "[cli]") {
    TempDir dir;
    const auto r = run_cli({"parse", dir.path().string()});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("resdiff: " + dir.path().string() + ": ", 0) == 0);
    CHECK(contains(r.err, "directory"));
}

TEST_CASE("parse: inputs that are not resolutions exit 2", "[cli]") {
    TempDir dir;
    SECTION("empty file") {
        const auto p = dir.write("empty.txt", "").string();
        const auto r = run_cli({"parse", p});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: " + p + ": ", 0) == 0);
        CHECK(contains(r.err, "empty"));
    }
    SECTION("blank lines only, from standard input") {
        const auto r = run_cli({"parse", "-"}, "\n  \n\t\n");
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: -: ", 0) == 0);
    }
    SECTION("binary bytes with NULs") {
        static constexpr char raw[] = "The Security Council,\n\n1. Decides\0\0\x01\x02 to act;\n";
        const std::string bytes(raw, sizeof raw - 1);
        REQUIRE(bytes.find('\0') != std::string::npos);
        const auto p = dir.write("blob.bin", bytes).string();
        const auto r = run_cli({"parse", p});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: " + p + ":3:", 0) == 0);
        CHECK(contains(r.err, "binary"));
    }
    SECTION("invalid UTF-8 is reported with line and column") {
        // Line 3, after "1. Decides é" (12 characters; é is valid UTF-8): a lone 0xFF byte.
        const std::string text = "The Security Council,\n\n1. Decides \xC3\xA9\xFF to act;\n";
        const auto p = dir.write("latin.txt", text).string();
        const auto r = run_cli({"parse", p});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: " + p + ":3:13: ", 0) == 0);
        CHECK(contains(r.err, "UTF-8"));
    }
    SECTION("a shopping list") {
        const auto r = run_cli({"parse", "-"}, "Milk\nEggs\nBread\n");
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind("resdiff: -:", 0) == 0);
        CHECK(contains(r.err, "not a resolution"));
    }
    CHECK(dir.entries().size() <= 1);
}

TEST_CASE("parse: usage errors exit 2", "[cli]") {
    SECTION("unknown --format") {
        const auto r = run_cli({"parse", v1_path(), "--format", "yaml"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "unknown format 'yaml'"));
    }
    SECTION("no FILE") {
        const auto r = run_cli({"parse"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "usage: resdiff parse"));
    }
    SECTION("two FILEs") {
        const auto r = run_cli({"parse", v1_path(), v1_path()});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
    }
    SECTION("unknown option") {
        const auto r = run_cli({"parse", v1_path(), "--frobnicate"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "usage: resdiff parse"));
    }
    SECTION("--format without a value") {
        const auto r = run_cli({"parse", v1_path(), "--format"});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
    }
}

TEST_CASE("parse: --help exits 0 even with other arguments", "[cli]") {
    const auto r = run_cli({"parse", "--help"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, "usage: resdiff parse FILE"));
    CHECK(contains(r.out, "--output"));
}

TEST_CASE("parse: a messy PDF extract parses with warnings at most", "[cli]") {
    const auto messy = (samples_dir() / "messy-pdf-extract.txt").string();
    const auto r = run_cli({"parse", messy, "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j.at("clauses").size() == 21);
    // Every stderr line is a positioned warning.
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);) {
        INFO(line);
        CHECK(line.rfind("resdiff: " + messy + ":", 0) == 0);
        CHECK(contains(line, ": warning: "));
    }
    SECTION("--quiet silences warnings") {
        const auto q = run_cli({"parse", messy, "--quiet"});
        CHECK(q.code == 0);
        CHECK(q.err.empty());
    }
}
