#pragma once
// Equal clause semantics in one box: resolutions repeat them (the same lead with nothing else
// found, "Requests the Secretary-General" with the same actor), and a large text otherwise holds
// one heap box per clause. The pool keeps one box of each distinct value seen; a clause interned
// later with an equal value drops its own box and shares the pool's.

#include "model/document.hpp"

#include <cstddef>
#include <unordered_set>

namespace resdiff::analyze {

// A hash over every field of ClauseSemantics, so that values equal by operator== hash alike and
// values that differ anywhere seldom collide.
std::size_t hash_semantics(const model::ClauseSemantics& found);

class SemanticsPool {
public:
    // Makes c share the box of semantics equal to its own interned before, or keeps c's box for
    // the equal ones to come. Only for semantics that are final: a later write to the clause is
    // still right (it gets a box of its own) but undoes the sharing. A clause without a box is
    // left alone.
    void intern(model::Clause& c);

    // How many distinct semantics the pool holds.
    std::size_t size() const noexcept { return boxes_.size(); }

private:
    using Box = model::Clause::SharedSemantics;
    struct Hash {
        std::size_t operator()(const Box& box) const { return hash_semantics(*box); }
    };
    struct Equal {
        bool operator()(const Box& a, const Box& b) const { return a.shares_with(b) || *a == *b; }
    };

    std::unordered_set<Box, Hash, Equal> boxes_;  // never empty boxes
};

}  // namespace resdiff::analyze
