#pragma once
// Directory mode for `diff` and `check`: pairs the resolution files (*.txt, *.md) of two
// directory trees by relative path, as `diff -r` does.

#include "cli/commands.hpp"
#include "cli/options.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::cli {

struct TreePair {
    std::string rel;  // relative path, '/'-separated ("drafts/zarnovia.txt")
    bool in_old = false;
    bool in_new = false;
};

// True for the file names directory mode considers: *.txt and *.md.
bool is_resolution_file_name(const std::string& name);

// Every regular *.txt / *.md file below either directory (recursively, symbolic links to
// directories not followed), paired by relative path, sorted by it. nullopt and `error` when a
// directory cannot be read.
std::optional<std::vector<TreePair>> pair_trees(const std::string& old_dir, const std::string& new_dir,
                                                std::string& error);

// "dir" + "a/b.txt" → "dir/a/b.txt"; "." or "./" as dir gives "a/b.txt" (paths stay as the
// user wrote them, relative when they were).
std::string join_path(const std::string& dir, const std::string& rel);

// True when both files exist and hold the same bytes (unchanged files are not parsed).
bool same_contents(const std::string& a, const std::string& b);

// --jobs N of directory mode: the number of worker threads. No --jobs: the number of cores
// (std::thread::hardware_concurrency, at least 1). nullopt and `error` for N < 1.
std::optional<unsigned> worker_count(const po::variables_map& vm, std::string& error);

// The --jobs option, for the options of `diff` and `check`.
void add_jobs_option(po::options_description& opts);

// The options of `resdiff diff`, shared by file and directory mode so that they never drift.
po::options_description diff_options();

// Runs task(0) … task(count - 1) on up to `jobs` threads (with 1, in this thread, in order).
// Tasks must be independent: each writes only its own results. Results are then used in index
// order, so the output does not depend on `jobs`. An exception from a task is rethrown here
// (the one of the lowest index) once every thread has finished.
void run_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task);

// `resdiff diff OLD_DIR NEW_DIR`: called first by diff_command. nullopt when the arguments do
// not name two directories (diff_command goes on as usual); otherwise the exit code: 0 no
// substantive difference, 1 a pair differs or a file was added or removed, 2 trouble.
// Prints `Only in DIR: NAME` lines like diff -r, and the diff of every pair that differs.
std::optional<int> diff_directories(const std::vector<std::string>& args, Io io);

}  // namespace resdiff::cli
