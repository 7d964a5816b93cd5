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
    j["findings"] = detail::findings_json(e.findings);
    j["edits"] = detail::edits_json(e.edits);
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
    j.member("summary", detail::summary_json(d.summary));
    j.key("clauses");
    detail::ArrayWriter entries(out, j.value_indent());
    for (const auto& e : d.entries) entries.element(entry_json(e));
    entries.close();
    j.close();
    out << '\n';
}

}  // namespace resdiff::render
