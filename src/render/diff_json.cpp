// `diff --format json`: format resdiff-diff/1, streamed an entry at a time.
#include "render/json_values.hpp"
#include "render/labels.hpp"
#include "render/render.hpp"

#include "diff/side_thread.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

namespace resdiff::render {

namespace {

using detail::Json;

// Below this many entries the report is written on one thread.
constexpr std::size_t kEntriesForTwoThreads = 4096;
// Entries per stretch when two threads take turns (a couple of megabytes of a large report).
constexpr std::size_t kStretch = 2048;

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

// The entries in stretches of kStretch, taken in turns: the even stretches written here straight
// to the stream, the odd ones into memory on another thread, each handed over when the stretch
// before it is out. Both threads write at once, and the other thread waits when it is two
// stretches ahead: a report held in memory by halves (10 MB of a 20 MB report) cost more in
// page faults than the second thread saved.
void write_in_turns(std::ostream& stream, detail::JsonOut& out, detail::ArrayWriter& entries,
                    const std::vector<diff::ClauseEntry>& list, std::size_t indent) {
    const std::size_t stretches = (list.size() + kStretch - 1) / kStretch;
    auto stretch_end = [&](std::size_t s) { return std::min(list.size(), (s + 1) * kStretch); };
    std::vector<std::string> written(stretches);
    std::vector<char> ready(stretches, 0);
    std::size_t out_to = 0;  // stretches [0, out_to) are out
    bool failed = false;
    std::mutex m;
    std::condition_variable changed;
    diff::SideThread side;
    side.start([&] {
        try {
            for (std::size_t s = 1; s < stretches; s += 2) {
                {
                    std::unique_lock<std::mutex> lock(m);
                    changed.wait(lock, [&] { return s <= out_to + 3; });
                }
                detail::JsonOut memory;
                detail::ArrayWriter rest(memory, indent, detail::ArrayWriter::Continued{});
                for (std::size_t i = s * kStretch; i < stretch_end(s); ++i) {
                    rest.next();
                    write_entry(memory, list[i], rest.element_indent());
                }
                std::string text = memory.take();
                {
                    const std::lock_guard<std::mutex> lock(m);
                    written[s] = std::move(text);
                    ready[s] = 1;
                }
                changed.notify_all();
            }
        } catch (...) {
            {
                const std::lock_guard<std::mutex> lock(m);
                failed = true;
            }
            changed.notify_all();
            throw;
        }
    });
    for (std::size_t s = 0; s < stretches; s += 2) {
        for (std::size_t i = s * kStretch; i < stretch_end(s); ++i) {
            entries.next();
            write_entry(out, list[i], entries.element_indent());
        }
        if (s + 1 == stretches) break;
        std::string text;
        {
            std::unique_lock<std::mutex> lock(m);
            changed.wait(lock, [&] { return ready[s + 1] || failed; });
            if (!ready[s + 1]) break;  // join() below throws the other thread's error
            text = std::move(written[s + 1]);
        }
        out.flush();
        stream.write(text.data(), static_cast<std::streamsize>(text.size()));
        {
            const std::lock_guard<std::mutex> lock(m);
            out_to = s + 2;
        }
        changed.notify_all();
    }
    side.join();
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
    if (concurrent && d.entries.size() >= kEntriesForTwoThreads) {
        write_in_turns(stream, out, entries, d.entries, j.value_indent());  // 20 MB for two 10 MB versions
    } else {
        for (const auto& e : d.entries) {
            entries.next();
            write_entry(out, e, entries.element_indent());
        }
    }
    entries.close();
    j.close();
    out << '\n';
    out.flush();
}

}  // namespace resdiff::render
