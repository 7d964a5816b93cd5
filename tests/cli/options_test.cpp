// Tests src/cli/options.cpp: the colour decision (--color and NO_COLOR).

#include "cli/options.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

namespace {

struct EnvGuard {
    std::optional<std::string> saved;
    EnvGuard() {
        if (const char* v = std::getenv("NO_COLOR")) saved = v;
    }
    ~EnvGuard() {
        if (saved) ::setenv("NO_COLOR", saved->c_str(), 1);
        else ::unsetenv("NO_COLOR");
    }
};

}  // namespace

using resdiff::cli::want_color;

TEST_CASE("want_color: always and never ignore the terminal and NO_COLOR", "[cli]") {
    EnvGuard guard;
    ::setenv("NO_COLOR", "1", 1);
    CHECK(want_color("always", false));
    CHECK(want_color("always", true));
    CHECK_FALSE(want_color("never", true));
    ::unsetenv("NO_COLOR");
    CHECK(want_color("always", false));
    CHECK_FALSE(want_color("never", true));
}

TEST_CASE("want_color: auto means a terminal without NO_COLOR", "[cli]") {
    EnvGuard guard;
    ::unsetenv("NO_COLOR");
    CHECK(want_color("auto", true));
    CHECK_FALSE(want_color("auto", false));
    ::setenv("NO_COLOR", "1", 1);
    CHECK_FALSE(want_color("auto", true));
    CHECK_FALSE(want_color("auto", false));
    // https://no-color.org: an empty NO_COLOR does not disable colour.
    ::setenv("NO_COLOR", "", 1);
    CHECK(want_color("auto", true));
}
