// `diff --format markdown`: a report to paste into a pull request or an e-mail (GitHub-flavoured
// Markdown: tables, ~~strikethrough~~). All document text goes through escape_markdown.
#include "render/labels.hpp"
#include "render/redline.hpp"
#include "render/render.hpp"
#include "render/text_layout.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace resdiff::render {

namespace {

constexpr std::size_t context_words = 12;

std::string md(std::string_view s) { return escape_markdown(s, false); }

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

std::string quoted(const std::string& s) {
    return s.empty() ? std::string("\u2014") : "\u201c" + md(s) + "\u201d";
}

void title(std::ostream& out, const diff::DocumentDiff& d) {
    auto symbol = [](const model::Document* doc) -> std::string {
        if (!doc) return "(none)";
        return doc->metadata.symbol ? *doc->metadata.symbol : doc->source;
    };
    out << "# resdiff: " << md(symbol(d.old_doc)) << " \u2192 " << md(symbol(d.new_doc)) << "\n\n";
    auto side = [&](const char* name, const model::Document* doc) {
        if (!doc) return;
        out << "- **" << name << ":** `" << doc->source << '`';
        if (doc->metadata.symbol) out << ", " << md(*doc->metadata.symbol);
        if (doc->metadata.date) out << ", " << *doc->metadata.date;
        out << '\n';
    };
    side("Old", d.old_doc);
    side("New", d.new_doc);
}

void summary(std::ostream& out, const diff::DocumentDiff& d) {
    const auto& c = d.summary.clauses;
    const auto& f = d.summary.findings;
    out << "\n## Summary\n\n"
        << "| Clauses | Count |\n|---|---:|\n"
        << "| modified | " << c.modified << " |\n"
        << "| added | " << c.added << " |\n"
        << "| removed | " << c.removed << " |\n"
        << "| moved | " << c.moved << " |\n"
        << "| renumbered | " << c.renumbered << " |\n"
        << "| unchanged | " << c.unchanged << " |\n\n"
        << "| Findings | Count |\n|---|---:|\n"
        << "| obligation | " << f.obligation << " |\n"
        << "| duration | " << f.duration << " |\n"
        << "| scope | " << f.scope << " |\n"
        << "| wording | " << f.wording << " |\n";
}

void key_findings(std::ostream& out, const diff::DocumentDiff& d) {
    const auto ranked = detail::ranked_findings(d);
    out << "\n## Key findings\n\n";
    if (ranked.empty()) {
        out << "No finding.\n";
        return;
    }
    for (const auto& r : ranked) {
        out << "- **" << detail::finding_title(*r.finding) << "** (" << md(detail::pair_label(*r.entry))
            << "): " << md(r.finding->message) << '\n';
    }
}

// The clause's word diff on one line: ~~deleted~~ and **inserted**, markers hugging the words.
std::string redline(const diff::ClauseEntry& e) {
    std::vector<diff::Edit> made;
    return detail::markdown_redline(detail::entry_edits(e, made), context_words);
}

void entry_section(std::ostream& out, const diff::ClauseEntry& e) {
    out << "\n### " << md(detail::pair_label(e)) << " \u2014 " << detail::status_flags(e) << "\n\n";
    std::vector<const diff::Finding*> fs;
    for (const auto& f : e.findings) fs.push_back(&f);
    std::stable_sort(fs.begin(), fs.end(), [](const diff::Finding* a, const diff::Finding* b) {
        return detail::category_rank(a->category) < detail::category_rank(b->category);
    });
    for (const auto* f : fs) {
        out << "- **" << detail::finding_title(*f) << "**: " << md(f->message);
        if (detail::quote_texts(*f))
            out << " (" << quoted(f->old_text) << " \u2192 " << quoted(f->new_text) << ')';
        out << '\n';
    }
    if (!fs.empty()) out << '\n';
    if (detail::text_unchanged(e)) {
        const model::Clause* c = e.new_clause ? e.new_clause : e.old_clause;
        out << "_Text unchanged";
        if (c) out << ":_ " << md(detail::excerpt(detail::clause_words(*c), 80)) << '\n';
        else out << "._\n";
        return;
    }
    out << "> " << redline(e) << '\n';
}

}  // namespace

void diff_markdown(std::ostream& out, const diff::DocumentDiff& d) {
    title(out, d);
    summary(out, d);
    key_findings(out, d);

    out << "\n## Changes\n";
    const bool any = std::any_of(d.entries.begin(), d.entries.end(), detail::is_shown);
    if (!any) out << "\nNo substantive differences.\n";

    std::size_t folded = 0, renumbered = 0;
    auto flush = [&] {
        if (folded == 0) return;
        out << "\n_" << plural(folded, "unchanged clause", "unchanged clauses");
        if (renumbered) out << " (" << renumbered << " renumbered)";
        out << " not shown._\n";
        folded = renumbered = 0;
    };
    for (const auto& e : d.entries) {
        if (!detail::is_shown(e)) {
            ++folded;
            if (e.renumbered) ++renumbered;
            continue;
        }
        flush();
        entry_section(out, e);
    }
    flush();
}

}  // namespace resdiff::render
