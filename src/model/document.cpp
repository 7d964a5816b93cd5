#include "model/document.hpp"

namespace resdiff::model {

const char* to_string(ClauseKind kind) {
    switch (kind) {
    case ClauseKind::preambular: return "preambular";
    case ClauseKind::operative: return "operative";
    case ClauseKind::subparagraph: return "subparagraph";
    }
    return "operative";
}

const char* to_string(DurationRole role) {
    switch (role) {
    case DurationRole::until: return "until";
    case DurationRole::period: return "period";
    case DurationRole::deadline: return "deadline";
    case DurationRole::interval: return "interval";
    }
    return "until";
}

Clause::~Clause() {
    if (children.empty()) return;
    // Move every descendant onto one flat stack; each is destroyed with no children left.
    std::vector<Clause> pending = std::move(children);
    while (!pending.empty()) {
        Clause last = std::move(pending.back());
        pending.pop_back();
        for (Clause& child : last.children) pending.push_back(std::move(child));
        last.children.clear();
    }
}

const Clause* find_clause(const Document& doc, const std::string& id) {
    const Clause* found = nullptr;
    for_each_clause(doc.clauses, [&](const Clause& c, std::size_t) {
        if (!found && c.id == id) found = &c;
    });
    return found;
}

}  // namespace resdiff::model
