#pragma once
// Directory mode for `diff` and `check`: pairs the resolution files (*.txt, *.md) of two
// directory trees by relative path, as `diff -r` does.

#include "cli/commands.hpp"

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

// `resdiff diff OLD_DIR NEW_DIR`: called first by diff_command. nullopt when the arguments do
// not name two directories (diff_command goes on as usual); otherwise the exit code: 0 no
// substantive difference, 1 a pair differs or a file was added or removed, 2 trouble.
// Prints `Only in DIR: NAME` lines like diff -r, and the diff of every pair that differs.
std::optional<int> diff_directories(const std::vector<std::string>& args, Io io);

}  // namespace resdiff::cli
