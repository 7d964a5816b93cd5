#pragma once
// Internal to src/history/: the parts of build_history that run once the chains are built.

#include "history/history.hpp"

#include <vector>

namespace resdiff::history::detail {

// The blame of every clause of the last version, in the last version's order.
std::vector<ClauseBlame> blame_last_version(const History& h);

// The mandate and obligation/duration tracks, in chain order.
std::vector<MandateTrack> mandate_tracks(const History& h);

}  // namespace resdiff::history::detail
