// src/cli/input.cpp: bounded reading and atomic writing.

#include "cli/input.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace resdiff::cli;

TEST_CASE("inputs over the size limit are refused without reading them whole", "[cli]") {
    std::istringstream in(std::string(5000, 'x'));
    std::string error;
    CHECK_FALSE(read_input("-", in, error, 1000).has_value());
    CHECK(error.find("larger than 1000 bytes") != std::string::npos);
    std::istringstream small("The Security Council,\n");
    error.clear();
    auto ok = read_input("-", small, error, 1000);
    REQUIRE(ok.has_value());
    CHECK(ok->text == "The Security Council,\n");
}

TEST_CASE("outputs are written atomically and leave no temporary file", "[cli]") {
    const fs::path dir = fs::temp_directory_path() / "resdiff-input-test";
    fs::create_directories(dir);
    const fs::path target = dir / "report.txt";
    std::ostringstream unused;
    std::string error;
    REQUIRE(write_output(target.string(), "first\n", unused, error));
    REQUIRE(write_output(target.string(), "second\n", unused, error));
    std::ifstream f(target);
    std::string content((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    CHECK(content == "second\n");
    for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename() == "report.txt");
    CHECK_FALSE(write_output((dir / "missing-dir" / "x.txt").string(), "x", unused, error));
    CHECK_FALSE(fs::exists(dir / "missing-dir"));
    fs::remove_all(dir);
}
