// `diff --format json`: format resdiff-diff/1, streamed an entry at a time.
#include "render/json_values.hpp"
#include "render/labels.hpp"
#include "render/render.hpp"

namespace resdiff::render {

namespace {

using detail::Json;

Json side_json(const model::Document* doc) {
    Json j = Json::object();
    if (!doc) {
        j["source"] = nullptr;
        j["metadata"] = nullptr;
        return j;
    }
    j["source"] = doc->source;
    j["metadata"] = detail::metadata_json(doc->metadata);
    return j;
}

Json summary_json(const diff::Summary& s) {
    Json clauses = Json::object();
    clauses["unchanged"] = s.clauses.unchanged;
    clauses["modified"] = s.clauses.modified;
    clauses["added"] = s.clauses.added;
    clauses["removed"] = s.clauses.removed;
    clauses["moved"] = s.clauses.moved;
    clauses["renumbered"] = s.clauses.renumbered;
    Json findings = Json::object();
    findings["obligation"] = s.findings.obligation;
    findings["duration"] = s.findings.duration;
    findings["scope"] = s.findings.scope;
    findings["wording"] = s.findings.wording;
    Json j = Json::object();
    j["clauses"] = std::move(clauses);
    j["findings"] = std::move(findings);
    return j;
}

Json text_or_null(const std::string& s) {
    if (s.empty()) return nullptr;
    return s;
}

Json entry_json(const diff::ClauseEntry& e) {
    Json j = Json::object();
    j["old"] = detail::optional_string(e.old_id);
    j["new"] = detail::optional_string(e.new_id);
    j["status"] = detail::status_name(e.status);
    j["moved"] = e.moved;
    j["renumbered"] = e.renumbered;
    j["split_from"] = detail::optional_string(e.split_from);
    j["merged_into"] = detail::optional_string(e.merged_into);
    j["kind"] = model::to_string(e.kind);
    j["depth"] = e.depth;
    Json findings = Json::array();
    for (const auto& f : e.findings) {
        Json x = Json::object();
        x["category"] = detail::category_name(f.category);
        x["direction"] = detail::direction_name(f.direction);
        x["old"] = text_or_null(f.old_text);
        x["new"] = text_or_null(f.new_text);
        x["message"] = f.message;
        findings.push_back(std::move(x));
    }
    j["findings"] = std::move(findings);
    Json edits = Json::array();
    for (const auto& ed : e.edits) {
        Json x = Json::object();
        x["op"] = detail::edit_op_name(ed.op);
        x["text"] = ed.text;
        edits.push_back(std::move(x));
    }
    j["edits"] = std::move(edits);
    return j;
}

}  // namespace

void diff_json(std::ostream& out, const diff::DocumentDiff& d) {
    // Streamed an entry at a time (no DOM of the whole diff); the bytes are those of the whole
    // value printed by detail::write_json.
    detail::ObjectWriter j(out, 0);
    j.member("format", "resdiff-diff/1");
    j.member("old", side_json(d.old_doc));
    j.member("new", side_json(d.new_doc));
    j.member("summary", summary_json(d.summary));
    j.key("clauses");
    detail::ArrayWriter entries(out, j.value_indent());
    for (const auto& e : d.entries) entries.element(entry_json(e));
    entries.close();
    j.close();
    out << '\n';
}

}  // namespace resdiff::render
