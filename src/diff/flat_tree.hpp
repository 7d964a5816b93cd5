#pragma once
// A clause tree flattened into an array (document order, parents first). Per clause, flatten
// computes only a 64-bit hash of the exact-match key; the comparison tokens and the fuzzy
// features are built on first use, which in a revision is for the few clauses that are not
// matched exactly.

#include "diff/clause_text.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace resdiff::diff {

inline constexpr std::size_t no_node = static_cast<std::size_t>(-1);

struct FlatNode {
    const model::Clause* clause = nullptr;
    std::size_t parent = no_node;  // no_node for top-level clauses
    std::size_t depth = 0;
    std::size_t index_in_parent = 0;
    std::vector<std::size_t> children;
    std::string_view text;       // clause_text(): the clause's own text, or lead + text in the tree
    std::uint64_t key_hash = 0;  // hash of the exact-match key join_keys(comparable tokens)
    bool key_empty = true;       // the key is ""
};

// Exact-match keys by clause text, shared by the flatten calls of one comparison: a clause
// whose text (and footnote references) the other version has too is not tokenized again.
// Points into the trees flattened with it, which must outlive its use.
class FlatTree;

class KeyCache {
public:
    // Notes the clauses of the version flattened second, before flattening the first: a clause
    // of the first whose text is not among them keeps its tokens at once (it will need them).
    void expect(const std::vector<model::Clause>& roots);

private:
    friend FlatTree flatten(const std::vector<model::Clause>&, const std::vector<std::string>&, KeyCache*);
    struct Entry {
        std::string_view text;
        const std::vector<std::string>* refs = nullptr;
        std::uint64_t key_hash = 0;
        bool key_empty = true;
    };
    std::vector<std::string> labels_;  // the labels its keys were made with
    bool used_ = false;
    std::unordered_map<std::uint64_t, Entry> by_text_;
    std::unordered_set<std::uint64_t> expected_;  // text hashes of the other version's clauses
};

// Nodes' texts and lazily built tokens point into storage the tree owns on the heap, so the
// tree is move-only: moving keeps every view valid. The lazy parts make const accessors write
// caches: one tree must not be used by two threads at once.
class FlatTree {
public:
    std::vector<FlatNode> nodes;
    std::vector<std::size_t> roots;
    std::vector<std::string> footnote_labels;  // as given to flatten

    FlatTree() = default;
    FlatTree(const FlatTree&) = delete;
    FlatTree& operator=(const FlatTree&) = delete;
    FlatTree(FlatTree&&) = default;
    FlatTree& operator=(FlatTree&&) = default;

    // Children of `node`, or the roots for no_node.
    const std::vector<std::size_t>& children_of(std::size_t node) const {
        return node == no_node ? roots : nodes[node].children;
    }

    // comparable_tokens of the node's text (built on first use, then kept).
    const std::vector<CompareToken>& tokens(std::size_t node) const;
    // word_features of those tokens (built on first use, then kept).
    const std::vector<std::uint64_t>& features(std::size_t node) const;
    // The exact-match key itself, join_keys(tokens) (built each call: tests and hash collisions).
    std::string key(std::size_t node) const;

private:
    friend FlatTree flatten(const std::vector<model::Clause>&, const std::vector<std::string>&, KeyCache*);
    struct Detail {
        CompareTokens tokens;
        std::vector<std::uint64_t> features;
        bool has_features = false;
    };
    Detail& detail(std::size_t node) const;

    std::vector<char> texts_;  // lead + " " + text of the clauses that have a lead
    mutable std::vector<std::unique_ptr<Detail>> details_;
    mutable std::unique_ptr<CompareScratch> scratch_;
};

// Iterative (nesting depth is input-controlled). Footnote markers are recognised from each
// clause's footnote_refs and from `footnote_labels` (the document's footnotes).
// With a cache, keys of texts seen before are taken from it; a clause it does not know is
// likely to be matched by words, so its tokens are kept at once when the cache was filled by
// another tree.
FlatTree flatten(const std::vector<model::Clause>& roots,
                 const std::vector<std::string>& footnote_labels = {}, KeyCache* cache = nullptr);

// A hash of the clause's lead, text and footnote references (not of its children): clauses
// that print the same give the same hash.
std::uint64_t clause_text_hash(const model::Clause& c);

// The clauses of each version (at any depth, document order) whose lead, text and footnote
// references no clause of the other version has: in a revision, nearly all of them are the
// modified, added and removed ones.
struct UnsharedClauses {
    std::vector<const model::Clause*> old_only, new_only;
};
UnsharedClauses unshared_clauses(const std::vector<model::Clause>& old_roots,
                                 const std::vector<model::Clause>& new_roots);

// True when the two nodes have the same exact-match key (hash first, then the text, then the
// keys themselves).
bool same_key(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j);

}  // namespace resdiff::diff
