#pragma once
// A clause tree flattened into an array (document order, parents first). Per clause, flatten
// computes only a 64-bit hash of what it prints; the comparison tokens, the exact-match key and
// the fuzzy features are built on first use, which in a revision is for the few clauses that
// the other version does not print word for word.

#include "diff/clause_text.hpp"
#include "model/document.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace resdiff::diff {

// Nodes are numbered in 32 bits (a node costs 32 bytes, not 88, on inputs of many short
// clauses): a tree holds fewer than no_node clauses, and flatten throws std::length_error
// beyond. The parser's 64 MB input limit allows a few million. no_node is a std::size_t, so
// that the indices callers keep in std::size_t (alignments, entry slots) use the same sentinel
// as FlatNode's 32-bit parent.
inline constexpr std::size_t no_node = std::numeric_limits<std::uint32_t>::max();

// Node ids, as a tree's child lists hold them.
using NodeList = std::span<const std::uint32_t>;

struct FlatNode {
    const model::Clause* clause = nullptr;
    std::uint64_t text_hash = 0;  // clause_text_hash(): equal for clauses that print the same
    std::uint32_t parent = no_node;  // no_node for top-level clauses
    std::uint32_t depth = 0;
    std::uint32_t index_in_parent = 0;
    // Where its children start in the tree's child list: they run up to the next node's
    // first_child (children are stored node after node, in document order).
    std::uint32_t first_child = 0;
};

// Nodes' lazily built tokens point into the clauses, or into storage the tree owns on the heap
// (the joined text of a clause with a lead), so the tree is move-only: moving keeps every view
// valid. The lazy parts make const accessors write caches: one tree must not be used by two
// threads at once, unless every cache the threads read was filled before.
class FlatTree {
public:
    std::vector<FlatNode> nodes;
    std::vector<std::string> footnote_labels;  // as given to flatten

    FlatTree() = default;
    FlatTree(const FlatTree&) = delete;
    FlatTree& operator=(const FlatTree&) = delete;
    FlatTree(FlatTree&&) = default;
    FlatTree& operator=(FlatTree&&) = default;

    // Top-level nodes, in document order.
    NodeList roots() const { return {child_ids_.data(), root_count_}; }
    // Children of `node` in document order, or the roots for no_node.
    NodeList children_of(std::size_t node) const {
        if (node == no_node) return roots();
        const std::size_t end = node + 1 < nodes.size() ? nodes[node + 1].first_child : child_ids_.size();
        return {child_ids_.data() + nodes[node].first_child, end - nodes[node].first_child};
    }

    // clause_text() of the node is "": neither lead nor text.
    bool text_empty(std::size_t node) const;
    // clause_text() of the node, as its tokens read it: the clause's own text, or for a clause
    // with a lead the joined text built with the tokens (on first use, then kept).
    std::string_view compared_text(std::size_t node) const;
    // comparable_tokens of clause_text() (built on first use, then kept).
    const CompareTokens& tokens(std::size_t node) const;
    // word_features of those tokens (built on first use, then kept).
    const std::vector<std::uint64_t>& features(std::size_t node) const;
    // Hash of the exact-match key join_keys(tokens) (from the tokens, then kept): equal keys
    // give equal hashes.
    std::uint64_t key_hash(std::size_t node) const;
    // The exact-match key is "".
    bool key_empty(std::size_t node) const;
    // The exact-match key itself, join_keys(tokens) (built each call: tests and hash collisions).
    std::string key(std::size_t node) const;
    // True when the node's tokens, key and features are built (by first use, or ahead of it by
    // a PreparationQueue).
    bool prepared(std::size_t node) const { return details_[node] && details_[node]->has_features; }

private:
    friend FlatTree flatten(const std::vector<model::Clause>&, const std::vector<std::string>&);
    friend class PreparationQueue;
    // Builds what tokens(), key_hash() and features() would build on first use, with the
    // caller's scratch: two threads may prepare different nodes of one tree at once (each node's
    // detail is its own slot).
    void prepare(std::size_t node, CompareScratch& scratch) const;
    // Heap-allocated and never moved: the tokens may point into `joined`.
    struct Detail {
        std::string joined;  // clause_text() of a clause with a lead; empty for the others
        CompareTokens tokens;
        std::vector<std::uint64_t> features;
        std::uint64_t key_hash = 0;
        bool key_empty = true;
        bool has_features = false;
    };
    Detail& detail(std::size_t node) const;
    Detail& detail(std::size_t node, CompareScratch& scratch) const;
    static void fill_features(Detail& d);

    // The roots, then the children of each node in turn (FlatNode::first_child).
    std::vector<std::uint32_t> child_ids_;
    std::size_t root_count_ = 0;
    mutable std::vector<std::unique_ptr<Detail>> details_;
    mutable std::unique_ptr<CompareScratch> scratch_;
};

// Nodes of one or two trees prepared ahead of use (FlatTree::prepared) by two threads at once:
// each thread that calls run() takes the next node no thread has taken yet, so the work splits
// itself evenly however late the second thread comes. Nodes must be distinct, and no other
// thread may use the trees until every run() has returned.
class PreparationQueue {
public:
    void add(const FlatTree& tree, const std::vector<std::size_t>& nodes);
    // Prepares nodes until none is left to take (with a scratch of the calling thread's own).
    void run();

private:
    std::vector<std::pair<const FlatTree*, std::size_t>> items_;
    std::atomic<std::size_t> next_{0};
};

// Iterative (nesting depth is input-controlled) and linear. Footnote markers are recognised from
// each clause's footnote_refs and from `footnote_labels` (the document's footnotes). Throws
// std::length_error for no_node clauses or more.
FlatTree flatten(const std::vector<model::Clause>& roots, const std::vector<std::string>& footnote_labels = {});

// A hash of the clause's lead, text and footnote references (not of its children): clauses
// that print the same give the same hash.
std::uint64_t clause_text_hash(const model::Clause& c);

// The clauses of each version (document order) whose lead, text and footnote references no
// clause of the other version has: in a revision, nearly all of them are the modified, added
// and removed ones.
struct UnsharedClauses {
    std::vector<const model::Clause*> old_only, new_only;
    std::vector<std::size_t> old_nodes, new_nodes;  // the same, as nodes of each tree
};
UnsharedClauses unshared_clauses(const FlatTree& old_tree, const FlatTree& new_tree);

// The clauses of each version (document order) whose lead, text and footnote references the
// other version prints too, but fewer times: at least that many of the copies stay unpaired
// by their words (removed or added clauses whose text is repeated elsewhere), though which of
// them only the alignment knows.
struct SurplusCopies {
    std::vector<const model::Clause*> old_copies, new_copies;
};
SurplusCopies surplus_copies(const FlatTree& old_tree, const FlatTree& new_tree);

// True when the two nodes print the same (lead, text and footnote references, under the same
// footnote labels): then their exact-match keys are the same too, and no token is built.
bool same_text(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j);

// True when the two nodes have the same exact-match key (the same text, or else the key hashes
// and then the keys themselves).
bool same_key(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j);

}  // namespace resdiff::diff
