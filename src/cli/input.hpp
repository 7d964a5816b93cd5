#pragma once
// Reading inputs: a file path or "-" for standard input.

#include <cstddef>
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

// Writes `content` to `path` atomically (temporary file + rename), or to `out` when path is
// empty or "-". Returns false and sets `error` on failure.
bool write_output(const std::string& path, const std::string& content, std::ostream& out, std::string& error);

}  // namespace resdiff::cli
