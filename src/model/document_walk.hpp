#pragma once
// Iterative depth-first walk over a clause tree (no recursion: sub-paragraph nesting is
// input-controlled and may be thousands deep).

#include <cstddef>
#include <vector>

namespace resdiff::model {

namespace detail {
// Vec is std::vector<Clause> or const std::vector<Clause>; constness carries to the callback.
template <class Vec, class Fn>
void walk(Vec& roots, Fn&& fn) {
    struct Frame {
        Vec* list;
        std::size_t index;
        std::size_t depth;
    };
    std::vector<Frame> stack{{&roots, 0, 0}};
    while (!stack.empty()) {
        Frame& top = stack.back();
        if (top.index == top.list->size()) {
            stack.pop_back();
            continue;
        }
        auto& clause = (*top.list)[top.index++];
        const std::size_t depth = top.depth;
        fn(clause, depth);
        if (!clause.children.empty()) stack.push_back({&clause.children, 0, depth + 1});
    }
}
}  // namespace detail

// fn(clause, depth) with depth 0 for top-level clauses.
template <class Fn>
void for_each_clause(const std::vector<Clause>& roots, Fn&& fn) {
    detail::walk(roots, fn);
}
template <class Fn>
void for_each_clause(std::vector<Clause>& roots, Fn&& fn) {
    detail::walk(roots, fn);
}

}  // namespace resdiff::model
