// src/cli/input.cpp: bounded reading and atomic writing.

#include "cli/input.hpp"
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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
    CHECK(ok->text() == "The Security Council,\n");
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

// ---- The report is rendered straight into its destination ----

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

// A fresh directory per test, removed at the end even when a check fails.
struct ScratchDir {
    fs::path path;
    explicit ScratchDir(const std::string& name)
        : path(fs::temp_directory_path() / ("resdiff-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~ScratchDir() { fs::remove_all(path); }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

// Bytes no text path would produce unchanged: NUL, CR LF, high bytes; longer than any buffer.
std::string awkward_bytes(std::size_t size) {
    std::string s;
    s.reserve(size);
    for (std::size_t i = 0; s.size() < size; ++i) s += static_cast<char>((i * 7919u) % 256u);
    s.replace(0, 5, std::string("\0\r\n\xff\n", 5));
    return s;
}

}  // namespace

TEST_CASE("write_output with a renderer writes the exact bytes, in pieces and in one block", "[cli]") {
    ScratchDir dir("writer-bytes");
    const fs::path target = dir.path / "report.bin";
    const std::string content = awkward_bytes((3u << 20) + 17u);  // spans several 1 MiB buffers
    std::ostringstream unused;
    std::string error;
    // Many small writes, as renderers do...
    REQUIRE(write_output(target.string(),
                         [&](std::ostream& o) {
                             for (std::size_t i = 0; i < content.size(); i += 1000)
                                 o << std::string_view(content).substr(i, 1000);
                         },
                         unused, error));
    CHECK(slurp(target) == content);
    // ...and one block larger than the buffer.
    REQUIRE(write_output(target.string(), [&](std::ostream& o) { o << content << "tail"; }, unused, error));
    CHECK(slurp(target) == content + "tail");
    CHECK(unused.str().empty());
    CHECK(dir.entries() == std::vector<std::string>{"report.bin"});
}

TEST_CASE("write_output with a renderer writes standard output into the stream given", "[cli]") {
    std::ostringstream out;
    std::string error;
    REQUIRE(write_output("-", [](std::ostream& o) { o << "to " << "standard output\n"; }, out, error));
    REQUIRE(write_output("", [](std::ostream& o) { o << "again\n"; }, out, error));
    CHECK(out.str() == "to standard output\nagain\n");
}

TEST_CASE("a renderer that throws midway leaves no file and keeps the old report", "[cli]") {
    ScratchDir dir("writer-throws");
    const fs::path target = dir.path / "report.json";
    std::ostringstream unused;
    std::string error;
    // Enough bytes before the throw that some of them already reached the temporary file.
    const auto throws_midway = [](std::ostream& o) {
        o << std::string(3u << 20, 'x');
        throw std::runtime_error("renderer gave up");
    };

    SECTION("no file at the path before") {
        CHECK_FALSE(write_output(target.string(), throws_midway, unused, error));
        CHECK(error.find("renderer gave up") != std::string::npos);
        CHECK(error.find(target.string()) != std::string::npos);
        CHECK(dir.entries().empty());
    }
    SECTION("an existing report is left untouched") {
        REQUIRE(write_output(target.string(), "the previous report\n", unused, error));
        CHECK_FALSE(write_output(target.string(), throws_midway, unused, error));
        CHECK(slurp(target) == "the previous report\n");
        CHECK(dir.entries() == std::vector<std::string>{"report.json"});
    }
    SECTION("an exception of no standard type is passed on, and still cleaned up") {
        REQUIRE(write_output(target.string(), "the previous report\n", unused, error));
        CHECK_THROWS_AS(write_output(target.string(), [](std::ostream& o) { o << "partial"; throw 42; }, unused,
                                     error),
                        int);
        CHECK(slurp(target) == "the previous report\n");
        CHECK(dir.entries() == std::vector<std::string>{"report.json"});
    }
    SECTION("on standard output the error is reported too") {
        std::ostringstream out;
        CHECK_FALSE(write_output("-", throws_midway, out, error));
        CHECK(error.find("standard output: renderer gave up") == 0);
    }
}

TEST_CASE("write_output: a write to a full device fails with an error", "[cli]") {
    if (!fs::exists("/dev/full")) {
        WARN("no /dev/full on this system");
        return;
    }
    std::ostringstream unused;
    std::string error;
    // Small enough to sit in the buffer until the final flush, and larger than it.
    CHECK_FALSE(write_output("/dev/full", "a short report\n", unused, error));
    CHECK(error == "/dev/full: write error");
    error.clear();
    CHECK_FALSE(write_output("/dev/full", [](std::ostream& o) { o << std::string(3u << 20, 'x'); }, unused, error));
    CHECK(error == "/dev/full: write error");
    CHECK(fs::is_character_file("/dev/full"));
}

// A regular file that cannot grow (RLIMIT_FSIZE, standing in for a full disk): the write fails
// partway, and neither a truncated report nor the temporary file is left behind.
TEST_CASE("write_output: a write that fails partway keeps the old report and no temporary file", "[cli]") {
    ScratchDir dir("writer-full");
    const fs::path target = dir.path / "report.txt";
    std::ostringstream unused;
    std::string error;
    REQUIRE(write_output(target.string(), "the previous report\n", unused, error));

    rlimit old_limit{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    rlimit small = old_limit;
    small.rlim_cur = 64 * 1024;
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of a signal
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const bool ok = write_output(target.string(), [](std::ostream& o) { o << std::string(1u << 20, 'x') << "end\n"; },
                                 unused, error);
    ::setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);

    CHECK_FALSE(ok);
    CHECK(error == target.string() + ": write error");
    CHECK(slurp(target) == "the previous report\n");
    CHECK(dir.entries() == std::vector<std::string>{"report.txt"});
}

TEST_CASE("write_output with a renderer writes a FIFO in place", "[cli]") {
    ScratchDir dir("writer-fifo");
    const fs::path fifo = dir.path / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // a reader, so that opening to write does not block
    REQUIRE(fd >= 0);
    std::ostringstream out;
    std::string error;
    const bool ok = write_output(fifo.string(), [](std::ostream& o) { o << "rendered " << 42 << " into the pipe\n"; },
                                 out, error);
    char buf[64] = {};
    const auto n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    CHECK(ok);
    CHECK(fs::is_fifo(fifo));
    CHECK(std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0) == "rendered 42 into the pipe\n");
    CHECK(dir.entries() == std::vector<std::string>{"pipe"});
}

// Temporary names must stay unique when several threads write at once: with a plain counter
// two writers could share a temporary file and rename each other's half-written report.
TEST_CASE("write_output from several threads at once", "[cli]") {
    ScratchDir dir("writer-threads");
    constexpr int kThreads = 8, kRounds = 20;
    const auto content = [](int t) { return std::string(64 * 1024 + static_cast<std::size_t>(t), char('a' + t)); };
    std::atomic<int> failures{0};

    SECTION("to different paths") {
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                std::ostringstream unused;
                std::string error;
                for (int r = 0; r < kRounds; ++r) {
                    const fs::path p = dir.path / ("report-" + std::to_string(t) + "-" + std::to_string(r));
                    if (!write_output(p.string(), [&](std::ostream& o) { o << content(t); }, unused, error)) ++failures;
                }
            });
        for (auto& th : threads) th.join();
        CHECK(failures == 0);
        CHECK(dir.entries().size() == std::size_t{kThreads * kRounds});
        for (int t = 0; t < kThreads; ++t)
            CHECK(slurp(dir.path / ("report-" + std::to_string(t) + "-" + std::to_string(kRounds - 1))) == content(t));
    }
    SECTION("to the same path: the file is always one whole report") {
        const fs::path target = dir.path / "report.txt";
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                std::ostringstream unused;
                std::string error;
                for (int r = 0; r < kRounds; ++r)
                    if (!write_output(target.string(), [&](std::ostream& o) { o << content(t); }, unused, error))
                        ++failures;
            });
        for (auto& th : threads) th.join();
        CHECK(failures == 0);
        const std::string last = slurp(target);
        bool whole = false;
        for (int t = 0; t < kThreads; ++t) whole = whole || last == content(t);
        CHECK(whole);
        CHECK(dir.entries() == std::vector<std::string>{"report.txt"});
    }
}

TEST_CASE("files are read whole in one piece, and refused over the limit", "[cli]") {
    resdiff::cli_test::TempDir dir;
    std::string content;
    for (int i = 0; content.size() < 300000; ++i) {
        content += std::to_string(i) + ". Decides;\r\n";
        content += '\0';  // bytes a text reader might stop at: read_input does not
        content += '\xff';
    }
    const auto file = dir.write("big.txt", content).string();
    std::istringstream unused;
    std::string error;
    auto whole = read_input(file, unused, error, content.size());  // exactly at the limit
    REQUIRE(whole.has_value());
    CHECK(whole->text() == content);
    CHECK_FALSE(read_input(file, unused, error, content.size() - 1).has_value());
    CHECK(error == file + ": input larger than " + std::to_string(content.size() - 1) +
                       " bytes (set RESDIFF_MAX_INPUT to allow more): not a resolution");
    const auto empty = dir.write("empty.txt", "").string();
    auto none = read_input(empty, unused, error, 10);
    REQUIRE(none.has_value());
    CHECK(none->text().empty());
}

TEST_CASE("files on both sides of the mapping threshold read the same, and outlive moves", "[cli]") {
    resdiff::cli_test::TempDir dir;
    std::istringstream unused;
    std::string error;
    for (const std::size_t size : {kMapInputFrom - 1, kMapInputFrom, kMapInputFrom + 4097}) {
        std::string content;
        for (int i = 1; content.size() < size; ++i) content += std::to_string(i) + ". Decides;\n";
        content.resize(size);
        const auto file = dir.write("f" + std::to_string(size) + ".txt", content).string();
        auto read = read_input(file, unused, error);
        REQUIRE(read.has_value());
        std::vector<InputText> moved;
        moved.push_back(std::move(*read));
        read.reset();
        for (int i = 0; i < 40; ++i) moved.push_back(moved.front());  // reallocations copy and move
        CHECK(moved.back().text() == content);
        CHECK(moved.front().text() == content);
        CHECK(moved.back().name == file);
    }
}

TEST_CASE("a mapped input truncated while it is read exits 2 with a message, not a crash", "[cli]") {
    resdiff::cli_test::TempDir dir;
    const std::string content(kMapInputFrom * 4, 'x');
    const auto file = dir.write("shrinking.txt", content).string();
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(pipe_fds[1], STDERR_FILENO);
        std::istringstream unused;
        std::string error;
        auto read = read_input(file, unused, error);
        if (!read) ::_exit(10);
        std::filesystem::resize_file(file, 0);  // another program truncates it
        unsigned sum = 0;
        for (const char c : read->text()) sum += static_cast<unsigned char>(c);
        ::_exit(sum == 0 ? 11 : 12);  // not reached: the pages are gone
    }
    ::close(pipe_fds[1]);
    std::string message;
    char buffer[256];
    for (ssize_t got; (got = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) message.append(buffer, static_cast<std::size_t>(got));
    ::close(pipe_fds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    CHECK(message == "resdiff: an input file was truncated while it was being read\n");
}
