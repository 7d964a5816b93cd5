#include "cli/input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace resdiff::cli {

std::optional<InputText> read_input(const std::string& name, std::istream& stdin_stream, std::string& error) {
    InputText in;
    in.name = name;
    if (name == "-") {
        std::ostringstream ss;
        ss << stdin_stream.rdbuf();
        in.text = ss.str();
        return in;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
        error = name + ": is a directory";
        return std::nullopt;
    }
    std::ifstream f(name, std::ios::binary);
    if (!f) {
        error = name + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    in.text = ss.str();
    return in;
}

bool write_output(const std::string& path, const std::string& content, std::ostream& out, std::string& error) {
    if (path.empty() || path == "-") {
        out << content;
        out.flush();
        return true;
    }
    const std::string tmp = path + ".resdiff-tmp";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) {
            error = path + ": cannot write: " + std::strerror(errno);
            return false;
        }
        f << content;
        f.flush();
        if (!f) {
            error = path + ": write failed";
            std::remove(tmp.c_str());
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        error = path + ": " + ec.message();
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace resdiff::cli
