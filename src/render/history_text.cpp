// `history --format text`: the versions, a timeline of counts per step, what is new or changed
// since the first and since the previous version, the mandates across the versions, then every
// clause with a story: its steps (findings and word diff) and the blame of the last version.
#include "render/history_render.hpp"
#include "render/labels.hpp"
#include "render/redline.hpp"
#include "render/text_layout.hpp"

#include <string>
#include <vector>

namespace resdiff::render {

namespace {

constexpr std::size_t context_words = 6;

std::string tag(std::size_t v) { return history::version_tag(v); }

std::string step_tag(std::size_t k) { return tag(k) + " \u2192 " + tag(k + 1); }

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

void versions(std::ostream& out, const history::History& h) {
    out << "Versions:\n";
    std::size_t width = 0;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < h.versions.size(); ++i) {
        std::string name = detail::document_label(h.versions[i].doc);
        if (h.versions[i].label != tag(i)) name = h.versions[i].label + "  " + name;
        width = std::max(width, detail::display_width(name));
        names.push_back(std::move(name));
    }
    for (std::size_t i = 0; i < h.versions.size(); ++i) {
        std::string line = "  " + tag(i);
        detail::pad_to(line, 7);
        line += names[i];
        detail::pad_to(line, 7 + width + 2);
        out << line << h.versions[i].doc->source << '\n';
    }
}

void timeline(std::ostream& out, const history::History& h) {
    static const char* const heads[] = {"modified", "added", "removed", "moved", "renumbered", "unchanged",
                                        "obligation", "duration", "scope", "wording"};
    out << "\nTimeline:\n";
    std::string head = "  step";
    detail::pad_to(head, 2 + 9 + 3);
    for (const char* name : heads) head += std::string(name) + ' ';
    head.pop_back();
    out << head << '\n';
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto& c = h.steps[k].summary.clauses;
        const auto& f = h.steps[k].summary.findings;
        const std::size_t values[] = {c.modified,   c.added,        c.removed,    c.moved, c.renumbered,
                                      c.unchanged,  f.obligation,   f.duration,   f.scope, f.wording};
        std::string line = "  " + step_tag(k);
        detail::pad_to(line, 2 + 9 + 3);
        for (std::size_t i = 0; i < 10; ++i) {
            const std::string v = std::to_string(values[i]);
            const std::size_t w = std::string(heads[i]).size();
            line += std::string(w > v.size() ? w - v.size() : 0, ' ') + v + ' ';
        }
        line.pop_back();
        if (!h.steps[k].has_differences()) line += "   (no substantive difference)";
        out << line << '\n';
    }
}

// "1 added (op2), 4 modified (op1, op4.a.i, …)".
void since(std::ostream& out, const history::History& h, bool first) {
    const std::size_t last = h.versions.size() - 1;
    const std::size_t base = first ? 0 : last - 1;
    struct Group {
        const char* name;
        std::vector<std::string> ids;
    };
    Group groups[] = {{"added", {}}, {"modified", {}}, {"removed", {}}, {"moved", {}}};
    for (const auto& c : h.chains) {
        const auto change = first ? h.since_first(c) : h.since_previous(c);
        const std::string id = c.ids[last] ? *c.ids[last] : c.ids[base].value_or(c.ids[c.last_seen].value_or("?"));
        if (change == history::Change::added) groups[0].ids.push_back(id);
        if (change == history::Change::modified) groups[1].ids.push_back(id);
        if (change == history::Change::removed) groups[2].ids.push_back(id);
        if (!first) {
            const auto* e = h.entry(c, last - 1);
            if (e && e->moved) groups[3].ids.push_back(id);
        }
    }
    out << "Since " << tag(base) << (first ? " (the first version)" : " (the previous version)") << ':';
    bool any = false;
    for (const auto& g : groups) {
        if (g.ids.empty()) continue;
        out << (any ? "; " : " ") << g.ids.size() << ' ' << g.name << " (";
        for (std::size_t i = 0; i < g.ids.size(); ++i) out << (i ? ", " : "") << g.ids[i];
        out << ')';
        any = true;
    }
    if (!any) out << " no clause changed";
    out << '\n';
}

std::string obligation_words(const model::Obligation& o) {
    std::string s = o.verb;
    if (o.modal) s += " \u2026 " + *o.modal;
    return s + " (strength " + std::to_string(o.strength) + ")";
}

std::string state_line(const history::MandateState& s) {
    std::string line;
    if (s.until) line += "until " + *s.until;
    if (s.period) line += (line.empty() ? "" : ", ") + std::string("period ") + *s.period;
    if (line.empty()) line = "no end date";
    detail::pad_to(line, 24);
    line += s.obligation ? obligation_words(*s.obligation) : s.verb;
    if (!s.places.empty()) line += "; " + plural(s.places.size(), "place", "places");
    if (!s.tasks.empty()) line += "; " + plural(s.tasks.size(), "task", "tasks");
    for (const auto& q : s.quantities) line += "; " + q;
    return line;
}

void mandates(std::ostream& out, const history::History& h, const TextOptions& opts) {
    out << "\nMandates, durations and obligations across the versions:\n";
    if (h.mandates.empty()) {
        out << "  none\n";
        return;
    }
    for (const auto& t : h.mandates) {
        const auto& chain = h.chains[t.chain];
        std::string title = "  " + history::path_label(chain) + (t.mandate ? "  mandate" : "  obligation/duration");
        for (const auto& s : t.states)
            if (s && !s->action.empty()) {
                title += ": " + detail::excerpt(s->action, opts.width > 40 ? opts.width - 30 : 60);
                break;
            }
        out << title << '\n';
        // Consecutive versions in the same state share one line ("v2–v3").
        std::size_t v = 0;
        while (v < t.states.size()) {
            const std::string line = t.states[v] ? state_line(*t.states[v]) : std::string("(absent)");
            std::size_t w = v + 1;
            while (w < t.states.size() && (t.states[w] ? state_line(*t.states[w]) : "(absent)") == line) ++w;
            std::string versions = "    " + tag(v) + (w - v > 1 ? "\u2013" + tag(w - 1) : "");
            detail::pad_to(versions, 14);
            out << versions << line << '\n';
            v = w;
        }
    }
}

void word_diff(std::ostream& out, const diff::ClauseEntry& e, const TextOptions& opts) {
    const auto words = detail::redline_words(e.edits, context_words);
    detail::Wrapper wrap(out, opts.width, 6);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        std::string visible(w.text), painted(w.text);
        if (w.mark == detail::Mark::deleted || w.mark == detail::Mark::inserted) {
            const bool del = w.mark == detail::Mark::deleted;
            if (detail::starts_group(words, i)) visible = (del ? "[-" : "{+") + visible;
            if (detail::ends_group(words, i)) visible += del ? "-]" : "+}";
            painted = opts.color ? detail::paint(w.text, del ? detail::ansi::deleted : detail::ansi::inserted, true)
                                 : visible;
        }
        wrap.word(visible, painted, i > 0 && w.space_before);
    }
    wrap.finish();
}

void blame(std::ostream& out, const history::History& h, const history::ClauseBlame& b, const TextOptions& opts) {
    const auto& chain = h.chains[b.chain];
    out << "    blame of " << tag(h.versions.size() - 1) << " ([vN: …] = introduced in vN):\n";
    detail::Wrapper wrap(out, opts.width, 6);
    bool first_word = true, space = false;
    for (const auto& span : b.spans) {
        const bool marked = span.version != chain.first_seen;
        // Words of the span, each with whether blanks preceded it.
        std::vector<std::pair<std::string, bool>> words;
        for (const char ch : span.text) {
            if (ch == ' ') {
                space = true;
            } else {
                if (words.empty() || space) words.push_back({std::string(), space});
                words.back().first += ch;
                space = false;
            }
        }
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::string visible = words[i].first;
            if (marked && i == 0) visible = std::string("[").append(tag(span.version)).append(": ").append(visible);
            if (marked && i + 1 == words.size()) visible += "]";
            const std::string painted =
                marked && opts.color ? detail::paint(visible, detail::ansi::inserted, true) : visible;
            wrap.word(visible, painted, !first_word && (words[i].second || (marked && i == 0)));
            first_word = false;
        }
    }
    wrap.finish();
}

void clause_story(std::ostream& out, const history::History& h, std::size_t index, const history::ClauseBlame* b,
                  const TextOptions& opts) {
    const auto& c = h.chains[index];
    const std::size_t last = h.versions.size() - 1;
    std::string headline = "  " + detail::paint(history::path_label(c), detail::ansi::bold, opts.color);
    if (c.first_seen > 0) headline += "  added in " + tag(c.first_seen);
    if (c.last_seen < last) headline += "  removed in " + tag(c.last_seen + 1);
    if (c.first_seen == 0 && c.last_seen == last) headline += std::string("  ") + history::to_string(h.since_first(c)) + " since v1";
    out << headline << '\n';
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto* e = h.entry(c, k);
        if (!e || (e->status == diff::Status::unchanged && !e->moved)) continue;
        out << "    " << step_tag(k) << "  " << detail::pair_label(*e) << "  " << detail::status_flags(*e) << '\n';
        for (const auto& f : e->findings)
            out << "      " << detail::finding_title(f) << ": " << f.message << '\n';
        if (e->status != diff::Status::unchanged) word_diff(out, *e, opts);
    }
    if (b && c.last_seen == last && history::has_younger_phrases(h, *b)) blame(out, h, *b, opts);
}

void clauses(std::ostream& out, const history::History& h, const TextOptions& opts) {
    out << "\nClauses (the last version's order, removed clauses where they stood):\n";
    std::vector<const history::ClauseBlame*> blame_of(h.chains.size(), nullptr);
    for (const auto& b : h.blame) blame_of[b.chain] = &b;
    std::size_t quiet = 0;
    auto flush = [&] {
        if (quiet) out << "  (" << plural(quiet, "clause", "clauses") << " unchanged throughout)\n";
        quiet = 0;
    };
    for (std::size_t i = 0; i < h.chains.size(); ++i) {
        if (!history::has_events(h, h.chains[i])) {
            ++quiet;
            continue;
        }
        flush();
        clause_story(out, h, i, blame_of[i], opts);
    }
    flush();
}

}  // namespace

void history_text(std::ostream& out, const history::History& h, const TextOptions& opts) {
    const auto& first = h.versions.front();
    const auto& last = h.versions.back();
    out << "resdiff history: " << detail::document_label(first.doc) << " \u2192 " << detail::document_label(last.doc)
        << " (" << h.versions.size() << " versions)\n";
    versions(out, h);
    timeline(out, h);
    out << '\n';
    since(out, h, true);
    since(out, h, false);
    mandates(out, h, opts);
    clauses(out, h, opts);
}

}  // namespace resdiff::render
