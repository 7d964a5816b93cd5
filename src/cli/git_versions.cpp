#include "cli/git_versions.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace resdiff::cli {

namespace {

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (const char c : s) {
        if (c == '\'') q += "'\\''";
        else q += c;
    }
    q += '\'';
    return q;
}

std::string trim_right(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.pop_back();
    return s;
}

// First line of git's complaint, or a generic message.
std::string git_message(const GitOutput& g, const std::string& what) {
    if (g.status == -1) return "cannot run git: " + g.err;
    std::string first = g.err.substr(0, g.err.find('\n'));
    if (first.empty()) first = what + " failed (git exit status " + std::to_string(g.status) + ")";
    return "git: " + first;
}

}  // namespace

GitOutput run_git(const std::vector<std::string>& args) {
    GitOutput result;
    char tmpl[] = "/tmp/resdiff-git-XXXXXX";
    const int fd = ::mkstemp(tmpl);
    if (fd < 0) {
        result.err = "cannot create a temporary file";
        return result;
    }
    ::close(fd);
    std::string cmd = "git --no-pager";
    for (const auto& a : args) cmd += " " + shell_quote(a);
    cmd += " 2>" + shell_quote(tmpl) + " </dev/null";
    std::fflush(nullptr);
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe) {
        std::remove(tmpl);
        result.err = "popen failed";
        return result;
    }
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) result.out.append(buf, n);
    const int status = ::pclose(pipe);
    {
        std::ifstream f(tmpl, std::ios::binary);
        std::ostringstream ss;
        ss << f.rdbuf();
        result.err = trim_right(ss.str());
    }
    std::remove(tmpl);
    if (status == -1) result.status = -1;
    else if (WIFEXITED(status)) result.status = WEXITSTATUS(status);
    else result.status = 128;
    // The shell reports a missing command with status 127.
    if (result.status == 127) result.status = -1;
    return result;
}

bool git_available() { return run_git({"--version"}).status == 0; }

std::optional<std::string> git_toplevel(std::string& error) {
    const GitOutput g = run_git({"rev-parse", "--show-toplevel"});
    if (g.status != 0) {
        error = git_message(g, "git rev-parse --show-toplevel");
        return std::nullopt;
    }
    return trim_right(g.out);
}

std::optional<std::vector<GitChange>> git_changed_files(const std::string& dir, const std::string& rev,
                                                        const std::vector<std::string>& pathspecs,
                                                        std::string& error) {
    const GitOutput v = run_git({"-C", dir, "rev-parse", "--verify", "--quiet", rev + "^{commit}"});
    if (v.status != 0) {
        error = v.status == -1 ? git_message(v, "git rev-parse") : "git: '" + rev + "' is not a known revision";
        return std::nullopt;
    }
    std::vector<std::string> args{"-C", dir, "diff", "--name-status", "--no-renames", "-z", rev, "--"};
    args.insert(args.end(), pathspecs.begin(), pathspecs.end());
    const GitOutput g = run_git(args);
    if (g.status != 0) {
        error = git_message(g, "git diff");
        return std::nullopt;
    }
    std::vector<GitChange> out;
    std::size_t pos = 0;
    const std::string& s = g.out;
    while (pos < s.size()) {
        const auto a = s.find('\0', pos);
        if (a == std::string::npos) break;
        const std::string status = s.substr(pos, a - pos);
        const auto b = s.find('\0', a + 1);
        const std::string path = s.substr(a + 1, (b == std::string::npos ? s.size() : b) - (a + 1));
        pos = b == std::string::npos ? s.size() : b + 1;
        if (status.empty() || path.empty()) continue;
        GitChange c;
        c.status = status[0] == 'A' ? 'A' : status[0] == 'D' ? 'D' : 'M';
        c.path = path;
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<std::string> git_show(const std::string& top, const std::string& rev, const std::string& path,
                                    std::string& error) {
    const GitOutput g = run_git({"-C", top, "show", rev + ":" + path});
    if (g.status != 0) {
        error = git_message(g, "git show");
        return std::nullopt;
    }
    return g.out;
}

}  // namespace resdiff::cli
