// `history --format json`: format resdiff-history/1. Version numbers are 1-based throughout
// (`index`, `from`, `to`, `first_seen`, `last_seen`, blame `version`).
#include "render/history_render.hpp"
#include "render/json_values.hpp"
#include "render/labels.hpp"

namespace resdiff::render {

namespace {

using detail::Json;

Json string_list(const std::vector<std::string>& v) {
    Json a = Json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

Json version_json(const history::Version& v, std::size_t index) {
    Json j = Json::object();
    j["index"] = index + 1;
    j["source"] = v.doc->source;
    j["label"] = v.label;
    j["metadata"] = detail::metadata_json(v.doc->metadata);
    Json mandates = Json::array();
    for (const auto& m : v.doc->mandates) {
        Json x = Json::object();
        x["clause"] = m.clause;
        x["verb"] = m.verb;
        x["until"] = detail::optional_string(m.until);
        x["period"] = detail::optional_string(m.period);
        mandates.push_back(std::move(x));
    }
    j["mandates"] = std::move(mandates);
    return j;
}

Json step_entry_json(const diff::ClauseEntry& e) {
    Json j = Json::object();
    j["status"] = detail::status_name(e.status);
    j["moved"] = e.moved;
    j["renumbered"] = e.renumbered;
    j["split_from"] = detail::optional_string(e.split_from);
    j["merged_into"] = detail::optional_string(e.merged_into);
    j["findings"] = detail::findings_json(e.findings);
    // Edits only for modified clauses: an added or removed clause is its own text.
    j["edits"] = e.status == diff::Status::modified ? detail::edits_json(e.edits) : Json::array();
    return j;
}

Json chain_json(const history::History& h, const history::Chain& c) {
    Json j = Json::object();
    Json ids = Json::array();
    for (const auto& id : c.ids) ids.push_back(detail::optional_string(id));
    j["ids"] = std::move(ids);
    j["kind"] = model::to_string(c.kind);
    j["depth"] = c.depth;
    j["first_seen"] = c.first_seen + 1;
    j["last_seen"] = c.last_seen + 1;
    j["since_first"] = history::to_string(h.since_first(c));
    j["since_previous"] = history::to_string(h.since_previous(c));
    Json steps = Json::array();
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto* e = h.entry(c, k);
        steps.push_back(e ? step_entry_json(*e) : Json(nullptr));
    }
    j["steps"] = std::move(steps);
    return j;
}

Json obligation_value(const std::optional<model::Obligation>& o) {
    if (!o) return nullptr;
    Json j = Json::object();
    j["verb"] = o->verb;
    j["strength"] = o->strength;
    j["modal"] = detail::optional_string(o->modal);
    j["binding"] = o->binding;
    return j;
}

Json state_json(const history::MandateState& s) {
    Json j = Json::object();
    j["clause"] = s.clause;
    j["mandate"] = s.mandate;
    j["verb"] = s.verb;
    j["action"] = detail::text_or_null(s.action);
    j["actor"] = detail::optional_string(s.actor);
    j["until"] = detail::optional_string(s.until);
    j["period"] = detail::optional_string(s.period);
    j["places"] = string_list(s.places);
    j["tasks"] = string_list(s.tasks);
    j["quantities"] = string_list(s.quantities);
    j["obligation"] = obligation_value(s.obligation);
    Json durations = Json::array();
    for (const auto& d : s.durations) {
        Json x = Json::object();
        x["text"] = d.text;
        x["until"] = detail::optional_string(d.until);
        x["period"] = detail::optional_string(d.period);
        x["role"] = model::to_string(d.role);
        durations.push_back(std::move(x));
    }
    j["durations"] = std::move(durations);
    return j;
}

Json mandate_json(const history::History& h, const history::MandateTrack& t) {
    Json j = Json::object();
    Json ids = Json::array();
    for (const auto& id : h.chains[t.chain].ids) ids.push_back(detail::optional_string(id));
    j["ids"] = std::move(ids);
    j["mandate"] = t.mandate;
    Json versions = Json::array();
    for (const auto& s : t.states) versions.push_back(s ? state_json(*s) : Json(nullptr));
    j["versions"] = std::move(versions);
    return j;
}

}  // namespace

void history_json(std::ostream& out, const history::History& h) {
    Json j = Json::object();
    j["format"] = "resdiff-history/1";
    Json versions = Json::array();
    for (std::size_t i = 0; i < h.versions.size(); ++i) versions.push_back(version_json(h.versions[i], i));
    j["versions"] = std::move(versions);
    Json steps = Json::array();
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        Json s = Json::object();
        s["from"] = k + 1;
        s["to"] = k + 2;
        s["differs"] = h.steps[k].has_differences();
        s["summary"] = detail::summary_json(h.steps[k].summary);
        steps.push_back(std::move(s));
    }
    j["steps"] = std::move(steps);
    Json chains = Json::array();
    for (const auto& c : h.chains) chains.push_back(chain_json(h, c));
    j["chains"] = std::move(chains);
    Json mandates = Json::array();
    for (const auto& t : h.mandates) mandates.push_back(mandate_json(h, t));
    j["mandates"] = std::move(mandates);
    Json blame = Json::object();
    blame["version"] = h.versions.size();
    Json clauses = Json::array();
    for (const auto& b : h.blame) {
        Json x = Json::object();
        x["id"] = b.id;
        Json spans = Json::array();
        for (const auto& span : b.spans) {
            Json y = Json::object();
            y["version"] = span.version + 1;
            y["text"] = span.text;
            spans.push_back(std::move(y));
        }
        x["spans"] = std::move(spans);
        clauses.push_back(std::move(x));
    }
    blame["clauses"] = std::move(clauses);
    j["blame"] = std::move(blame);
    detail::write_json(out, j);
}

}  // namespace resdiff::render
