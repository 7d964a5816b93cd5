#pragma once
// The order of a diff's entries: the new version's clauses depth-first, with each removed
// clause placed after the nearest earlier sibling that survived (or first among its siblings),
// and a removed clause's removed children under it.

#include "diff/align.hpp"
#include "diff/flat_tree.hpp"

#include <cstddef>
#include <vector>

namespace resdiff::diff {

struct EntrySlot {
    std::size_t old_node = no_node;
    std::size_t new_node = no_node;
};

// Every node of both trees appears once (a pair once). Iterative.
std::vector<EntrySlot> entry_order(const FlatTree& old_tree, const FlatTree& new_tree,
                                   const Alignment& alignment);

}  // namespace resdiff::diff
