#pragma once
// Clause alignment: pairs the clauses of two versions by content at every level.
//
// Within each pair of aligned parents (the document root first) the children are paired by, in
// order: identical words (layout folded), the same number with similar words, fuzzy word-set
// similarity found through an inverted index of rare words, and finally position between
// already-paired neighbours. Clauses still unpaired are then pooled across parents (a task
// moved from one list to another) and paired by identical or similar words. Nothing compares
// all pairs: work is linear in the text size plus bounded candidate checks per clause.

#include "diff/flat_tree.hpp"

#include <cstddef>
#include <vector>

namespace resdiff::diff {

struct Alignment {
    std::vector<std::size_t> old_to_new;   // by old node: its new partner, or no_node (removed)
    std::vector<std::size_t> new_to_old;   // by new node: its old partner, or no_node (added)
    std::vector<bool> moved;               // by new node: order changed relative to neighbours
    std::vector<bool> renumbered;          // by new node: own label changed, words kept their place
    std::vector<std::size_t> split_from;   // by new node: old node it was split off, or no_node
    std::vector<std::size_t> merged_into;  // by old node: new node that absorbed it, or no_node
};

Alignment align(const FlatTree& old_tree, const FlatTree& new_tree);

// Tuning, exposed for the tests.
inline constexpr double number_match_threshold = 0.3;    // same number, this similar: same clause
inline constexpr double fuzzy_match_threshold = 0.5;     // Dice on word sets
inline constexpr double position_match_threshold = 0.2;  // same slot between anchors
inline constexpr double split_containment = 0.7;         // share of a part's words found in the whole

}  // namespace resdiff::diff
