#pragma once
// Longest strictly increasing subsequence, O(n log n): the matched clauses that kept their
// relative order. Everything outside it has moved.

#include <cstddef>
#include <vector>

namespace resdiff::diff {

// flags[i] is true when seq[i] belongs to one longest increasing subsequence (the one that
// prefers earlier elements on ties, so that the result is deterministic).
std::vector<bool> longest_increasing_subsequence(const std::vector<std::size_t>& seq);

}  // namespace resdiff::diff
