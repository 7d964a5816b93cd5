#pragma once
// Reading inputs: a file path or "-" for standard input.

#include <iosfwd>
#include <optional>
#include <string>

namespace resdiff::cli {

struct InputText {
    std::string name;  // as given, "-" for stdin
    std::string text;
};

// Reads the whole input; on failure returns nullopt and sets `error` (one line, no prefix).
std::optional<InputText> read_input(const std::string& name, std::istream& stdin_stream, std::string& error);

// Writes `content` to `path` atomically (temporary file + rename), or to `out` when path is
// empty or "-". Returns false and sets `error` on failure.
bool write_output(const std::string& path, const std::string& content, std::ostream& out, std::string& error);

}  // namespace resdiff::cli
