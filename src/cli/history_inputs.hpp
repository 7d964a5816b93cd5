#pragma once
// Inputs of `resdiff history`: the resolution files of a directory, and the versions of one file
// in the git history (through the `git` command, see git_versions.hpp).

#include <optional>
#include <string>
#include <vector>

namespace resdiff::cli {

// The *.txt and *.md regular files directly inside `dir` (not below), as paths joined to `dir`
// as the user wrote it, sorted by name. nullopt and `error` when the directory cannot be read.
std::optional<std::vector<std::string>> directory_files(const std::string& dir, std::string& error);

struct GitFileVersion {
    std::string commit;        // full hash
    std::string short_commit;  // abbreviated hash
    std::string date;          // author date, YYYY-MM-DD
    std::string path;          // the file's path at that commit, relative to the top of the tree
    std::string text;          // the file's content at that commit
};

// The versions of `file` committed to the repository around it, oldest first, following
// renames (`git log --follow`); commits that delete the file are left out. nullopt and `error`
// when git cannot be run, the file is not in a repository, or git fails.
std::optional<std::vector<GitFileVersion>> git_file_versions(const std::string& file, std::string& error);

}  // namespace resdiff::cli
