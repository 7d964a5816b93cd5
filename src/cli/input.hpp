#pragma once
// Reading inputs: a file path or "-" for standard input.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace resdiff::cli {

class MappedFile;

// The bytes of one input. A large regular file is mapped into memory rather than copied: its
// pages come straight from the page cache, with no allocation, zeroing or copy (on a 10 MB file,
// thousands of page faults fewer). Smaller files, pipes and standard input are read into a string.
class InputText {
public:
    std::string name;  // as given, "-" for stdin

    InputText(std::string name, std::string text);
    InputText(std::string name, std::shared_ptr<const MappedFile> mapping);
    std::string_view text() const;

private:
    std::string owned_;
    std::shared_ptr<const MappedFile> mapping_;
};

// Regular files of at least this size are mapped (see InputText).
constexpr std::size_t kMapInputFrom = 256u * 1024u;

// Inputs larger than this are refused (exit 2): resolutions are kilobytes, the largest
// corpus text is under 200 KB; RESDIFF_MAX_INPUT (bytes) overrides it.
constexpr std::size_t kDefaultMaxInput = 64u * 1024u * 1024u;
std::size_t max_input_bytes();

// Reads the whole input; on failure (unreadable, a directory, larger than max_bytes) returns
// nullopt and sets `error` (one line, no prefix). Reads pipes and standard input in chunks.
// A mapped file that another program shrinks while resdiff reads it would raise SIGBUS: the
// first mapping installs a handler that reports it and exits with 2 instead of crashing.
std::optional<InputText> read_input(const std::string& name, std::istream& stdin_stream, std::string& error,
                                    std::size_t max_bytes = max_input_bytes());

// Writes a report into its destination as it is rendered, so that it is never held in memory
// as a whole: `render` is called once with the stream to write to.
using Renderer = std::function<void(std::ostream&)>;

// Renders into `out` when path is empty or "-". A device, FIFO or /dev/stdout is written in
// place. A regular file (or a symbolic link to one) is written atomically: `render` writes a
// temporary file beside it, renamed over it only when everything was written and closed, so
// that a failure never leaves a half-written report at `path`. Returns false and sets `error`
// (one line, no prefix) on failure, including a std::exception thrown by `render`; any other
// exception is passed on, after the temporary file is removed.
bool write_output(const std::string& path, const Renderer& render, std::ostream& out, std::string& error);

// The same for a report already in memory.
bool write_output(const std::string& path, const std::string& content, std::ostream& out, std::string& error);

}  // namespace resdiff::cli
