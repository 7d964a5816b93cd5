#include "diff/flat_tree.hpp"

#include "text/hash.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace resdiff::diff {

std::uint64_t clause_text_hash(const model::Clause& c) {
    std::uint64_t h = 0x6a09e667f3bcc908ULL;
    if (c.lead && !c.lead->empty()) h = text::hash_bytes(*c.lead, h) ^ (c.text.empty() ? 0 : 1);
    h = text::hash_bytes(c.text, h);
    for (const auto& r : c.footnote_refs) h = text::hash_bytes(r, h);
    return h;
}

UnsharedClauses unshared_clauses(const FlatTree& old_tree, const FlatTree& new_tree) {
    auto hashes = [](const FlatTree& tree) {
        std::unordered_set<std::uint64_t> set;
        set.reserve(tree.nodes.size());
        for (const auto& node : tree.nodes) set.insert(node.text_hash);
        return set;
    };
    const auto old_hashes = hashes(old_tree), new_hashes = hashes(new_tree);
    // A hash collision only leaves a clause out of a list, never puts a wrong one in it.
    UnsharedClauses out;
    for (std::size_t i = 0; i < old_tree.nodes.size(); ++i)
        if (!new_hashes.count(old_tree.nodes[i].text_hash)) {
            out.old_only.push_back(old_tree.nodes[i].clause);
            out.old_nodes.push_back(i);
        }
    for (std::size_t i = 0; i < new_tree.nodes.size(); ++i)
        if (!old_hashes.count(new_tree.nodes[i].text_hash)) {
            out.new_only.push_back(new_tree.nodes[i].clause);
            out.new_nodes.push_back(i);
        }
    return out;
}

SurplusCopies surplus_copies(const FlatTree& old_tree, const FlatTree& new_tree) {
    std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> counts;  // old, new
    counts.reserve(old_tree.nodes.size() + new_tree.nodes.size());
    for (const auto& node : old_tree.nodes) ++counts[node.text_hash].first;
    for (const auto& node : new_tree.nodes) ++counts[node.text_hash].second;
    SurplusCopies out;
    for (const auto& node : old_tree.nodes) {
        const auto [in_old, in_new] = counts[node.text_hash];
        if (in_new > 0 && in_old > in_new) out.old_copies.push_back(node.clause);
    }
    for (const auto& node : new_tree.nodes) {
        const auto [in_old, in_new] = counts[node.text_hash];
        if (in_old > 0 && in_new > in_old) out.new_copies.push_back(node.clause);
    }
    return out;
}

FlatTree flatten(const std::vector<model::Clause>& roots, const std::vector<std::string>& footnote_labels) {
    FlatTree tree;
    tree.footnote_labels = footnote_labels;
    std::size_t count = 0, joined_bytes = 0;
    model::for_each_clause(roots, [&](const model::Clause& c, std::size_t) {
        ++count;
        if (c.lead && !c.lead->empty()) joined_bytes += c.lead->size() + 1 + c.text.size();
    });
    tree.nodes.reserve(count);
    // Reserved once: node texts point into it.
    tree.texts_.reserve(joined_bytes);
    tree.details_.resize(count);
    std::vector<std::size_t> last_at_depth;  // most recent node at each depth: the parent chain
    model::for_each_clause(roots, [&](const model::Clause& c, std::size_t depth) {
        const std::size_t id = tree.nodes.size();
        tree.nodes.emplace_back();
        FlatNode& node = tree.nodes.back();
        node.clause = &c;
        node.depth = depth;
        if (depth == 0) {
            node.index_in_parent = tree.roots.size();
            tree.roots.push_back(id);
        } else {
            node.parent = last_at_depth[depth - 1];
            auto& siblings = tree.nodes[node.parent].children;
            node.index_in_parent = siblings.size();
            siblings.push_back(id);
        }
        if (last_at_depth.size() <= depth) last_at_depth.resize(depth + 1);
        last_at_depth[depth] = id;
        if (c.lead && !c.lead->empty()) {  // clause_text(c), kept in the tree
            const std::size_t at = tree.texts_.size();
            tree.texts_.insert(tree.texts_.end(), c.lead->begin(), c.lead->end());
            if (!c.text.empty()) tree.texts_.push_back(' ');
            tree.texts_.insert(tree.texts_.end(), c.text.begin(), c.text.end());
            node.text = std::string_view(tree.texts_.data() + at, tree.texts_.size() - at);
        } else {
            node.text = c.text;
        }
        node.text_hash = clause_text_hash(c);
    });
    return tree;
}

FlatTree::Detail& FlatTree::detail(std::size_t node) const {
    if (details_[node]) return *details_[node];
    if (!scratch_) scratch_ = std::make_unique<CompareScratch>();
    return detail(node, *scratch_);
}

FlatTree::Detail& FlatTree::detail(std::size_t node, CompareScratch& scratch) const {
    auto& d = details_[node];
    if (!d) {
        d = std::make_unique<Detail>();
        comparable_tokens_into(nodes[node].text, footnote_labels, nodes[node].clause->footnote_refs, scratch,
                               d->tokens);
        d->key_hash = key_hash_of(d->tokens, d->key_empty);
    }
    return *d;
}

const CompareTokens& FlatTree::tokens(std::size_t node) const { return detail(node).tokens; }

void FlatTree::fill_features(Detail& d) {
    if (!d.has_features) {
        d.features = word_features(d.tokens);
        d.has_features = true;
    }
}

const std::vector<std::uint64_t>& FlatTree::features(std::size_t node) const {
    Detail& d = detail(node);
    fill_features(d);
    return d.features;
}

std::uint64_t FlatTree::key_hash(std::size_t node) const { return detail(node).key_hash; }

void FlatTree::prepare(std::size_t node, CompareScratch& scratch) const { fill_features(detail(node, scratch)); }

void PreparationQueue::add(const FlatTree& tree, const std::vector<std::size_t>& nodes) {
    for (const std::size_t node : nodes) items_.emplace_back(&tree, node);
}

void PreparationQueue::run() {
    thread_local CompareScratch scratch;  // reused by the thread from one comparison to the next
    for (std::size_t i = next_.fetch_add(1, std::memory_order_relaxed); i < items_.size();
         i = next_.fetch_add(1, std::memory_order_relaxed))
        items_[i].first->prepare(items_[i].second, scratch);
}

bool FlatTree::key_empty(std::size_t node) const {
    // A printable ASCII character stays in its token's key (folding and marker stripping keep
    // it), and the first token with a key is never folded away as a marker: such a text has a
    // key, and no token need be built to say so (the alignment asks this of every free clause).
    const std::string_view text = nodes[node].text;
    if (std::any_of(text.begin(), text.end(), [](char c) { return c > ' ' && c < 0x7F; })) return false;
    return detail(node).key_empty;
}

std::string FlatTree::key(std::size_t node) const { return join_keys(tokens(node)); }

bool same_text(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j) {
    const FlatNode& x = a.nodes[i];
    const FlatNode& y = b.nodes[j];
    // The key is a function of the text and the labels: the same text gives the same key.
    return x.text_hash == y.text_hash && x.text == y.text &&
           x.clause->footnote_refs == y.clause->footnote_refs && (&a == &b || a.footnote_labels == b.footnote_labels);
}

bool same_key(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j) {
    if (same_text(a, i, b, j)) return true;
    if (a.key_hash(i) != b.key_hash(j) || a.key_empty(i) != b.key_empty(j)) return false;
    return a.key(i) == b.key(j);
}

}  // namespace resdiff::diff
