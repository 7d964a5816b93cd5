// Obligation findings: the lead verb's strength, the modal, binding force.
#include "diff/classify_detail.hpp"

#include <array>
#include <utility>

namespace resdiff::diff::detail {

namespace {

// Modals ranked by how firmly they bind, for leads of equal strength ("Decides that ... shall"
// vs "Decides that ... should"). Unknown modals rank with "should".
int modal_rank(const std::optional<std::string>& modal) {
    if (!modal) return 0;
    static constexpr std::array<std::pair<std::string_view, int>, 10> ranks{{
        {"shall", 5}, {"must", 5}, {"is required to", 5}, {"are required to", 5}, {"will", 4},
        {"should", 3}, {"may", 1}, {"is invited to", 1}, {"are invited to", 1}, {"can", 1}}};
    const std::string key = phrase_key(*modal);
    for (const auto& [word, rank] : ranks)
        if (key == word) return rank;
    return 3;
}

std::string describe(const model::Obligation& o) {
    return o.modal ? o.verb + " … " + *o.modal : o.verb;
}

}  // namespace

void compare_obligation(const model::Clause* old_c, const model::Clause* new_c,
                        std::vector<Finding>& out) {
    const model::Obligation* o = old_c && old_c->obligation() ? &*old_c->obligation() : nullptr;
    const model::Obligation* n = new_c && new_c->obligation() ? &*new_c->obligation() : nullptr;
    if (!o && !n) return;
    if (!old_c || !new_c) {  // a whole clause added or removed: only binding ones matter here
        const model::Obligation* x = o ? o : n;
        if (!x->binding) return;
        const bool added = n != nullptr;
        out.push_back(make_finding(
            Category::obligation, added ? Direction::strengthened : Direction::weakened,
            added ? "" : describe(*x), added ? describe(*x) : "",
            std::string(added ? "binding provision added: " : "binding provision removed: ") +
                quote(describe(*x))));
        return;
    }
    if (!o || !n) {
        const model::Obligation* x = o ? o : n;
        if (!x->binding) return;
        out.push_back(make_finding(Category::obligation, n ? Direction::strengthened : Direction::weakened,
                                   o ? describe(*o) : "", n ? describe(*n) : "",
                                   n ? "clause made binding: " + quote(describe(*n))
                                     : "clause no longer binding: " + quote(describe(*o))));
        return;
    }
    const int by_strength = n->strength - o->strength;
    const int by_modal = modal_rank(n->modal) - modal_rank(o->modal);
    const int delta = by_strength != 0 ? by_strength : by_modal;
    if (delta != 0) {
        const bool up = delta > 0;
        out.push_back(make_finding(Category::obligation, up ? Direction::strengthened : Direction::weakened,
                                   describe(*o), describe(*n),
                                   std::string("obligation ") + (up ? "strengthened" : "weakened") +
                                       " from " + quote(describe(*o)) + " to " + quote(describe(*n))));
        return;
    }
    if (o->binding != n->binding) {
        out.push_back(make_finding(Category::obligation,
                                   n->binding ? Direction::strengthened : Direction::weakened,
                                   describe(*o), describe(*n),
                                   n->binding ? "clause made binding: " + quote(describe(*n))
                                              : "clause no longer binding: " + quote(describe(*o))));
    }
}

}  // namespace resdiff::diff::detail
