// `parse --format text`: an outline of a parsed document that a person can check at a glance.
#include "render/labels.hpp"
#include "render/render.hpp"
#include "render/text_layout.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace resdiff::render {

namespace {

using detail::ansi::bold;
using detail::ansi::cyan;
using detail::ansi::dim;
using detail::ansi::yellow;
using detail::display_width;
using detail::paint;

constexpr std::size_t min_width = 60;

std::string or_none(const std::optional<std::string>& s) { return s ? *s : "(not stated)"; }

void field(std::ostream& out, const char* name, const std::string& value, bool color) {
    std::string label = std::string(name) + ":";
    detail::pad_to(label, 11);
    out << paint(label, dim, color) << value << '\n';
}

void heading(std::ostream& out, const model::Document& doc, bool color) {
    const auto& m = doc.metadata;
    field(out, "source", doc.source, color);
    field(out, "organ", or_none(m.organ), color);
    field(out, "symbol", or_none(m.symbol), color);
    field(out, "date", or_none(m.date), color);
    field(out, "draft", m.draft ? "yes" : "no", color);
    if (m.sponsors) field(out, "sponsors", *m.sponsors, color);
    if (m.title) field(out, "title", *m.title, color);
    if (m.adoption) field(out, "adoption", *m.adoption, color);
    if (m.meeting) field(out, "meeting", *m.meeting, color);
    field(out, "formula", or_none(doc.enacting_formula), color);
}

// One line: `indent id  lead first words…      line N`, the line number in a column of its own.
void outline_line(std::ostream& out, std::size_t width, std::size_t depth, const std::string& id,
                  const std::optional<std::string>& lead, const std::string& text, std::size_t line,
                  bool color) {
    const std::string indent(2 * depth, ' ');
    std::string left = indent + id;
    const std::size_t id_cols = std::max<std::size_t>(indent.size() + 8, display_width(left) + 2);
    detail::pad_to(left, id_cols);
    const std::string where = "line " + std::to_string(line);
    // "line N" starts in a fixed column, room left for six digits.
    const std::size_t text_end = std::max(width, min_width) - 13;
    const std::size_t room = text_end > id_cols ? text_end - id_cols : 0;

    model::Clause words;  // lead and text joined as everywhere else ("Decides:" not "Decides :")
    words.lead = lead;
    words.text = text;
    std::string body = detail::clause_words(words);
    body = detail::excerpt(body, std::max<std::size_t>(room, 10));

    std::string visible = left + body;
    std::string shown = indent + paint(id, bold, color);
    shown.append(id_cols - display_width(indent + id), ' ');
    if (lead && color && body.size() >= lead->size() && body.compare(0, lead->size(), *lead) == 0)
        shown += paint(*lead, cyan, true) + body.substr(lead->size());
    else
        shown += body;
    const std::size_t used = display_width(visible);
    const std::size_t gap = used + 2 <= text_end + 2 ? text_end + 2 - used : 2;
    out << shown << std::string(gap, ' ') << paint(where, dim, color) << '\n';
}

bool has_semantics(const model::Document& doc) {
    if (doc.legal_basis.chapter_vii || !doc.mandates.empty()) return true;
    bool found = false;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        if (!c.semantics().empty()) found = true;
    });
    return found;
}

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string s;
    for (const auto& x : v) {
        if (!s.empty()) s += sep;
        s += x;
    }
    return s;
}

void mandate_summary(std::ostream& out, const model::Document& doc, const TextOptions& opts) {
    const bool color = opts.color;
    out << '\n' << paint("Legal basis:", bold, color) << ' ';
    if (doc.legal_basis.chapter_vii)
        out << "Chapter VII of the Charter"
            << (doc.legal_basis.clause ? " (" + *doc.legal_basis.clause + ")" : std::string())
            << '\n';
    else
        out << "Chapter VII not invoked\n";

    out << '\n' << paint("Mandates:", bold, color);
    if (doc.mandates.empty()) out << " none found";
    out << '\n';
    for (const auto& m : doc.mandates) {
        std::string what = m.verb;
        if (!m.action.empty()) what += ' ' + m.action;
        out << "  " << paint(m.clause, bold, color) << "  "
            << detail::excerpt(what, std::max(opts.width, min_width) - 4 - m.clause.size())
            << '\n';
        const std::string pad = "      ";
        auto row = [&](const char* name, const std::string& value) {
            std::string label = pad + name + ":";
            detail::pad_to(label, pad.size() + 8);
            out << paint(label, dim, color) << value << '\n';
        };
        row("who", or_none(m.actor));
        row("where", m.places.empty() ? "(not stated)" : join(m.places));
        if (!m.tasks.empty()) row("tasks", join(m.tasks, "; "));
        std::string until = "(not stated)";
        if (m.until && m.period) until = *m.until + " (" + *m.period + ")";
        else if (m.until) until = *m.until;
        else if (m.period) until = "for " + *m.period;
        row("until", until);
    }

    std::vector<std::string> rows;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        for (const auto& d : c.durations()) {
            std::string r = "  " + c.id;
            detail::pad_to(r, 12);
            r += model::to_string(d.role);
            detail::pad_to(r, 22);
            std::string value = d.until ? *d.until : "";
            if (d.period) value += (value.empty() ? "" : " / ") + *d.period;
            if (value.empty()) value = "?";
            r += value;
            detail::pad_to(r, 40);
            r += "\u201c" + d.text + "\u201d";
            rows.push_back(std::move(r));
        }
    });
    if (!rows.empty()) {
        out << '\n' << paint("Time limits:", bold, color) << '\n';
        for (const auto& r : rows) out << r << '\n';
    }
}

}  // namespace

void document_text(std::ostream& out, const model::Document& doc, const TextOptions& opts) {
    const bool color = opts.color;
    heading(out, doc, color);
    out << '\n';

    std::size_t count = 0;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t depth) {
        ++count;
        outline_line(out, opts.width, depth, c.id, c.lead, c.text, c.line, color);
    });
    if (count == 0) out << "(no clauses)\n";

    out << '\n'
        << count << (count == 1 ? " clause, " : " clauses, ") << doc.footnotes.size()
        << (doc.footnotes.size() == 1 ? " footnote, " : " footnotes, ") << doc.annexes.size()
        << (doc.annexes.size() == 1 ? " annex, " : " annexes, ") << doc.warnings.size()
        << (doc.warnings.size() == 1 ? " warning" : " warnings") << '\n';
    for (const auto& f : doc.footnotes)
        outline_line(out, opts.width, 1, "[" + f.label + "]", std::nullopt, f.text, f.line, color);
    for (const auto& a : doc.annexes)
        outline_line(out, opts.width, 1, a.id, std::nullopt, a.title, a.line, color);
    for (const auto& w : doc.warnings) {
        out << "  " << paint("warning", yellow, color) << ' ' << w.line << ':' << w.column << ": "
            << w.message << '\n';
    }

    if (has_semantics(doc)) mandate_summary(out, doc, opts);
}

}  // namespace resdiff::render
