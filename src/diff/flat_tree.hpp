#pragma once
// A clause tree flattened into an array (document order, parents first) with everything the
// aligner needs per clause computed once: comparison tokens, exact key, fuzzy features.

#include "model/document.hpp"
#include "text/tokenize.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace resdiff::diff {

inline constexpr std::size_t no_node = static_cast<std::size_t>(-1);

struct FlatNode {
    const model::Clause* clause = nullptr;
    std::size_t parent = no_node;  // no_node for top-level clauses
    std::size_t depth = 0;
    std::size_t index_in_parent = 0;
    std::vector<std::size_t> children;
    std::string text;                    // clause_text(): lead + text
    std::vector<text::Token> tokens;     // comparable_tokens(text): views into `text`
    std::string key;                     // join_keys(tokens): equal keys = same words
    std::vector<std::uint64_t> features;  // word_features(tokens)
};

// Nodes own the strings their tokens point into, so the tree is move-only: moving the vector
// keeps every node (and its string) where it is.
struct FlatTree {
    std::vector<FlatNode> nodes;
    std::vector<std::size_t> roots;

    FlatTree() = default;
    FlatTree(const FlatTree&) = delete;
    FlatTree& operator=(const FlatTree&) = delete;
    FlatTree(FlatTree&&) = default;
    FlatTree& operator=(FlatTree&&) = default;

    // Children of `node`, or the roots for no_node.
    const std::vector<std::size_t>& children_of(std::size_t node) const {
        return node == no_node ? roots : nodes[node].children;
    }
};

// Iterative (nesting depth is input-controlled). Footnote markers are recognised from each
// clause's footnote_refs and from `footnote_labels` (the document's footnotes).
FlatTree flatten(const std::vector<model::Clause>& roots,
                 const std::vector<std::string>& footnote_labels = {});

}  // namespace resdiff::diff
