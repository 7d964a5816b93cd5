#include "diff/entry_order.hpp"

#include <algorithm>

namespace resdiff::diff {

std::vector<EntrySlot> entry_order(const FlatTree& old_tree, const FlatTree& new_tree,
                                   const Alignment& a) {
    std::vector<EntrySlot> out;
    out.reserve(old_tree.nodes.size() + new_tree.nodes.size());
    // Work items: a new node (paired or added) or a removed old node.
    struct Item {
        bool is_new;
        std::size_t node;
    };
    std::vector<Item> stack;
    std::vector<Item> row;

    // The children to visit under a new node (or the root): its own children with the removed
    // children of its old partner interleaved where they stood.
    auto children_of_new = [&](std::size_t pn) {
        row.clear();
        const std::size_t po = pn == no_node ? no_node : a.new_to_old[pn];
        const NodeList news = new_tree.children_of(pn);
        if (pn != no_node && po == no_node) {
            for (std::size_t n : news) row.push_back({true, n});
            return;
        }
        const NodeList olds = old_tree.children_of(po);
        // Removed old children go after the new partner of their nearest paired elder sibling,
        // if that partner sits in this list; otherwise at the front.
        std::vector<std::vector<std::size_t>> after(news.size());
        std::vector<std::size_t> front;
        std::size_t anchor = no_node;  // index in `news` of the last usable elder's partner
        for (std::size_t o : olds) {
            const std::size_t n = a.old_to_new[o];
            if (n != no_node) {
                if (new_tree.nodes[n].parent == pn) anchor = new_tree.nodes[n].index_in_parent;
                continue;
            }
            (anchor == no_node ? front : after[anchor]).push_back(o);
        }
        for (std::size_t o : front) row.push_back({false, o});
        for (std::size_t i = 0; i < news.size(); ++i) {
            row.push_back({true, news[i]});
            for (std::size_t o : after[i]) row.push_back({false, o});
        }
    };

    auto push_row = [&] {
        for (auto it = row.rbegin(); it != row.rend(); ++it) stack.push_back(*it);
    };

    children_of_new(no_node);
    push_row();
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        if (item.is_new) {
            out.push_back({a.new_to_old[item.node], item.node});
            children_of_new(item.node);
        } else {
            out.push_back({item.node, no_node});
            row.clear();
            for (std::size_t o : old_tree.children_of(item.node))
                if (a.old_to_new[o] == no_node) row.push_back({false, o});
        }
        push_row();
    }
    return out;
}

}  // namespace resdiff::diff
