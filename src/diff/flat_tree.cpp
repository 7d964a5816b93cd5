#include "diff/flat_tree.hpp"

#include "text/hash.hpp"

#include <algorithm>
#include <stdexcept>
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
    std::size_t count = 0;
    model::for_each_clause(roots, [&](const model::Clause&, std::size_t) { ++count; });
    if (count >= no_node)
        throw std::length_error("resdiff: too many clauses for a diff (4 billion or more)");
    tree.nodes.reserve(count);
    tree.details_.resize(count);
    // First the nodes, each node's first_child counting its children meanwhile; then those
    // counts become offsets into one list, and every node takes its place in its parent's run.
    std::vector<std::uint32_t> last_at_depth;  // most recent node at each depth: the parent chain
    model::for_each_clause(roots, [&](const model::Clause& c, std::size_t depth) {
        const auto id = static_cast<std::uint32_t>(tree.nodes.size());
        FlatNode& node = tree.nodes.emplace_back();
        node.clause = &c;
        node.depth = static_cast<std::uint32_t>(depth);  // below count
        if (depth == 0) {
            node.index_in_parent = static_cast<std::uint32_t>(tree.root_count_++);
        } else {
            node.parent = last_at_depth[depth - 1];
            node.index_in_parent = tree.nodes[node.parent].first_child++;
        }
        if (last_at_depth.size() <= depth) last_at_depth.resize(depth + 1);
        last_at_depth[depth] = id;
        node.text_hash = clause_text_hash(c);
    });
    auto offset = static_cast<std::uint32_t>(tree.root_count_);
    for (FlatNode& node : tree.nodes) offset += std::exchange(node.first_child, offset);
    tree.child_ids_.resize(count);
    for (std::uint32_t id = 0; id < count; ++id) {
        const FlatNode& node = tree.nodes[id];
        const std::uint32_t run = node.parent == no_node ? 0 : tree.nodes[node.parent].first_child;
        tree.child_ids_[run + node.index_in_parent] = id;
    }
    return tree;
}

namespace {

bool has_lead(const model::Clause& c) { return c.lead && !c.lead->empty(); }

std::string_view lead_of(const model::Clause& c) {
    return c.lead ? std::string_view(*c.lead) : std::string_view();
}

// clause_text(x) == clause_text(y) (a clause with lead "A" and text "B" prints what one with text
// "A B" prints), without joining the two when their leads line up, as they do whenever their
// hashes agree but for a collision.
bool same_printed_text(const model::Clause& x, const model::Clause& y) {
    if (lead_of(x).size() == lead_of(y).size()) return lead_of(x) == lead_of(y) && x.text == y.text;
    return clause_text(x) == clause_text(y);
}

}  // namespace

FlatTree::Detail& FlatTree::detail(std::size_t node) const {
    if (details_[node]) return *details_[node];
    if (!scratch_) scratch_ = std::make_unique<CompareScratch>();
    return detail(node, *scratch_);
}

FlatTree::Detail& FlatTree::detail(std::size_t node, CompareScratch& scratch) const {
    auto& d = details_[node];
    if (!d) {
        d = std::make_unique<Detail>();
        const model::Clause& c = *nodes[node].clause;
        // Only a clause with a lead needs its text joined (into the detail, which never moves).
        std::string_view text = c.text;
        if (has_lead(c)) {
            d->joined = clause_text(c);
            text = d->joined;
        }
        comparable_tokens_into(text, footnote_labels, c.footnote_refs, scratch, d->tokens);
        d->key_hash = key_hash_of(d->tokens, d->key_empty);
    }
    return *d;
}

bool FlatTree::text_empty(std::size_t node) const {
    const model::Clause& c = *nodes[node].clause;
    return c.text.empty() && !has_lead(c);
}

std::string_view FlatTree::compared_text(std::size_t node) const {
    const model::Clause& c = *nodes[node].clause;
    return has_lead(c) ? std::string_view(detail(node).joined) : std::string_view(c.text);
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
    const auto printable = [](std::string_view s) {
        return std::any_of(s.begin(), s.end(), [](char c) { return c > ' ' && c < 0x7F; });
    };
    const model::Clause& c = *nodes[node].clause;
    // (The blank that joins lead and text is not printable: the two parts say it all.)
    if (printable(c.text) || (c.lead && printable(*c.lead))) return false;
    return detail(node).key_empty;
}

std::string FlatTree::key(std::size_t node) const { return join_keys(tokens(node)); }

bool same_text(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j) {
    const FlatNode& x = a.nodes[i];
    const FlatNode& y = b.nodes[j];
    // The key is a function of the text and the labels: the same text gives the same key.
    return x.text_hash == y.text_hash && same_printed_text(*x.clause, *y.clause) &&
           x.clause->footnote_refs == y.clause->footnote_refs && (&a == &b || a.footnote_labels == b.footnote_labels);
}

bool same_key(const FlatTree& a, std::size_t i, const FlatTree& b, std::size_t j) {
    if (same_text(a, i, b, j)) return true;
    if (a.key_hash(i) != b.key_hash(j) || a.key_empty(i) != b.key_empty(j)) return false;
    return a.key(i) == b.key(j);
}

}  // namespace resdiff::diff
