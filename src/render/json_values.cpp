#include "render/json_values.hpp"

#include <ostream>
#include <vector>

namespace resdiff::render::detail {

namespace {

Json strings(const std::vector<std::string>& v) {
    Json a = Json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

Json obligation_json(const std::optional<model::Obligation>& o) {
    if (!o) return nullptr;
    Json j = Json::object();
    j["verb"] = o->verb;
    j["strength"] = o->strength;
    j["modal"] = optional_string(o->modal);
    j["binding"] = o->binding;
    return j;
}

Json durations_json(const std::vector<model::Duration>& ds) {
    Json a = Json::array();
    for (const auto& d : ds) {
        Json j = Json::object();
        j["text"] = d.text;
        j["until"] = optional_string(d.until);
        j["period"] = optional_string(d.period);
        j["role"] = model::to_string(d.role);
        a.push_back(std::move(j));
    }
    return a;
}

Json scope_json(const model::Scope& s) {
    Json j = Json::object();
    j["places"] = strings(s.places);
    j["actors"] = strings(s.actors);
    j["quantities"] = strings(s.quantities);
    j["tasks"] = strings(s.tasks);
    j["qualifiers"] = strings(s.qualifiers);
    return j;
}

// One clause without its children; "children" is the last key, an empty array to fill.
Json clause_shell(const model::Clause& c) {
    Json j = Json::object();
    j["id"] = c.id;
    j["kind"] = model::to_string(c.kind);
    j["number"] = optional_string(c.number);
    j["lead"] = optional_string(c.lead);
    j["text"] = c.text;
    j["line"] = c.line;
    j["column"] = c.column;
    j["footnote_refs"] = strings(c.footnote_refs);
    j["obligation"] = obligation_json(c.obligation);
    j["durations"] = durations_json(c.durations);
    j["scope"] = scope_json(c.scope);
    j["children"] = Json::array();
    return j;
}

}  // namespace

Json optional_string(const std::optional<std::string>& s) {
    if (!s) return nullptr;
    return *s;
}

Json metadata_json(const model::Metadata& m) {
    Json j = Json::object();
    j["organ"] = optional_string(m.organ);
    j["symbol"] = optional_string(m.symbol);
    j["date"] = optional_string(m.date);
    j["draft"] = m.draft;
    j["title"] = optional_string(m.title);
    j["sponsors"] = optional_string(m.sponsors);
    j["adoption"] = optional_string(m.adoption);
    j["meeting"] = optional_string(m.meeting);
    return j;
}

Json clauses_json(const std::vector<model::Clause>& roots) {
    Json result = Json::array();
    // open[d] is the array that receives clauses of depth d. A pointer stays valid: an array
    // only grows when the walk comes back to its depth, after every deeper pointer is dropped.
    std::vector<Json*> open{&result};
    model::for_each_clause(roots, [&](const model::Clause& c, std::size_t depth) {
        open.resize(depth + 1);
        Json& list = *open[depth];
        list.push_back(clause_shell(c));
        open.push_back(&list.back()["children"]);
    });
    return result;
}

Json document_value(const model::Document& doc) {
    Json j = Json::object();
    j["format"] = "resdiff-document/1";
    j["source"] = doc.source;
    j["metadata"] = metadata_json(doc.metadata);
    j["enacting_formula"] = optional_string(doc.enacting_formula);
    j["clauses"] = clauses_json(doc.clauses);

    Json annexes = Json::array();
    for (const auto& a : doc.annexes) {
        Json x = Json::object();
        x["id"] = a.id;
        x["title"] = a.title;
        x["text"] = a.text;
        x["line"] = a.line;
        annexes.push_back(std::move(x));
    }
    j["annexes"] = std::move(annexes);

    Json footnotes = Json::array();
    for (const auto& f : doc.footnotes) {
        Json x = Json::object();
        x["label"] = f.label;
        x["text"] = f.text;
        x["line"] = f.line;
        footnotes.push_back(std::move(x));
    }
    j["footnotes"] = std::move(footnotes);

    Json warnings = Json::array();
    for (const auto& w : doc.warnings) {
        Json x = Json::object();
        x["line"] = w.line;
        x["column"] = w.column;
        x["message"] = w.message;
        warnings.push_back(std::move(x));
    }
    j["warnings"] = std::move(warnings);

    Json basis = Json::object();
    basis["chapter_vii"] = doc.legal_basis.chapter_vii;
    basis["clause"] = optional_string(doc.legal_basis.clause);
    j["legal_basis"] = std::move(basis);

    Json mandates = Json::array();
    for (const auto& m : doc.mandates) {
        Json x = Json::object();
        x["clause"] = m.clause;
        x["verb"] = m.verb;
        x["action"] = m.action;
        x["actor"] = optional_string(m.actor);
        x["until"] = optional_string(m.until);
        x["period"] = optional_string(m.period);
        x["places"] = strings(m.places);
        x["tasks"] = strings(m.tasks);
        mandates.push_back(std::move(x));
    }
    j["mandates"] = std::move(mandates);
    return j;
}

void write_json(std::ostream& out, const Json& value) {
    out << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace resdiff::render::detail
