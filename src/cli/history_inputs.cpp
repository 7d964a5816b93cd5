#include "cli/history_inputs.hpp"

#include "cli/git_versions.hpp"
#include "cli/tree_pairs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace resdiff::cli {

namespace fs = std::filesystem;

std::optional<std::vector<std::string>> directory_files(const std::string& dir, std::string& error) {
    std::error_code ec;
    std::vector<std::string> names;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec)) continue;
        const std::string name = it->path().filename().string();
        if (is_resolution_file_name(name)) names.push_back(name);
    }
    if (ec) {
        error = dir + ": " + ec.message();
        return std::nullopt;
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> out;
    out.reserve(names.size());
    for (const auto& n : names) out.push_back(join_path(dir, n));
    return out;
}

namespace {

std::string first_line(const std::string& s) {
    std::string line = s.substr(0, s.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    return line;
}

std::string git_error(const GitOutput& g, const std::string& what) {
    if (g.status == -1) return "cannot run git: " + g.err;
    const std::string line = first_line(g.err);
    return "git: " + (line.empty() ? what + " failed (exit status " + std::to_string(g.status) + ")" : line);
}

}  // namespace

std::optional<std::vector<GitFileVersion>> git_file_versions(const std::string& file, std::string& error) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
        error = file + ": not a file";
        return std::nullopt;
    }
    const fs::path p(file);
    const std::string dir = p.has_parent_path() ? p.parent_path().string() : std::string(".");
    const std::string base = p.filename().string();
    const auto top_out = run_git({"-C", dir, "rev-parse", "--show-toplevel"});
    if (top_out.status != 0) {
        error = git_error(top_out, "git rev-parse");
        return std::nullopt;
    }
    const std::string top = first_line(top_out.out);
    // One record per commit, newest first: \x01 hash \x02 short \x02 date, then the path.
    const auto log = run_git({"-C", dir, "log", "--follow", "--diff-filter=ACMRT", "--date=short",
                              "--format=%x01%H%x02%h%x02%ad", "--name-only", "--", base});
    if (log.status != 0) {
        error = git_error(log, "git log");
        return std::nullopt;
    }
    std::vector<GitFileVersion> out;
    std::size_t at = 0;
    while ((at = log.out.find('\x01', at)) != std::string::npos) {
        const std::size_t next = log.out.find('\x01', at + 1);
        const std::string record = log.out.substr(at + 1, (next == std::string::npos ? log.out.size() : next) - at - 1);
        at = next == std::string::npos ? log.out.size() : next;
        GitFileVersion v;
        const std::size_t a = record.find('\x02');
        const std::size_t b = a == std::string::npos ? a : record.find('\x02', a + 1);
        const std::size_t eol = record.find('\n');
        if (a == std::string::npos || b == std::string::npos || eol == std::string::npos || b > eol) continue;
        v.commit = record.substr(0, a);
        v.short_commit = record.substr(a + 1, b - a - 1);
        v.date = record.substr(b + 1, eol - b - 1);
        std::size_t line_start = eol + 1;
        while (line_start < record.size() && v.path.empty()) {
            const std::size_t line_end = std::min(record.find('\n', line_start), record.size());
            v.path = record.substr(line_start, line_end - line_start);
            line_start = line_end + 1;
        }
        if (v.path.empty()) {
            if (out.empty()) continue;
            v.path = out.back().path;  // a merge lists no file: the path of the newer commit
        }
        out.push_back(std::move(v));
    }
    std::reverse(out.begin(), out.end());
    for (auto& v : out) {
        std::string show_error;
        auto text = git_show(top, v.commit, v.path, show_error);
        if (!text) {
            error = show_error;
            return std::nullopt;
        }
        v.text = std::move(*text);
    }
    if (out.empty()) {
        error = file + ": no committed version in the git history";
        return std::nullopt;
    }
    return out;
}

}  // namespace resdiff::cli
