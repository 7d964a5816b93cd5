#pragma once
// Approved/received golden files: a mismatch writes NAME.received beside the golden (ignored by
// git) and fails; RESDIFF_UPDATE_GOLDEN=1 rewrites the golden on purpose.

#include <string>

namespace resdiff::testing {

// Compares `actual` with tests/golden/<name>; REQUIREs equality (or updates the golden).
void check_golden(const std::string& name, const std::string& actual);

}  // namespace resdiff::testing
