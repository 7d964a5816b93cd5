#pragma once
// `check --git REV`: the resolution files changed between a revision and the working tree,
// and their text at that revision, through the `git` command (popen; no library).

#include <optional>
#include <string>
#include <vector>

namespace resdiff::cli {

struct GitOutput {
    int status = -1;  // exit status of git; -1 when it could not be run
    std::string out;  // standard output, byte for byte
    std::string err;  // standard error, trailing blanks trimmed
};

// Runs `git ARGS...` (each argument shell-quoted) in the current directory.
GitOutput run_git(const std::vector<std::string>& args);

// True when a `git` command can be run at all.
bool git_available();

// The top of the working tree of the repository around the current directory.
std::optional<std::string> git_toplevel(std::string& error);

struct GitChange {
    char status = 'M';  // 'A' added since REV, 'D' deleted, 'M' modified (T, U count as M)
    std::string path;   // relative to the top of the working tree, '/'-separated
};

// `git -C DIR diff --name-status --no-renames -z REV -- PATHSPECS`: the tracked files (staged
// new files included, untracked files not) whose working-tree version differs from REV, with
// paths relative to the top of the working tree (pathspecs are relative to DIR, as in git).
// Checks first that REV names a commit.
std::optional<std::vector<GitChange>> git_changed_files(const std::string& dir, const std::string& rev,
                                                        const std::vector<std::string>& pathspecs,
                                                        std::string& error);

// `git -C TOP show REV:PATH`: the file's text at REV.
std::optional<std::string> git_show(const std::string& top, const std::string& rev, const std::string& path,
                                    std::string& error);

}  // namespace resdiff::cli
