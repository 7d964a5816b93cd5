#include "support/paths.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace resdiff::testing {

namespace fs = std::filesystem;

fs::path source_dir() { return fs::path(RESDIFF_SOURCE_DIR); }
fs::path samples_dir() { return source_dir() / "samples"; }
fs::path golden_dir() { return source_dir() / "tests" / "golden"; }

std::optional<fs::path> corpus_dir() {
    if (const char* env = std::getenv("RESDIFF_CORPUS"); env && *env) {
        if (fs::is_directory(env)) return fs::path(env);
        return std::nullopt;
    }
    const fs::path p(RESDIFF_CORPUS_DIR);
    if (fs::is_directory(p) && fs::exists(p / "MANIFEST.md")) return fs::canonical(p);
    return std::nullopt;
}

std::vector<fs::path> text_files(const fs::path& dir, bool recursive, bool with_markdown) {
    std::vector<fs::path> out;
    auto take = [&](const fs::directory_entry& e) {
        if (!e.is_regular_file()) return;
        const auto ext = e.path().extension();
        if (ext == ".txt" || (with_markdown && ext == ".md" && e.path().filename() != "MANIFEST.md"))
            out.push_back(e.path());
    };
    if (!fs::is_directory(dir)) return out;
    if (recursive)
        for (const auto& e : fs::recursive_directory_iterator(dir)) take(e);
    else
        for (const auto& e : fs::directory_iterator(dir)) take(e);
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace resdiff::testing
