#include "diff/lis.hpp"

#include <algorithm>

namespace resdiff::diff {

std::vector<bool> longest_increasing_subsequence(const std::vector<std::size_t>& seq) {
    const std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> tail_index;  // tail_index[k]: index of the smallest tail of a run of k+1
    std::vector<std::size_t> prev(seq.size(), none);
    for (std::size_t i = 0; i < seq.size(); ++i) {
        auto pos = std::lower_bound(tail_index.begin(), tail_index.end(), seq[i],
                                    [&](std::size_t idx, std::size_t v) { return seq[idx] < v; });
        const auto k = static_cast<std::size_t>(pos - tail_index.begin());
        if (k > 0) prev[i] = tail_index[k - 1];
        if (pos == tail_index.end()) tail_index.push_back(i);
        else *pos = i;
    }
    std::vector<bool> flags(seq.size(), false);
    for (std::size_t i = tail_index.empty() ? none : tail_index.back(); i != none; i = prev[i])
        flags[i] = true;
    return flags;
}

}  // namespace resdiff::diff
