#include "cli/input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace resdiff::cli {

std::size_t max_input_bytes() {
    if (const char* env = std::getenv("RESDIFF_MAX_INPUT"); env && *env) {
        char* end = nullptr;
        const unsigned long long v = std::strtoull(env, &end, 10);
        if (end && *end == '\0' && v > 0) return static_cast<std::size_t>(v);
    }
    return kDefaultMaxInput;
}

namespace {

// Reads at most max_bytes + 1 bytes, so that an oversized input is detected without reading
// it all into memory.
bool read_bounded(std::istream& in, std::string& text, std::size_t max_bytes) {
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        if (text.size() + got > max_bytes) return false;
        text.append(buffer, got);
    }
    return true;
}

std::string too_large(const std::string& name, std::size_t max_bytes) {
    return name + ": input larger than " + std::to_string(max_bytes) +
           " bytes (set RESDIFF_MAX_INPUT to allow more): not a resolution";
}

}  // namespace

std::optional<InputText> read_input(const std::string& name, std::istream& stdin_stream, std::string& error,
                                    std::size_t max_bytes) {
    InputText in;
    in.name = name;
    if (name == "-") {
        if (!read_bounded(stdin_stream, in.text, max_bytes)) {
            error = too_large("-", max_bytes);
            return std::nullopt;
        }
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
    if (!read_bounded(f, in.text, max_bytes)) {
        error = too_large(name, max_bytes);
        return std::nullopt;
    }
    return in;
}

namespace {

bool write_stream(std::ostream& out, const std::string& content, const std::string& name, std::string& error) {
    out << content;
    out.flush();
    if (!out) {
        error = name + ": write error";
        return false;
    }
    return true;
}

}  // namespace

bool write_output(const std::string& path, const std::string& content, std::ostream& out, std::string& error) {
    if (path.empty() || path == "-") return write_stream(out, content, "standard output", error);
    namespace fs = std::filesystem;
    std::error_code ec;
    // Devices, FIFOs and /dev/stdout are written in place: renaming over them would replace them.
    const fs::file_status target = fs::status(path, ec);
    if (!ec && fs::exists(target) && !fs::is_regular_file(target)) {
        std::ofstream f(path, std::ios::binary);
        if (!f) {
            error = path + ": cannot write: " + std::strerror(errno);
            return false;
        }
        return write_stream(f, content, path, error);
    }
    // A regular file: write a temporary file beside it and rename it into place, so that an
    // interrupted run never leaves a truncated report. A symbolic link keeps pointing at the
    // report: the rename goes to the file it names.
    fs::path final_path = path;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
        const fs::path resolved = fs::weakly_canonical(path, ec);
        if (!ec) final_path = resolved;
    }
    static unsigned counter = 0;
    const std::string tmp = final_path.string() + ".resdiff-tmp-" + std::to_string(::getpid()) + "-" +
                            std::to_string(++counter);
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) {
            error = path + ": cannot write: " + std::strerror(errno);
            return false;
        }
        if (!write_stream(f, content, path, error)) {
            std::remove(tmp.c_str());
            return false;
        }
    }
    fs::rename(tmp, final_path, ec);
    if (ec) {
        error = path + ": " + ec.message();
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace resdiff::cli
