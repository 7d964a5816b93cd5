// Tests src/cli/input.cpp: reading inputs and writing outputs (atomically for regular files).

#include "cli/input.hpp"
#include "cli_fixture.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <streambuf>
#include <string>

using resdiff::cli::read_input;
using resdiff::cli::write_output;
using resdiff::cli_test::contains;
using resdiff::cli_test::run_cli;
using resdiff::cli_test::TempDir;
using resdiff::testing::read_file;
using resdiff::testing::samples_dir;

namespace {

// A stream buffer that refuses every byte, as a full disk or a closed pipe does.
class FailingBuf : public std::streambuf {
protected:
    int_type overflow(int_type) override { return traits_type::eof(); }
    std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

}  // namespace

TEST_CASE("read_input: - reads the given stream", "[cli]") {
    std::istringstream in("The Security Council,\n");
    std::string error;
    const auto r = read_input("-", in, error);
    REQUIRE(r);
    CHECK(r->name == "-");
    CHECK(r->text == "The Security Council,\n");
    CHECK(error.empty());
}

TEST_CASE("read_input: a file is read byte for byte", "[cli]") {
    TempDir dir;
    const std::string bytes("a\r\nb\0c\xFF", 7);
    const auto p = dir.write("bytes.bin", bytes);
    std::istringstream in;
    std::string error;
    const auto r = read_input(p.string(), in, error);
    REQUIRE(r);
    CHECK(r->text == bytes);
}

TEST_CASE("read_input: trouble is one line naming the file", "[cli]") {
    TempDir dir;
    std::istringstream in;
    std::string error;
    SECTION("missing") {
        const auto p = (dir / "none.txt").string();
        CHECK_FALSE(read_input(p, in, error));
        CHECK(error == p + ": No such file or directory");
    }
    SECTION("directory") {
        CHECK_FALSE(read_input(dir.path().string(), in, error));
        CHECK(error == dir.path().string() + ": is a directory");
    }
}

TEST_CASE("write_output: empty path and - write to the stream", "[cli]") {
    for (const std::string path : {"", "-"}) {
        std::ostringstream out;
        std::string error;
        CHECK(write_output(path, "report\n", out, error));
        CHECK(out.str() == "report\n");
    }
}

TEST_CASE("write_output: a file is replaced whole and no temporary file is left", "[cli]") {
    TempDir dir;
    const auto p = dir.write("out.txt", "old contents that are longer than the new ones\n");
    std::ostringstream out;
    std::string error;
    REQUIRE(write_output(p.string(), "new\n", out, error));
    CHECK(read_file(p) == "new\n");
    CHECK(out.str().empty());
    CHECK(dir.entries() == std::vector<std::string>{"out.txt"});
}

// Bug: write_output always writes PATH.resdiff-tmp and renames it over PATH, so a FIFO, a
// device (-o /dev/null as root replaces /dev/null with a regular file) or /dev/stdout is
// replaced instead of written to. Remove [!mayfail] once src/cli/input.cpp is fixed.
TEST_CASE("write_output: a FIFO is written to, not replaced", "[cli][!mayfail]") {
    TempDir dir;
    const auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // a reader, so that opening to write does not block
    REQUIRE(fd >= 0);
    std::ostringstream out;
    std::string error;
    const bool ok = write_output(fifo.string(), "through the pipe\n", out, error);
    char buf[64] = {};
    const auto n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    CHECK(ok);
    CHECK(std::filesystem::is_fifo(fifo));
    CHECK(std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0) == "through the pipe\n");
    CHECK(dir.entries() == std::vector<std::string>{"pipe"});
}

// Bug: a failed write to standard output (disk full, closed pipe) is not detected: the command
// exits 0 (or 1) as if the report had been delivered. GNU tools exit 2 with "write error".
// Remove [!mayfail] once src/cli/input.cpp checks the stream.
TEST_CASE("a failed write to standard output exits 2", "[cli][!mayfail]") {
    FailingBuf buf;
    std::ostream out(&buf);
    std::istringstream in;
    std::ostringstream err;
    const auto v1 = (samples_dir() / "zarnovia-v1.txt").string();
    const int code = resdiff::cli::run({"parse", v1}, in, out, err);
    CHECK(code == 2);
    CHECK(contains(err.str(), "resdiff: "));

    std::string error;
    std::ostream failing(&buf);
    CHECK_FALSE(write_output("", "report\n", failing, error));
    CHECK_FALSE(error.empty());
}
