// `diff --format json`: format resdiff-diff/1, streamed an entry at a time.
#include "render/json_values.hpp"
#include "render/labels.hpp"
#include "render/render.hpp"

#include "diff/side_thread.hpp"

#include <ostream>
#include <string>

namespace resdiff::render {

namespace {

using detail::Json;

// Below this many entries the report is written on one thread.
constexpr std::size_t kEntriesForTwoThreads = 4096;

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

// One entry, streamed: its texts are most of the report and are written without a copy.
void write_entry(detail::JsonOut& out, const diff::ClauseEntry& e, std::size_t indent) {
    detail::ObjectWriter j(out, indent);
    j.optional_string_member("old", e.old_id);
    j.optional_string_member("new", e.new_id);
    j.string_member("status", detail::status_name(e.status));
    j.bool_member("moved", e.moved);
    j.bool_member("renumbered", e.renumbered);
    j.optional_string_member("split_from", e.split_from);
    j.optional_string_member("merged_into", e.merged_into);
    j.string_member("kind", model::to_string(e.kind));
    j.number_member("depth", e.depth);
    if (e.findings.empty()) {  // most entries: no value to build
        j.key("findings");
        out << "[]";
    } else {
        j.member("findings", detail::findings_json(e.findings));
    }
    j.key("edits");
    std::vector<diff::Edit> made;
    detail::write_edits(out, diff::entry_edits(e, made), j.value_indent());
    j.close();
}

}  // namespace

void diff_json(std::ostream& stream, const diff::DocumentDiff& d, bool concurrent) {
    // Streamed an entry at a time (no DOM of the whole diff); the bytes are those of the whole
    // value printed by detail::write_json.
    detail::JsonOut out(stream);
    detail::ObjectWriter j(out, 0);
    j.member("format", "resdiff-diff/1");
    j.member("old", side_json(d.old_doc));
    j.member("new", side_json(d.new_doc));
    j.member("summary", detail::summary_json(d.summary));
    j.key("clauses");
    detail::ArrayWriter entries(out, j.value_indent());
    // A large report (20 MB for two 10 MB versions) is written in two halves at once: the
    // second into memory on another thread, handed over when the first is out.
    const std::size_t count = d.entries.size();
    const std::size_t half = concurrent && count >= kEntriesForTwoThreads ? count / 2 : count;
    detail::JsonOut second_half;  // in memory
    diff::SideThread side;
    if (half < count)
        side.start([&] {
            detail::ArrayWriter rest(second_half, j.value_indent(), detail::ArrayWriter::Continued{});
            for (std::size_t i = half; i < count; ++i) {
                rest.next();
                write_entry(second_half, d.entries[i], rest.element_indent());
            }
        });
    for (std::size_t i = 0; i < half; ++i) {
        entries.next();
        write_entry(out, d.entries[i], entries.element_indent());
    }
    if (half < count) {
        side.join();
        out.flush();
        const std::string tail = second_half.take();
        stream.write(tail.data(), static_cast<std::streamsize>(tail.size()));
    }
    entries.close();
    j.close();
    out << '\n';
    out.flush();
}

}  // namespace resdiff::render
