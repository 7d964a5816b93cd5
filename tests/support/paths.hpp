#pragma once
// Where the tests find their data. The corpus lives outside the project and may be absent:
// corpus tests call corpus_dir() and SKIP when it returns nullopt.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::testing {

std::filesystem::path source_dir();
std::filesystem::path samples_dir();
std::filesystem::path golden_dir();

// $RESDIFF_CORPUS, else ../shared/corpus beside the project; nullopt when neither exists.
std::optional<std::filesystem::path> corpus_dir();

// Every *.txt (and *.md when with_markdown) file below dir, sorted, recursively.
std::vector<std::filesystem::path> text_files(const std::filesystem::path& dir, bool recursive,
                                              bool with_markdown = false);

std::string read_file(const std::filesystem::path& p);

}  // namespace resdiff::testing
