// `history --format markdown`: the versions, the timeline as tables, the mandates across the
// versions, then each clause with a story (GitHub-flavoured: tables, ~~strikethrough~~). All
// document text goes through escape_markdown.
#include "render/history_render.hpp"
#include "render/labels.hpp"
#include "render/redline.hpp"

#include <string>
#include <vector>

namespace resdiff::render {

namespace {

constexpr std::size_t context_words = 12;

std::string md(std::string_view s) { return escape_markdown(s, false); }
std::string tag(std::size_t v) { return history::version_tag(v); }
std::string step_tag(std::size_t k) { return tag(k) + " \u2192 " + tag(k + 1); }

void versions(std::ostream& out, const history::History& h) {
    out << "| Version | Label | Symbol | Date | Source |\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < h.versions.size(); ++i) {
        const auto& v = h.versions[i];
        const auto& m = v.doc->metadata;
        out << "| " << tag(i) << " | " << md(v.label) << " | " << (m.symbol ? md(*m.symbol) : "\u2014") << " | "
            << (m.date ? md(*m.date) : "\u2014") << " | `" << v.doc->source << "` |\n";
    }
}

void timeline(std::ostream& out, const history::History& h) {
    out << "\n## Timeline\n\n"
        << "| Step | modified | added | removed | moved | renumbered | unchanged | obligation | duration | scope | "
           "wording |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto& c = h.steps[k].summary.clauses;
        const auto& f = h.steps[k].summary.findings;
        out << "| " << step_tag(k) << " | " << c.modified << " | " << c.added << " | " << c.removed << " | "
            << c.moved << " | " << c.renumbered << " | " << c.unchanged << " | " << f.obligation << " | "
            << f.duration << " | " << f.scope << " | " << f.wording << " |\n";
    }
}

void since(std::ostream& out, const history::History& h, bool first) {
    const std::size_t last = h.versions.size() - 1;
    const std::size_t base = first ? 0 : last - 1;
    out << "\n**Since " << tag(base) << (first ? " (the first version)" : " (the previous version)") << ":**";
    const history::Change kinds[] = {history::Change::added, history::Change::modified, history::Change::removed};
    bool any = false;
    for (const auto kind : kinds) {
        std::vector<std::string> ids;
        for (const auto& c : h.chains)
            if ((first ? h.since_first(c) : h.since_previous(c)) == kind)
                ids.push_back(c.ids[last] ? *c.ids[last] : c.ids[c.last_seen].value_or("?"));
        if (ids.empty()) continue;
        out << (any ? ";" : "") << ' ' << ids.size() << ' ' << history::to_string(kind) << " (";
        for (std::size_t i = 0; i < ids.size(); ++i) out << (i ? ", " : "") << md(ids[i]);
        out << ')';
        any = true;
    }
    if (!first) {
        std::vector<std::string> moved;
        for (const auto& c : h.chains) {
            const auto* e = h.entry(c, last - 1);
            if (e && e->moved && c.ids[last]) moved.push_back(*c.ids[last]);
        }
        if (!moved.empty()) {
            out << (any ? ";" : "") << ' ' << moved.size() << " moved (";
            for (std::size_t i = 0; i < moved.size(); ++i) out << (i ? ", " : "") << md(moved[i]);
            out << ')';
            any = true;
        }
    }
    if (!any) out << " no clause changed";
    out << '\n';
}

std::string state_cell(const std::optional<history::MandateState>& s) {
    if (!s) return "\u2014";
    std::string cell = md(s->clause) + ": ";
    if (s->until) cell += "until " + md(*s->until);
    if (s->period) cell += std::string(s->until ? ", " : "") + "period " + md(*s->period);
    if (!s->until && !s->period) cell += "no end date";
    if (s->obligation) {
        cell += "; " + md(s->obligation->verb);
        if (s->obligation->modal) cell += " \u2026 " + md(*s->obligation->modal);
        cell += " (" + std::to_string(s->obligation->strength) + ")";
    }
    if (!s->places.empty()) cell += "; " + std::to_string(s->places.size()) + " places";
    if (!s->tasks.empty()) cell += "; " + std::to_string(s->tasks.size()) + " tasks";
    for (const auto& q : s->quantities) cell += "; " + md(q);
    return cell;
}

void mandates(std::ostream& out, const history::History& h) {
    out << "\n## Mandates, durations and obligations\n\n";
    if (h.mandates.empty()) {
        out << "None.\n";
        return;
    }
    out << "| Clause | Kind |";
    for (std::size_t v = 0; v < h.versions.size(); ++v) out << ' ' << tag(v) << " |";
    out << "\n|---|---|";
    for (std::size_t v = 0; v < h.versions.size(); ++v) out << "---|";
    out << '\n';
    for (const auto& t : h.mandates) {
        out << "| " << md(history::path_label(h.chains[t.chain])) << " | "
            << (t.mandate ? "mandate" : "obligation/duration") << " |";
        for (const auto& s : t.states) out << ' ' << state_cell(s) << " |";
        out << '\n';
    }
}

std::string redline(const std::vector<diff::Edit>& edits) { return detail::markdown_redline(edits, context_words); }

std::string blame_line(const history::History& h, const history::ClauseBlame& b) {
    const auto& chain = h.chains[b.chain];
    std::string line;
    for (const auto& span : b.spans) {
        const std::size_t start = span.text.find_first_not_of(' ');
        if (start == std::string::npos) {
            line += span.text;
            continue;
        }
        const std::size_t end = span.text.find_last_not_of(' ') + 1;
        const std::string lead = span.text.substr(0, start), trail = span.text.substr(end);
        const std::string words = escape_markdown(span.text.substr(start, end - start), line.empty());
        if (span.version == chain.first_seen) line += lead + words + trail;
        else line += lead + "**[" + tag(span.version) + "]** _" + words + "_" + trail;
    }
    return line;
}

void clause_section(std::ostream& out, const history::History& h, std::size_t index,
                    const history::ClauseBlame* b) {
    const auto& c = h.chains[index];
    const std::size_t last = h.versions.size() - 1;
    out << "\n### " << md(history::path_label(c));
    if (c.first_seen > 0) out << " \u2014 added in " << tag(c.first_seen);
    if (c.last_seen < last) out << " \u2014 removed in " << tag(c.last_seen + 1);
    if (c.first_seen == 0 && c.last_seen == last) out << " \u2014 " << history::to_string(h.since_first(c)) << " since v1";
    out << "\n\n";
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto* e = h.entry(c, k);
        if (!e || (e->status == diff::Status::unchanged && !e->moved)) continue;
        out << "- **" << step_tag(k) << "** (" << md(detail::pair_label(*e)) << "): " << detail::status_name(e->status);
        if (e->moved) out << ", moved";
        if (e->renumbered) out << ", renumbered";
        out << '\n';
        for (const auto& f : e->findings)
            out << "  - **" << detail::finding_title(f) << "**: " << md(f.message) << '\n';
        if (e->status != diff::Status::unchanged) out << "  - " << redline(e->edits) << '\n';
    }
    if (b && c.last_seen == last && history::has_younger_phrases(h, *b)) out << "\n> " << blame_line(h, *b) << '\n';
}

}  // namespace

void history_markdown(std::ostream& out, const history::History& h) {
    out << "# resdiff history: " << md(detail::document_label(h.versions.front().doc)) << " \u2192 "
        << md(detail::document_label(h.versions.back().doc)) << "\n\n";
    versions(out, h);
    timeline(out, h);
    since(out, h, true);
    since(out, h, false);
    mandates(out, h);
    out << "\n## Clauses\n\nIn the last version's order, removed clauses where they stood. In the blame of "
        << tag(h.versions.size() - 1) << ", **[vN]** _words_ were introduced in vN.\n";
    std::vector<const history::ClauseBlame*> blame_of(h.chains.size(), nullptr);
    for (const auto& b : h.blame) blame_of[b.chain] = &b;
    std::size_t quiet = 0;
    auto flush = [&] {
        if (quiet) out << "\n_" << quiet << (quiet == 1 ? " clause" : " clauses") << " unchanged throughout._\n";
        quiet = 0;
    };
    for (std::size_t i = 0; i < h.chains.size(); ++i) {
        if (!history::has_events(h, h.chains[i])) {
            ++quiet;
            continue;
        }
        flush();
        clause_section(out, h, i, blame_of[i]);
    }
    flush();
}

}  // namespace resdiff::render
