// `history --format html`: one self-contained page (the diff report's style sheet plus a few
// rules, no script, a Content-Security-Policy that allows nothing else). The timeline at the
// top: versions, counts per step, what is new or changed since the first and the previous
// version, mandates across the versions. Below, each clause's evolution: every step that touched
// it with its findings and redline, then the blame of the last version. All document text goes
// through escape_html.
#include "render/history_render.hpp"
#include "render/html_escape.hpp"
#include "render/html_style.hpp"
#include "render/labels.hpp"
#include "render/redline.hpp"

#include <set>
#include <string>
#include <vector>

namespace resdiff::render {

namespace {

using detail::escape_html;

constexpr std::size_t max_css_depth = 4;

// Added to the diff report's style sheet.
constexpr const char* history_css =
    ".timeline td,.timeline th{border-bottom:1px solid var(--line)}"
    ".timeline td{text-align:right;font-variant-numeric:tabular-nums}"
    ".timeline .same td{color:var(--muted)}"
    ".mandates td,.mandates th{border-bottom:1px solid var(--line);font-size:.92rem}"
    ".since{margin:.3rem 0;padding-left:1.3rem}"
    ".steps{margin:.35rem 0 0;padding-left:0;list-style:none}.steps>li{margin:.35rem 0}"
    ".step{font-weight:700;margin-right:.35rem}"
    ".blame{margin:.5rem 0 0;padding:.3rem .6rem;background:var(--soft);border-radius:.25rem}"
    ".blame .by{font-size:.82rem;color:var(--muted);margin-right:.4rem}"
    ".vtag{font-size:.72rem;font-weight:700;color:var(--ins);margin-left:.1rem}"
    ".fold ul{margin:.3rem 0;columns:14rem}";

std::string tag(std::size_t v) { return history::version_tag(v); }
std::string step_tag(std::size_t k) { return tag(k) + " \u2192 " + tag(k + 1); }

std::string chain_name(const history::History& h, const history::Chain& c) {
    const std::size_t last = h.versions.size() - 1;
    return c.ids[last] ? *c.ids[last] : c.ids[c.last_seen].value_or("clause");
}

// One fragment id per chain: "h-<id in the last version>", or the last id it had ("-gone" when
// that id is taken by a clause of the last version).
std::vector<std::string> chain_anchors(const history::History& h) {
    const std::size_t last = h.versions.size() - 1;
    std::vector<std::string> out(h.chains.size());
    std::set<std::string> used;
    auto claim = [&](const std::string& a) {
        std::string candidate = a;
        for (std::size_t n = 2; used.count(candidate); ++n) candidate = a + '-' + std::to_string(n);
        used.insert(candidate);
        return candidate;
    };
    for (std::size_t i = 0; i < h.chains.size(); ++i)
        if (h.chains[i].ids[last]) out[i] = claim("h-" + detail::html_id(*h.chains[i].ids[last]));
    for (std::size_t i = 0; i < h.chains.size(); ++i)
        if (out[i].empty()) out[i] = claim("h-" + detail::html_id(chain_name(h, h.chains[i])) + "-gone");
    return out;
}

void head(std::ostream& out, const history::History& h) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"resdiff\">\n"
        << "<title>resdiff history: " << escape_html(detail::document_label(h.versions.front().doc)) << " \u2192 "
        << escape_html(detail::document_label(h.versions.back().doc)) << "</title>\n"
        << "<style>" << detail::html_css << history_css << "</style>\n</head>\n";
}

void versions(std::ostream& out, const history::History& h) {
    out << "<table class=\"versions\">\n<caption>Versions</caption>\n<thead><tr><th scope=\"col\">Version</th>"
           "<th scope=\"col\">Label</th><th scope=\"col\">Symbol</th><th scope=\"col\">Date</th>"
           "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < h.versions.size(); ++i) {
        const auto& v = h.versions[i];
        const auto& m = v.doc->metadata;
        out << "<tr><th scope=\"row\">" << tag(i) << "</th><td>" << escape_html(v.label) << "</td><td>"
            << (m.symbol ? escape_html(*m.symbol) : "\u2014") << "</td><td>"
            << (m.date ? escape_html(*m.date) : "\u2014") << "</td><td><code>" << escape_html(v.doc->source)
            << "</code></td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void steps_table(std::ostream& out, const history::History& h) {
    out << "<table class=\"timeline\">\n<caption>Changes per step</caption>\n<thead><tr><th scope=\"col\">Step</th>";
    for (const char* name : {"modified", "added", "removed", "moved", "renumbered", "unchanged", "obligation",
                             "duration", "scope", "wording"})
        out << "<th scope=\"col\">" << name << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto& c = h.steps[k].summary.clauses;
        const auto& f = h.steps[k].summary.findings;
        out << "<tr" << (h.steps[k].has_differences() ? "" : " class=\"same\"") << "><th scope=\"row\">"
            << step_tag(k) << "</th>";
        for (const std::size_t n : {c.modified, c.added, c.removed, c.moved, c.renumbered, c.unchanged,
                                    f.obligation, f.duration, f.scope, f.wording})
            out << "<td>" << n << "</td>";
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void since(std::ostream& out, const history::History& h, const std::vector<std::string>& anchors, bool first) {
    const std::size_t last = h.versions.size() - 1;
    const std::size_t base = first ? 0 : last - 1;
    out << "<h3>Since " << tag(base) << (first ? " (the first version)" : " (the previous version)") << "</h3>\n";
    bool any = false;
    for (const auto kind : {history::Change::added, history::Change::modified, history::Change::removed}) {
        std::vector<std::size_t> hits;
        for (std::size_t i = 0; i < h.chains.size(); ++i)
            if ((first ? h.since_first(h.chains[i]) : h.since_previous(h.chains[i])) == kind) hits.push_back(i);
        if (hits.empty()) continue;
        if (!any) out << "<ul class=\"since\">\n";
        any = true;
        out << "<li>" << hits.size() << ' ' << history::to_string(kind) << ": ";
        for (std::size_t j = 0; j < hits.size(); ++j)
            out << (j ? ", " : "") << "<a class=\"cid\" href=\"#" << anchors[hits[j]] << "\">"
                << escape_html(chain_name(h, h.chains[hits[j]])) << "</a>";
        out << "</li>\n";
    }
    if (!first) {
        std::vector<std::size_t> moved;
        for (std::size_t i = 0; i < h.chains.size(); ++i) {
            const auto* e = h.entry(h.chains[i], last - 1);
            if (e && e->moved && h.chains[i].ids[last]) moved.push_back(i);
        }
        if (!moved.empty()) {
            if (!any) out << "<ul class=\"since\">\n";
            any = true;
            out << "<li>" << moved.size() << " moved: ";
            for (std::size_t j = 0; j < moved.size(); ++j)
                out << (j ? ", " : "") << "<a class=\"cid\" href=\"#" << anchors[moved[j]] << "\">"
                    << escape_html(chain_name(h, h.chains[moved[j]])) << "</a>";
            out << "</li>\n";
        }
    }
    if (any) out << "</ul>\n";
    else out << "<p class=\"nothing\">No clause changed.</p>\n";
}

std::string state_cell(const std::optional<history::MandateState>& s) {
    if (!s) return "<td class=\"absent\">absent</td>";
    std::string cell = "<td><code>" + escape_html(s->clause) + "</code> ";
    if (s->until) cell += "until <strong>" + escape_html(*s->until) + "</strong>";
    if (s->period) cell += std::string(s->until ? ", " : "") + "period <strong>" + escape_html(*s->period) + "</strong>";
    if (!s->until && !s->period) cell += "no end date";
    if (s->obligation) {
        cell += "<br>" + escape_html(s->obligation->verb);
        if (s->obligation->modal) cell += " \u2026 " + escape_html(*s->obligation->modal);
        cell += " (strength " + std::to_string(s->obligation->strength) + ")";
    }
    if (!s->places.empty()) cell += "<br>" + std::to_string(s->places.size()) + " place(s)";
    if (!s->tasks.empty()) cell += "<br>" + std::to_string(s->tasks.size()) + " task(s)";
    for (const auto& q : s->quantities) cell += "<br>" + escape_html(q);
    return cell + "</td>";
}

void mandates(std::ostream& out, const history::History& h, const std::vector<std::string>& anchors) {
    out << "<h3>Mandates, durations and obligations</h3>\n";
    if (h.mandates.empty()) {
        out << "<p class=\"nothing\">None.</p>\n";
        return;
    }
    out << "<table class=\"mandates\">\n<thead><tr><th scope=\"col\">Clause</th>";
    for (std::size_t v = 0; v < h.versions.size(); ++v) out << "<th scope=\"col\">" << tag(v) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& t : h.mandates) {
        out << "<tr><th scope=\"row\"><a class=\"cid\" href=\"#" << anchors[t.chain] << "\">"
            << escape_html(history::path_label(h.chains[t.chain])) << "</a><br><span class=\"badge st\">"
            << (t.mandate ? "mandate" : "obligation/duration") << "</span></th>";
        for (const auto& s : t.states) out << state_cell(s);
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void redline(std::ostream& out, const std::vector<diff::Edit>& edits) {
    const auto words = detail::redline_words(edits, 0);
    out << "<p class=\"text redline\">";
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (w.space_before && i > 0) out << ' ';
        const bool del = w.mark == detail::Mark::deleted, ins = w.mark == detail::Mark::inserted;
        if ((del || ins) && detail::starts_group(words, i))
            out << (del ? "<del><span class=\"vh\">[deleted: </span>" : "<ins><span class=\"vh\">[inserted: </span>");
        out << escape_html(w.text);
        if ((del || ins) && detail::ends_group(words, i)) out << (del ? "<span class=\"vh\">]</span></del>" : "<span class=\"vh\">]</span></ins>");
    }
    out << "</p>\n";
}

void blame(std::ostream& out, const history::History& h, const history::ClauseBlame& b) {
    const auto& chain = h.chains[b.chain];
    out << "<p class=\"blame\"><span class=\"by\">Blame of " << tag(h.versions.size() - 1) << ":</span>";
    for (const auto& span : b.spans) {
        if (span.version == chain.first_seen) {
            out << escape_html(span.text);
            continue;
        }
        const std::size_t start = span.text.find_first_not_of(' ');
        if (start == std::string::npos) {
            out << escape_html(span.text);
            continue;
        }
        const std::size_t end = span.text.find_last_not_of(' ') + 1;
        out << escape_html(span.text.substr(0, start)) << "<ins title=\"introduced in " << tag(span.version)
            << "\"><span class=\"vh\">[introduced in " << tag(span.version) << ": </span>"
            << escape_html(span.text.substr(start, end - start)) << "<span class=\"vh\">]</span></ins><sup class=\"vtag\" "
            << "aria-hidden=\"true\">" << tag(span.version) << "</sup>" << escape_html(span.text.substr(end));
    }
    out << "</p>\n";
}

void finding_badge(std::ostream& out, const diff::Finding& f) {
    out << "<span class=\"badge f f-" << detail::category_name(f.category) << "\">"
        << detail::category_name(f.category) << " \u00b7 " << detail::direction_name(f.direction) << "</span>";
}

void chain_article(std::ostream& out, const history::History& h, std::size_t index, const std::string& anchor,
                   const history::ClauseBlame* b) {
    const auto& c = h.chains[index];
    const std::size_t last = h.versions.size() - 1;
    const auto first = h.since_first(c);
    const char* cls = first == history::Change::added     ? "added"
                      : first == history::Change::removed ? "removed"
                      : first == history::Change::modified ? "modified"
                      : first == history::Change::absent  ? "removed"
                                                          : "unchanged";
    out << "<article class=\"clause " << cls;
    if (c.depth > 0) out << " d" << std::min(c.depth, max_css_depth);
    out << "\" id=\"" << anchor << "\">\n<h3><a class=\"cid\" href=\"#" << anchor << "\">"
        << escape_html(history::path_label(c)) << "</a>";
    if (c.first_seen > 0) out << " <span class=\"badge st st-added\">+ added in " << tag(c.first_seen) << "</span>";
    if (c.last_seen < last)
        out << " <span class=\"badge st st-removed\">\u2212 removed in " << tag(c.last_seen + 1) << "</span>";
    if (first == history::Change::modified)
        out << " <span class=\"badge st st-modified\">\u00b1 modified since v1</span>";
    if (h.since_previous(c) == history::Change::modified)
        out << " <span class=\"badge st st-modified\">\u00b1 changed in " << tag(last) << "</span>";
    out << "</h3>\n<ul class=\"steps\">\n";
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto* e = h.entry(c, k);
        if (!e || (e->status == diff::Status::unchanged && !e->moved)) continue;
        out << "<li><span class=\"step\">" << step_tag(k) << "</span><code>" << escape_html(detail::pair_label(*e))
            << "</code> <span class=\"badge st st-" << detail::status_name(e->status) << "\">"
            << detail::status_name(e->status) << "</span>";
        if (e->moved) out << " <span class=\"badge st st-moved\">\u2195 moved</span>";
        for (const auto& f : e->findings) {
            out << ' ';
            finding_badge(out, f);
        }
        if (!e->findings.empty()) {
            out << "\n<ul class=\"findings\">\n";
            for (const auto& f : e->findings) out << "<li>" << escape_html(f.message) << "</li>\n";
            out << "</ul>";
        }
        out << '\n';
        if (e->status != diff::Status::unchanged) redline(out, e->edits);
        out << "</li>\n";
    }
    out << "</ul>\n";
    if (b && c.last_seen == last && history::has_younger_phrases(h, *b)) blame(out, h, *b);
    out << "</article>\n";
}

}  // namespace

void history_html(std::ostream& out, const history::History& h) {
    const auto anchors = chain_anchors(h);
    head(out, h);
    out << "<body>\n<header>\n<h1>resdiff history: " << escape_html(detail::document_label(h.versions.front().doc))
        << " \u2192 " << escape_html(detail::document_label(h.versions.back().doc)) << " (" << h.versions.size()
        << " versions)</h1>\n</header>\n<main>\n"
        << "<section class=\"summary\" id=\"timeline\" aria-labelledby=\"timeline-h\">\n"
        << "<h2 id=\"timeline-h\">Timeline</h2>\n<div class=\"overview\">\n";
    versions(out, h);
    steps_table(out, h);
    out << "</div>\n";
    since(out, h, anchors, true);
    since(out, h, anchors, false);
    mandates(out, h, anchors);
    out << "</section>\n<section class=\"document\" id=\"clauses\" aria-labelledby=\"clauses-h\">\n"
        << "<h2 id=\"clauses-h\">Clauses</h2>\n<p class=\"legend\"><span>In the last version\u2019s order, removed "
           "clauses where they stood.</span> <span><span class=\"k-del\">struck through</span> = deleted</span> "
           "<span><span class=\"k-ins\">underlined</span> = inserted (in a blame: introduced in the version "
           "marked)</span></p>\n<div class=\"clauses\">\n";
    std::vector<const history::ClauseBlame*> blame_of(h.chains.size(), nullptr);
    for (const auto& b : h.blame) blame_of[b.chain] = &b;
    std::size_t i = 0;
    while (i < h.chains.size()) {
        if (history::has_events(h, h.chains[i])) {
            chain_article(out, h, i, anchors[i], blame_of[i]);
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < h.chains.size() && !history::has_events(h, h.chains[j])) ++j;
        out << "<details class=\"fold\">\n<summary>" << (j - i) << (j - i == 1 ? " clause" : " clauses")
            << " unchanged throughout: " << escape_html(chain_name(h, h.chains[i]));
        if (j - i > 1) out << " to " << escape_html(chain_name(h, h.chains[j - 1]));
        out << "</summary>\n<ul>\n";
        for (std::size_t k = i; k < j; ++k)
            out << "<li id=\"" << anchors[k] << "\"><code>" << escape_html(history::path_label(h.chains[k]))
                << "</code></li>\n";
        out << "</ul>\n</details>\n";
        i = j;
    }
    out << "</div>\n</section>\n</main>\n<footer><p>Generated by resdiff. Findings are classified by rule; "
           "read the text before relying on them.</p></footer>\n</body>\n</html>\n";
}

}  // namespace resdiff::render
