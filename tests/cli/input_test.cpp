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

// ---- Bugs found in src/cli/input.cpp: these failed before the fix ----

#include "cli/run.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <streambuf>

namespace {

// A stream buffer that refuses every byte, as a full disk or a closed pipe does.
class FailingBuf : public std::streambuf {
protected:
    int_type overflow(int_type) override { return traits_type::eof(); }
    std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

}  // namespace

// Bug: write_output always writes PATH.resdiff-tmp and renames it over PATH, so a FIFO, a
// device (`-o /dev/null` run as root replaces /dev/null with a regular file) or /dev/stdout is
// replaced instead of written to.
TEST_CASE("write_output: a FIFO is written to, not replaced", "[cli]") {
    const fs::path dir = fs::temp_directory_path() / ("resdiff-fifo-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // a reader, so that opening to write does not block
    REQUIRE(fd >= 0);
    std::ostringstream out;
    std::string error;
    const bool ok = write_output(fifo.string(), "through the pipe\n", out, error);
    char buf[64] = {};
    const auto n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    const bool still_fifo = fs::is_fifo(fifo);
    std::size_t entries = 0;
    for (const auto& e : fs::directory_iterator(dir)) entries += e.path().filename() == "pipe" ? 1 : 100;
    fs::remove_all(dir);
    CHECK(ok);
    CHECK(still_fifo);
    CHECK(std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0) == "through the pipe\n");
    CHECK(entries == 1);
}

// Bug: a failed write to standard output (disk full, closed pipe) is not detected: the command
// exits 0 (or 1) as if the report had been delivered. GNU tools exit 2 with "write error".
TEST_CASE("a failed write to standard output exits 2", "[cli]") {
    FailingBuf buf;
    std::ostream failing(&buf);
    std::string error;
    CHECK_FALSE(write_output("", "report\n", failing, error));
    CHECK_FALSE(error.empty());

    std::ostream out(&buf);
    std::istringstream in;
    std::ostringstream err;
    const char* v1 = RESDIFF_SOURCE_DIR "/samples/zarnovia-v1.txt";
    CHECK(resdiff::cli::run({"parse", v1}, in, out, err) == 2);
    CHECK(err.str().find("resdiff: ") != std::string::npos);
}
