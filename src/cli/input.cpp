#include "cli/input.hpp"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <utility>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <sys/mman.h>
#include <sys/stat.h>
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

// A read-only private mapping of a whole regular file, unmapped when the last InputText that
// views it is gone.
class MappedFile {
public:
    MappedFile(void* address, std::size_t size) : address_(address), size_(size) {}
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile() { ::munmap(address_, size_); }
    std::string_view bytes() const { return {static_cast<const char*>(address_), size_}; }

private:
    void* address_;
    std::size_t size_;
};

InputText::InputText(std::string name_, std::string text) : name(std::move(name_)), owned_(std::move(text)) {}
InputText::InputText(std::string name_, std::shared_ptr<const MappedFile> mapping)
    : name(std::move(name_)), mapping_(std::move(mapping)) {}
std::string_view InputText::text() const { return mapping_ ? mapping_->bytes() : std::string_view(owned_); }

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

extern "C" void input_shrank(int) {
    static const char message[] = "resdiff: an input file was truncated while it was being read\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
    ::_exit(2);
}

// Maps the regular file open on `fd` (size bytes, > 0); nullptr when mapping fails (the caller
// reads it instead).
std::shared_ptr<const MappedFile> map_file(int fd, std::size_t size) {
    void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (address == MAP_FAILED) return nullptr;
    ::madvise(address, size, MADV_SEQUENTIAL);
    static std::once_flag handler;
    std::call_once(handler, [] {
        struct sigaction action {};
        action.sa_handler = input_shrank;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, nullptr);
    });
    return std::make_shared<const MappedFile>(address, size);
}

// Maps `name` when it is a regular file of at least kMapInputFrom bytes and at most max_bytes;
// nullptr otherwise, or when it cannot be mapped (then it is read as before).
std::shared_ptr<const MappedFile> map_large_file(const std::string& name, std::size_t max_bytes) {
    const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    std::shared_ptr<const MappedFile> mapped;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) >= kMapInputFrom &&
        static_cast<std::size_t>(st.st_size) <= max_bytes)
        mapped = map_file(fd, static_cast<std::size_t>(st.st_size));
    ::close(fd);  // the mapping keeps the file's pages
    return mapped;
}

}  // namespace

std::optional<InputText> read_input(const std::string& name, std::istream& stdin_stream, std::string& error,
                                    std::size_t max_bytes) {
    if (name == "-") {
        std::string text;
        if (!read_bounded(stdin_stream, text, max_bytes)) {
            error = too_large("-", max_bytes);
            return std::nullopt;
        }
        return InputText(name, std::move(text));
    }
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
        error = name + ": is a directory";
        return std::nullopt;
    }
    if (auto mapped = map_large_file(name, max_bytes)) return InputText(name, std::move(mapped));
    std::ifstream f(name, std::ios::binary);
    if (!f) {
        error = name + ": " + std::strerror(errno);
        return std::nullopt;
    }
    // A regular file's size is known: read it in one piece into a string of that size, with no
    // growth of the string and no copy through a buffer (a 10 MB text costs a few milliseconds).
    // What a file still growing gains after that is read on as from a stream.
    const auto size = std::filesystem::is_regular_file(name, ec) ? std::filesystem::file_size(name, ec) : 0;
    if (!ec && size > max_bytes) {
        error = too_large(name, max_bytes);
        return std::nullopt;
    }
    std::string text;
    if (!ec && size > 0) {
        text.resize(static_cast<std::size_t>(size));
        f.read(text.data(), static_cast<std::streamsize>(size));
        text.resize(static_cast<std::size_t>(f.gcount()));
    }
    if (!read_bounded(f, text, max_bytes)) {
        error = too_large(name, max_bytes);
        return std::nullopt;
    }
    return InputText(name, std::move(text));
}

namespace {

// A report is written in many small pieces: a large buffer turns them into few write(2) calls.
constexpr std::size_t kOutputBuffer = std::size_t{1} << 20;

// Renders into `out` and makes sure that every byte reached it.
bool render_into(std::ostream& out, const Renderer& render, const std::string& name, std::string& error) {
    try {
        render(out);
    } catch (const std::exception& e) {
        error = name + ": " + e.what();
        return false;
    }
    out.flush();
    if (!out) {
        error = name + ": write error";
        return false;
    }
    return true;
}

// Opens `file` with `mode`, renders into it and closes it, reporting errors under `name`.
bool render_into_file(const std::string& file, std::ios::openmode mode, const Renderer& render,
                      const std::string& name, std::string& error) {
    const auto buffer = std::make_unique_for_overwrite<char[]>(kOutputBuffer);  // outlives `f`
    std::ofstream f;
    f.rdbuf()->pubsetbuf(buffer.get(), static_cast<std::streamsize>(kOutputBuffer));  // only works before open
    f.open(file, mode);
    if (!f) {
        error = name + ": cannot write: " + std::strerror(errno);
        return false;
    }
    if (!render_into(f, render, name, error)) return false;
    f.close();  // a failed close (NFS, quota) loses data too
    if (f.fail()) {
        error = name + ": write error";
        return false;
    }
    return true;
}

// Removes a temporary file on every way out, an exception included, unless it was renamed.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (!kept_) std::remove(path_.c_str());
    }
    const std::string& path() const { return path_; }
    void keep() { kept_ = true; }

private:
    std::string path_;
    bool kept_ = false;
};

// Unique among the threads of this process; the process id makes it unique among processes.
std::atomic<unsigned> temporary_counter{0};

}  // namespace

bool write_output(const std::string& path, const Renderer& render, std::ostream& out, std::string& error) {
    if (path.empty() || path == "-") return render_into(out, render, "standard output", error);
    namespace fs = std::filesystem;
    std::error_code ec;
    // Devices, FIFOs and /dev/stdout are written in place: renaming over them would replace them.
    const fs::file_status target = fs::status(path, ec);
    if (!ec && fs::exists(target) && !fs::is_regular_file(target))
        return render_into_file(path, std::ios::binary, render, path, error);
    // A regular file: write a temporary file beside it and rename it into place, so that an
    // interrupted run never leaves a truncated report. A symbolic link keeps pointing at the
    // report: the rename goes to the file it names.
    fs::path final_path = path;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
        const fs::path resolved = fs::weakly_canonical(path, ec);
        if (!ec) final_path = resolved;
    }
    TemporaryFile tmp(final_path.string() + ".resdiff-tmp-" + std::to_string(::getpid()) + "-" +
                      std::to_string(++temporary_counter));
    if (!render_into_file(tmp.path(), std::ios::binary | std::ios::trunc, render, path, error)) return false;
    fs::rename(tmp.path(), final_path, ec);
    if (ec) {
        error = path + ": " + ec.message();
        return false;
    }
    tmp.keep();
    return true;
}

bool write_output(const std::string& path, const std::string& content, std::ostream& out, std::string& error) {
    return write_output(
        path, [&content](std::ostream& o) { o.write(content.data(), static_cast<std::streamsize>(content.size())); },
        out, error);
}

}  // namespace resdiff::cli
