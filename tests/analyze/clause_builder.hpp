#pragma once
// Hand-built model values for the analyze tests (helpers: designated initialisers with
// missing fields would warn).

#include "model/document.hpp"

#include <optional>
#include <string>
#include <utility>

namespace resdiff::testing {

inline model::Clause make_clause(std::string id, model::ClauseKind kind,
                                 std::optional<std::string> lead, std::string text,
                                 std::size_t line = 1) {
    model::Clause c;
    c.id = std::move(id);
    c.kind = kind;
    c.lead = std::move(lead);
    c.text = std::move(text);
    c.line = line;
    c.column = 1;
    return c;
}

inline model::Clause pp(std::string id, std::string lead, std::string text, std::size_t line = 1) {
    return make_clause(std::move(id), model::ClauseKind::preambular, std::move(lead),
                       std::move(text), line);
}

inline model::Clause op(std::string id, std::string lead, std::string text, std::size_t line = 1) {
    return make_clause(std::move(id), model::ClauseKind::operative, std::move(lead),
                       std::move(text), line);
}

inline model::Clause sub(std::string id, std::string text) {
    return make_clause(std::move(id), model::ClauseKind::subparagraph, std::nullopt,
                       std::move(text));
}

}  // namespace resdiff::testing
