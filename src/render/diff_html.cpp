// `diff --format html`: one self-contained page (inline CSS, one small inline script that only
// enhances, a Content-Security-Policy that allows nothing else). A summary first, then every
// clause in the new version's order, as an inline redline or side by side (old | new), switched
// by CSS-only radio inputs. All document text goes through escape_html.
#include "render/html_escape.hpp"
#include "render/html_style.hpp"
#include "render/labels.hpp"
#include "render/redline.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace resdiff::render {

namespace {

using detail::escape_html;

constexpr std::size_t max_css_depth = 4;  // deeper sub-paragraphs share the last indentation

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

std::string symbol_of(const model::Document* doc) {
    if (!doc) return "(none)";
    return doc->metadata.symbol ? *doc->metadata.symbol : doc->source;
}

// One fragment id per entry, "c-<id>": the new id when there is one; a removed clause takes
// its old id unless a clause of the new version already has it ("c-op3.c-removed" then).
std::vector<std::string> entry_anchors(const diff::DocumentDiff& d) {
    std::vector<std::string> out(d.entries.size());
    std::set<std::string> used;
    auto claim = [&](std::string a) {
        std::string candidate = a;
        for (std::size_t n = 2; used.count(candidate); ++n) candidate = a + '-' + std::to_string(n);
        used.insert(candidate);
        return candidate;
    };
    for (std::size_t i = 0; i < d.entries.size(); ++i)
        if (d.entries[i].new_id) out[i] = claim("c-" + detail::html_id(*d.entries[i].new_id));
    for (std::size_t i = 0; i < d.entries.size(); ++i) {
        if (!out[i].empty()) continue;
        const auto& e = d.entries[i];
        std::string a = "c-" + detail::html_id(e.old_id.value_or("entry"));
        if (used.count(a)) a += "-removed";
        out[i] = claim(a);
    }
    return out;
}

std::string finding_badge(const diff::Finding& f) {
    return std::string("<span class=\"badge f f-") + detail::category_name(f.category) + "\">" +
           detail::category_name(f.category) + " \u00b7 " + detail::direction_name(f.direction) +
           "</span>";
}

std::string quoted(const std::string& s) {
    return s.empty() ? std::string("\u2014") : "\u201c" + escape_html(s) + "\u201d";
}

void head(std::ostream& out, const diff::DocumentDiff& d) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; script-src '"
        << detail::html_script_hash << "'; base-uri 'none'; form-action 'none'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"resdiff\">\n"
        << "<title>resdiff: " << escape_html(symbol_of(d.old_doc)) << " \u2192 "
        << escape_html(symbol_of(d.new_doc)) << "</title>\n"
        << "<style>" << detail::html_css << "</style>\n</head>\n";
}

void versions(std::ostream& out, const diff::DocumentDiff& d) {
    out << "<table class=\"versions\">\n<caption class=\"vh\">Versions compared</caption>\n"
        << "<thead><tr><td></td><th scope=\"col\">Symbol</th><th scope=\"col\">Date</th>"
           "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n";
    auto side = [&](const char* name, const model::Document* doc) {
        auto cell = [&](const std::optional<std::string>& v) {
            out << "<td>" << (v ? escape_html(*v) : std::string("\u2014")) << "</td>";
        };
        out << "<tr><th scope=\"row\">" << name << "</th>";
        if (doc) {
            cell(doc->metadata.symbol);
            cell(doc->metadata.date);
            out << "<td><code>" << escape_html(doc->source) << "</code></td>";
        } else {
            out << "<td>\u2014</td><td>\u2014</td><td>\u2014</td>";
        }
        out << "</tr>\n";
    };
    side("Old", d.old_doc);
    side("New", d.new_doc);
    out << "</tbody>\n</table>\n";
}

void counts(std::ostream& out, const diff::DocumentDiff& d) {
    const auto& c = d.summary.clauses;
    const auto& f = d.summary.findings;
    auto row = [&](const char* cls, const char* name, std::size_t n) {
        out << "<tr class=\"" << cls << (n == 0 ? " zero" : "") << "\"><th scope=\"row\">" << name
            << "</th><td>" << n << "</td></tr>\n";
    };
    out << "<div class=\"counts\">\n<table class=\"clause-counts\">\n<caption>Clauses</caption>\n<tbody>\n";
    row("n-modified", "modified", c.modified);
    row("n-added", "added", c.added);
    row("n-removed", "removed", c.removed);
    row("n-moved", "moved", c.moved);
    row("n-renumbered", "renumbered", c.renumbered);
    row("n-unchanged", "unchanged", c.unchanged);
    out << "</tbody>\n</table>\n<table class=\"finding-counts\">\n<caption>Findings</caption>\n<tbody>\n";
    row("n-obligation", "obligation", f.obligation);
    row("n-duration", "duration", f.duration);
    row("n-scope", "scope", f.scope);
    row("n-wording", "wording", f.wording);
    out << "</tbody>\n</table>\n</div>\n";
}

void key_findings(std::ostream& out, const diff::DocumentDiff& d, const std::vector<std::string>& anchors) {
    out << "<h3 id=\"key-findings\">Key findings</h3>\n";
    const auto ranked = detail::ranked_findings(d);
    if (ranked.empty()) {
        out << "<p class=\"nothing\">No finding.</p>\n";
        return;
    }
    out << "<ol class=\"key-findings\">\n";
    for (const auto& r : ranked) {
        const auto index = static_cast<std::size_t>(r.entry - d.entries.data());
        out << "<li>" << finding_badge(*r.finding) << " <a class=\"cid\" href=\"#" << anchors[index]
            << "\">" << escape_html(detail::pair_label(*r.entry)) << "</a> "
            << escape_html(r.finding->message) << "</li>\n";
    }
    out << "</ol>\n";
}

void summary(std::ostream& out, const diff::DocumentDiff& d, const std::vector<std::string>& anchors) {
    out << "<section class=\"summary\" id=\"summary\" aria-labelledby=\"summary-h\">\n"
        << "<h2 id=\"summary-h\">Summary</h2>\n";
    out << "<div class=\"overview\">\n";
    versions(out, d);
    counts(out, d);
    out << "</div>\n";
    key_findings(out, d, anchors);
    out << "</section>\n";
}

// Inline redline: the whole clause, <del> and <ins> around each changed group.
void redline(std::ostream& out, const diff::ClauseEntry& e) {
    std::vector<diff::Edit> made;
    const auto words = detail::redline_words(detail::entry_edits(e, made), 0);
    out << "<p class=\"text redline\">";
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (w.space_before && i > 0) out << ' ';
        const bool del = w.mark == detail::Mark::deleted, ins = w.mark == detail::Mark::inserted;
        if (detail::starts_group(words, i)) {
            if (del) out << "<del><span class=\"vh\">[deleted: </span>";
            if (ins) out << "<ins><span class=\"vh\">[inserted: </span>";
        }
        out << escape_html(w.text);
        if (detail::ends_group(words, i)) {
            if (del) out << "<span class=\"vh\">]</span></del>";
            if (ins) out << "<span class=\"vh\">]</span></ins>";
        }
    }
    out << "</p>\n";
}

// One side of the side-by-side view: the equal runs and the edits of one kind (`shown`), the
// latter in `tag`; white space at the edges of an edit stays outside the mark.
void side_text(std::ostream& out, const std::vector<diff::Edit>& edits, diff::EditOp shown) {
    const bool old_side = shown == diff::EditOp::remove;
    const char* tag = old_side ? "del" : "ins";
    for (const auto& edit : edits) {
        if (edit.op == diff::EditOp::equal) {
            out << escape_html(edit.text);
            continue;
        }
        if (edit.op != shown) continue;
        const auto first = edit.text.find_first_not_of(" \t\n");
        if (first == std::string::npos) {
            out << escape_html(edit.text);
            continue;
        }
        const auto last = edit.text.find_last_not_of(" \t\n");
        out << escape_html(edit.text.substr(0, first)) << '<' << tag << "><span class=\"vh\">["
            << (old_side ? "deleted: " : "inserted: ") << "</span>"
            << escape_html(edit.text.substr(first, last + 1 - first)) << "<span class=\"vh\">]</span></"
            << tag << '>' << escape_html(edit.text.substr(last + 1));
    }
}

void side_by_side(std::ostream& out, const diff::ClauseEntry& e, const diff::DocumentDiff& d) {
    std::vector<diff::Edit> made;
    const auto& edits = detail::entry_edits(e, made);
    out << "<div class=\"text sbs\">\n<div class=\"old\"><span class=\"vh\">Old version "
        << escape_html(symbol_of(d.old_doc)) << ": </span>";
    if (e.status == diff::Status::added) out << "<span class=\"absent\">(not in the old version)</span>";
    else side_text(out, edits, diff::EditOp::remove);
    out << "</div>\n<div class=\"new\"><span class=\"vh\">New version " << escape_html(symbol_of(d.new_doc))
        << ": </span>";
    if (e.status == diff::Status::removed) out << "<span class=\"absent\">(removed from the new version)</span>";
    else side_text(out, edits, diff::EditOp::insert);
    out << "</div>\n</div>\n";
}

void status_badges(std::ostream& out, const diff::ClauseEntry& e) {
    switch (e.status) {
    case diff::Status::unchanged: out << "<span class=\"badge st st-unchanged\">= unchanged</span>"; break;
    case diff::Status::modified: out << "<span class=\"badge st st-modified\">\u00b1 modified</span>"; break;
    case diff::Status::added: out << "<span class=\"badge st st-added\">+ added</span>"; break;
    case diff::Status::removed: out << "<span class=\"badge st st-removed\">\u2212 removed</span>"; break;
    }
    if (e.moved) out << " <span class=\"badge st st-moved\">\u2195 moved</span>";
    if (e.renumbered) out << " <span class=\"badge st st-renumbered\"># renumbered</span>";
    if (e.split_from)
        out << " <span class=\"badge st\">split from " << escape_html(*e.split_from) << "</span>";
    if (e.merged_into)
        out << " <span class=\"badge st\">merged into " << escape_html(*e.merged_into) << "</span>";
}

void entry_article(std::ostream& out, const diff::ClauseEntry& e, const std::string& anchor,
                   const diff::DocumentDiff& d) {
    out << "<article class=\"clause " << detail::status_name(e.status) << (e.moved ? " moved" : "");
    if (e.depth > 0) out << " d" << std::min(e.depth, max_css_depth);
    out << "\" id=\"" << anchor << "\">\n<h3><a class=\"cid\" href=\"#" << anchor << "\">"
        << escape_html(detail::pair_label(e)) << "</a> ";
    status_badges(out, e);
    std::vector<const diff::Finding*> fs;
    for (const auto& f : e.findings) fs.push_back(&f);
    std::stable_sort(fs.begin(), fs.end(), [](const diff::Finding* a, const diff::Finding* b) {
        return detail::category_rank(a->category) < detail::category_rank(b->category);
    });
    std::set<std::string> badges;  // one badge per category and direction
    for (const auto* f : fs) {
        const auto badge = finding_badge(*f);
        if (badges.insert(badge).second) out << ' ' << badge;
    }
    out << "</h3>\n";
    if (!fs.empty()) {
        out << "<ul class=\"findings\">\n";
        for (const auto* f : fs) {
            out << "<li>" << escape_html(f->message);
            if (detail::quote_texts(*f))
                out << " <span class=\"quote\">(" << quoted(f->old_text) << " \u2192 " << quoted(f->new_text)
                    << ")</span>";
            out << "</li>\n";
        }
        out << "</ul>\n";
    }
    redline(out, e);
    side_by_side(out, e, d);
    out << "</article>\n";
}

std::string entry_name(const diff::ClauseEntry& e) {
    return e.new_id ? *e.new_id : e.old_id.value_or("?");
}

void clauses(std::ostream& out, const diff::DocumentDiff& d, const std::vector<std::string>& anchors) {
    out << "<section class=\"document\" id=\"document\" aria-labelledby=\"document-h\">\n"
        << "<h2 id=\"document-h\">Document</h2>\n"
        << "<p class=\"legend\"><span>Clauses in the new version\u2019s order; removed clauses where they "
           "stood.</span> <span><span class=\"k-del\">struck through</span> = deleted</span> "
           "<span><span class=\"k-ins\">underlined</span> = inserted</span></p>\n"
        << "<span class=\"view-switch\" id=\"view-label\">View:</span>"
        << "<input type=\"radio\" name=\"view\" id=\"view-inline\" value=\"inline\" checked>"
        << "<label for=\"view-inline\">Inline redline</label>"
        << "<input type=\"radio\" name=\"view\" id=\"view-side\" value=\"side\">"
        << "<label for=\"view-side\">Side by side (old | new)</label>"
        << "<button type=\"button\" id=\"fold-toggle\" hidden>Show all clauses</button>\n"
        << "<div class=\"sbs-head\" aria-hidden=\"true\"><div>Old: " << escape_html(detail::document_label(d.old_doc))
        << "</div><div>New: " << escape_html(detail::document_label(d.new_doc)) << "</div></div>\n"
        << "<div class=\"clauses\">\n";
    if (!std::any_of(d.entries.begin(), d.entries.end(), detail::is_shown))
        out << "<p class=\"nothing\">No substantive differences.</p>\n";

    std::size_t i = 0;
    while (i < d.entries.size()) {
        if (detail::is_shown(d.entries[i])) {
            entry_article(out, d.entries[i], anchors[i], d);
            ++i;
            continue;
        }
        std::size_t j = i, renumbered = 0;
        while (j < d.entries.size() && !detail::is_shown(d.entries[j])) {
            if (d.entries[j].renumbered) ++renumbered;
            ++j;
        }
        out << "<details class=\"fold\">\n<summary>" << plural(j - i, "unchanged clause", "unchanged clauses")
            << ": " << escape_html(entry_name(d.entries[i]));
        if (j - i > 1) out << " to " << escape_html(entry_name(d.entries[j - 1]));
        if (renumbered) out << " (" << renumbered << " renumbered)";
        out << "</summary>\n";
        for (std::size_t k = i; k < j; ++k) entry_article(out, d.entries[k], anchors[k], d);
        out << "</details>\n";
        i = j;
    }
    out << "</div>\n</section>\n";
}

}  // namespace

void diff_html(std::ostream& out, const diff::DocumentDiff& d) {
    const auto anchors = entry_anchors(d);
    head(out, d);
    out << "<body>\n<header>\n<h1>resdiff: " << escape_html(symbol_of(d.old_doc)) << " \u2192 "
        << escape_html(symbol_of(d.new_doc)) << "</h1>\n</header>\n<main>\n";
    summary(out, d, anchors);
    clauses(out, d, anchors);
    out << "</main>\n<footer><p>Generated by resdiff. Findings are classified by rule; "
           "read the text before relying on them.</p></footer>\n"
        << "<script>" << detail::html_script << "</script>\n</body>\n</html>\n";
}

}  // namespace resdiff::render
