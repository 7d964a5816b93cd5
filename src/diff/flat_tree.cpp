#include "diff/flat_tree.hpp"

#include "diff/clause_text.hpp"

namespace resdiff::diff {

FlatTree flatten(const std::vector<model::Clause>& roots,
                 const std::vector<std::string>& footnote_labels) {
    FlatTree tree;
    std::size_t count = 0;
    model::for_each_clause(roots, [&](const model::Clause&, std::size_t) { ++count; });
    // Reserved once: tokens point into node strings, which must not move (short strings would).
    tree.nodes.reserve(count);
    std::vector<std::string> labels;
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
        node.text = clause_text(c);
        labels = footnote_labels;
        labels.insert(labels.end(), c.footnote_refs.begin(), c.footnote_refs.end());
        node.tokens = comparable_tokens(node.text, labels);
        node.key = join_keys(node.tokens);
        node.features = word_features(node.tokens);
    });
    return tree;
}

}  // namespace resdiff::diff
