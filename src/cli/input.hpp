#pragma once
// Reading inputs: a file path or "-" for standard input.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace resdiff::cli {

struct InputText {
    std::string name;  // as given, "-" for stdin
    std::string text;
};

// Inputs larger than this are refused (exit 2): resolutions are kilobytes, the largest
// corpus text is under 200 KB; RESDIFF_MAX_INPUT (bytes) overrides it.
constexpr std::size_t kDefaultMaxInput = 64u * 1024u * 1024u;
std::size_t max_input_bytes();

// Reads the whole input; on failure (unreadable, a directory, larger than max_bytes) returns
// nullopt and sets `error` (one line, no prefix). Reads pipes and standard input in chunks.
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
