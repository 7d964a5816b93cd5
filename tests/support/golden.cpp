#include "support/golden.hpp"

#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace resdiff::testing {

namespace fs = std::filesystem;

void check_golden(const std::string& name, const std::string& actual) {
    const fs::path golden = golden_dir() / name;
    const fs::path received = fs::path(golden.string() + ".received");
    const char* update = std::getenv("RESDIFF_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        fs::create_directories(golden.parent_path());
        std::ofstream(golden, std::ios::binary) << actual;
        fs::remove(received);
        SUCCEED("golden updated: " << golden.string());
        return;
    }
    if (!fs::exists(golden)) {
        std::ofstream(received, std::ios::binary) << actual;
        FAIL("missing golden " << golden.string() << " (run with RESDIFF_UPDATE_GOLDEN=1 to create it)");
    }
    const std::string expected = read_file(golden);
    if (expected != actual) {
        std::ofstream(received, std::ios::binary) << actual;
        INFO("golden mismatch: compare " << golden.string() << " with " << received.string()
                                         << " (RESDIFF_UPDATE_GOLDEN=1 accepts)");
        CHECK(expected == actual);
    } else {
        fs::remove(received);
    }
}

}  // namespace resdiff::testing
