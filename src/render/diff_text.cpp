// `diff --format text`: for a terminal. Summary and key findings first, then each changed clause
// with its findings and word diff; runs of unchanged clauses are folded into one line.
#include "diff/side_thread.hpp"
#include "render/labels.hpp"
#include "render/redline.hpp"
#include "render/render.hpp"
#include "render/text_layout.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::render {

namespace {

namespace ansi = detail::ansi;
using detail::paint;

constexpr std::size_t context_words = 8;
constexpr std::size_t max_key_findings = 12;

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

const char* category_style(diff::Category c) {
    switch (c) {
    case diff::Category::obligation: return ansi::red;
    case diff::Category::duration: return ansi::yellow;
    case diff::Category::scope: return ansi::cyan;
    case diff::Category::wording: return ansi::dim;
    }
    return ansi::dim;
}

std::string finding_tag(const diff::Finding& f, bool color) {
    std::string tag = std::string(detail::category_name(f.category)) + ' ' +
                      detail::direction_name(f.direction);
    return paint(tag, category_style(f.category), color);
}

void header(std::ostream& out, const diff::DocumentDiff& d, bool color) {
    out << paint("resdiff", ansi::bold, color) << ": " << detail::document_label(d.old_doc)
        << " \u2192 " << detail::document_label(d.new_doc) << '\n';
    if (d.old_doc) out << "  old: " << d.old_doc->source << '\n';
    if (d.new_doc) out << "  new: " << d.new_doc->source << '\n';
    const auto& c = d.summary.clauses;
    const auto& f = d.summary.findings;
    out << '\n'
        << paint("Clauses: ", ansi::bold, color) << c.modified << " modified, " << c.added
        << " added, " << c.removed << " removed, " << c.moved << " moved, " << c.renumbered
        << " renumbered, " << c.unchanged << " unchanged\n"
        << paint("Findings:", ansi::bold, color) << ' ' << f.obligation << " obligation, "
        << f.duration << " duration, " << f.scope << " scope, " << f.wording << " wording\n";
}

void key_findings(std::ostream& out, const diff::DocumentDiff& d, bool color) {
    const auto ranked = detail::ranked_findings(d);
    if (ranked.empty()) return;
    out << '\n' << paint("Key findings:", ansi::bold, color) << '\n';
    std::size_t label_cols = 0;
    for (std::size_t i = 0; i < ranked.size() && i < max_key_findings; ++i)
        label_cols = std::max(label_cols, detail::display_width(detail::pair_label(*ranked[i].entry)));
    // The tag column is as wide as its widest entry ("obligation strengthened") plus a blank.
    std::size_t tag_cols = 0;
    for (std::size_t i = 0; i < ranked.size() && i < max_key_findings; ++i)
        tag_cols = std::max(tag_cols, std::string(detail::category_name(ranked[i].finding->category)).size() + 1 +
                                          std::string(detail::direction_name(ranked[i].finding->direction)).size());
    for (std::size_t i = 0; i < ranked.size() && i < max_key_findings; ++i) {
        const auto& f = *ranked[i].finding;
        std::string tag = std::string(detail::category_name(f.category)) + ' ' +
                          detail::direction_name(f.direction);
        std::string tag_padded = tag;
        detail::pad_to(tag_padded, tag_cols + 2);
        std::string label = detail::pair_label(*ranked[i].entry);
        detail::pad_to(label, label_cols + 2);
        out << "  " << paint(tag, category_style(f.category), color)
            << tag_padded.substr(tag.size()) << paint(label, ansi::bold, color) << f.message
            << '\n';
    }
    if (ranked.size() > max_key_findings)
        out << "  \u2026 and " << plural(ranked.size() - max_key_findings, "more finding", "more findings")
            << " below\n";
}

void word_diff(std::ostream& out, const diff::ClauseEntry& e, const TextOptions& opts) {
    std::vector<diff::Edit> made;
    const auto words = detail::redline_words(detail::entry_edits(e, made), context_words);
    detail::Wrapper wrap(out, opts.width, 4);
    std::string decorated;  // reused: most words are written as they are, without a copy
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        std::string_view visible = w.text, painted = w.text;
        switch (w.mark) {
        case detail::Mark::equal:
            break;
        case detail::Mark::elided:
            if (opts.color) painted = decorated = paint(w.text, ansi::dim, true);
            break;
        case detail::Mark::deleted:
        case detail::Mark::inserted: {
            const bool del = w.mark == detail::Mark::deleted;
            if (opts.color) {
                painted = decorated = paint(w.text, del ? ansi::deleted : ansi::inserted, true);
            } else {
                decorated.clear();
                if (detail::starts_group(words, i)) decorated += del ? "[-" : "{+";
                decorated += w.text;
                if (detail::ends_group(words, i)) decorated += del ? "-]" : "+}";
                visible = painted = decorated;
            }
            break;
        }
        }
        wrap.word(visible, painted, w.space_before);
    }
    wrap.finish();
}

void entry_section(std::ostream& out, const diff::ClauseEntry& e, const TextOptions& opts) {
    const bool color = opts.color;
    out << '\n' << paint(detail::pair_label(e), ansi::bold, color) << "  " << detail::status_flags(e) << '\n';
    std::vector<const diff::Finding*> fs;
    for (const auto& f : e.findings) fs.push_back(&f);
    std::stable_sort(fs.begin(), fs.end(), [](const diff::Finding* a, const diff::Finding* b) {
        return detail::category_rank(a->category) < detail::category_rank(b->category);
    });
    for (const auto* f : fs) {
        out << "  " << finding_tag(*f, color) << ": " << f->message << '\n';
        if (detail::quote_texts(*f)) {
            const std::size_t room = opts.width > 40 ? (opts.width - 16) / 2 : 60;
            const auto [old_part, new_part] = detail::excerpt_pair(f->old_text, f->new_text, room);
            out << "      \u201c" << old_part << "\u201d \u2192 \u201c" << new_part << "\u201d\n";
        }
    }
    if (detail::text_unchanged(e)) {
        const model::Clause* c = e.new_clause ? e.new_clause : e.old_clause;
        if (c) {
            out << "    " << paint("(text unchanged)", ansi::dim, color) << ' '
                << detail::excerpt(detail::clause_words(*c),
                                   opts.width > 40 ? opts.width - 22 : 60)
                << '\n';
        }
        return;
    }
    word_diff(out, e, opts);
}

struct Fold {
    std::size_t count = 0, renumbered = 0;
    std::string first, last;
};

std::string entry_id(const diff::ClauseEntry& e) {
    return e.new_id ? *e.new_id : e.old_id.value_or("?");
}

void flush(std::ostream& out, Fold& fold, bool color) {
    if (fold.count == 0) return;
    std::string line = "\u00b7 " + plural(fold.count, "unchanged clause", "unchanged clauses") + " (" +
                       fold.first;
    if (fold.count > 1) line += " \u2026 " + fold.last;
    if (fold.renumbered) line += ", " + std::to_string(fold.renumbered) + " renumbered";
    line += ")";
    out << '\n' << paint(line, ansi::dim, color) << '\n';
    fold = {};
}

// Entries [from, to): shown ones in full, runs of the others folded into one line.
void entries_text(std::ostream& out, const diff::DocumentDiff& d, std::size_t from, std::size_t to,
                  const TextOptions& opts) {
    Fold fold;
    for (std::size_t i = from; i < to; ++i) {
        const auto& e = d.entries[i];
        if (!detail::is_shown(e)) {
            if (fold.count++ == 0) fold.first = entry_id(e);
            fold.last = entry_id(e);
            if (e.renumbered) ++fold.renumbered;
            continue;
        }
        flush(out, fold, opts.color);
        entry_section(out, e, opts);
    }
    flush(out, fold, opts.color);
}

// Below this many entries the report is written on one thread.
constexpr std::size_t kEntriesForTwoThreads = 4096;

}  // namespace

void diff_text(std::ostream& out, const diff::DocumentDiff& d, const TextOptions& opts) {
    header(out, d, opts.color);
    key_findings(out, d, opts.color);

    const bool any = std::any_of(d.entries.begin(), d.entries.end(), detail::is_shown);
    if (!any) {
        out << '\n' << "No substantive differences.\n";
        if (d.entries.empty()) return;
    }
    // A large report is written in two halves at once, the second into memory on another
    // thread. The cut is at a shown clause: no fold of unchanged clauses spans it, so the two
    // halves read as one.
    const std::size_t count = d.entries.size();
    std::size_t cut = count;
    if (opts.concurrent && count >= kEntriesForTwoThreads)
        for (cut = count / 2; cut < count && !detail::is_shown(d.entries[cut]);) ++cut;
    std::ostringstream second_half;
    diff::SideThread side;
    if (cut < count) side.start([&] { entries_text(second_half, d, cut, count, opts); });
    entries_text(out, d, 0, cut, opts);
    if (cut < count) {
        side.join();
        const std::string_view tail = second_half.view();
        out.write(tail.data(), static_cast<std::streamsize>(tail.size()));
    }
}

}  // namespace resdiff::render
