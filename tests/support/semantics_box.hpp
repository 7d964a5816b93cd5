#pragma once
// Whether a clause holds a box of semantics: one without reads the single shared empty value
// (model::Clause::semantics), so the address tells.

#include "model/document.hpp"

namespace resdiff::testing {

inline bool has_semantics_box(const model::Clause& c) {
    static const model::Clause bare;
    return &c.semantics() != &bare.semantics();
}

}  // namespace resdiff::testing
