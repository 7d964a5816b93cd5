#pragma once
// Hand-built documents for the diff tests.

#include "model/document.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace resdiff::testing {

inline model::Clause make_clause(std::string id, model::ClauseKind kind,
                                 std::optional<std::string> number,
                                 std::optional<std::string> lead, std::string text,
                                 std::vector<model::Clause> children = {}) {
    model::Clause c;
    c.id = std::move(id);
    c.kind = kind;
    c.number = std::move(number);
    c.lead = std::move(lead);
    c.text = std::move(text);
    c.children = std::move(children);
    return c;
}

inline model::Clause pp(int n, std::string lead, std::string text) {
    return make_clause("pp" + std::to_string(n), model::ClauseKind::preambular, std::nullopt,
                       std::move(lead), std::move(text));
}

inline model::Clause op(const std::string& num, std::string lead, std::string text,
                        std::vector<model::Clause> children = {}) {
    for (auto& c : children) c.id = "op" + num + "." + c.id;
    return make_clause("op" + num, model::ClauseKind::operative, num, std::move(lead),
                       std::move(text), std::move(children));
}

// Sub-paragraph; op() prefixes its id with the parent's.
inline model::Clause sub(const std::string& label, std::string text) {
    return make_clause(label, model::ClauseKind::subparagraph, label, std::nullopt, std::move(text));
}

inline model::Document doc(std::vector<model::Clause> clauses) {
    model::Document d;
    d.source = "test";
    d.clauses = std::move(clauses);
    return d;
}

inline model::Obligation obligation(std::string verb, int strength,
                                    std::optional<std::string> modal = std::nullopt,
                                    bool binding = false) {
    model::Obligation o;
    o.verb = std::move(verb);
    o.strength = strength;
    o.modal = std::move(modal);
    o.binding = binding;
    return o;
}

inline model::Duration until(std::string text, std::string iso) {
    model::Duration d;
    d.text = std::move(text);
    d.until = std::move(iso);
    d.role = model::DurationRole::until;
    return d;
}

inline model::Duration period(std::string text, std::string iso) {
    model::Duration d;
    d.text = std::move(text);
    d.period = std::move(iso);
    d.role = model::DurationRole::period;
    return d;
}

}  // namespace resdiff::testing
