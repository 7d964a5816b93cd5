#pragma once
// Helpers for the CLI tests: run resdiff::cli::run() in-process on string streams, and a
// temporary directory that removes itself.

#include "cli/run.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace resdiff::cli_test {

struct Result {
    int code = -1;
    std::string out;
    std::string err;
};

inline Result run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out;
    std::ostringstream err;
    Result r;
    r.code = resdiff::cli::run(args, in, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

// A fresh directory under the system temp dir, removed (with its contents) on destruction.
class TempDir {
public:
    TempDir() {
        static std::atomic<unsigned> counter{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = std::filesystem::temp_directory_path() /
                ("resdiff-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(stamp) + "-" +
                 std::to_string(counter++));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

    // Writes `content` byte for byte to NAME inside the directory and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& content) const {
        const auto p = path_ / name;
        std::ofstream f(p, std::ios::binary | std::ios::trunc);
        f << content;
        return p;
    }

    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(path_)) names.push_back(e.path().filename().string());
        return names;
    }

private:
    std::filesystem::path path_;
};

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace resdiff::cli_test
