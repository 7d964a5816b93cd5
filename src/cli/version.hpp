#pragma once
// The version, from project() in the top-level CMakeLists.txt (one place to change it).

namespace resdiff::cli {

inline constexpr const char* kVersion = RESDIFF_VERSION;

}  // namespace resdiff::cli
