// resdiff_diff_bench [CORPUS_DIR] [--runs N] [--pair-dir DIR] [--pair-mb MB]
//
// Times resdiff::diff::diff_documents (documents parsed and analyzed beforehand, not timed):
// (a) on every version pair listed in the corpus MANIFEST.md (missing files are skipped);
// (b) on a large pair of several MB built from the corpus's operative paragraphs with
//     scattered edits (a date changed in every 20th paragraph, every 50th deleted, one
//     inserted after every 70th). The pair is written to DIR (default $TMPDIR/resdiff-bench)
//     as large-old.txt and large-new.txt so that bench/run.sh can time other tools on it.

#include "bench_support.hpp"

#include "analyze/analyze_document.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace rb = resdiff::bench;

namespace {

std::optional<resdiff::model::Document> load(const std::string& text, const std::string& name) {
    auto r = resdiff::parse::parse_document(text, name);
    if (!r.ok()) {
        std::fprintf(stderr, "  %s: %zu:%zu: %s\n", name.c_str(), r.error->line, r.error->column,
                     r.error->message.c_str());
        return std::nullopt;
    }
    resdiff::analyze::analyze_document(*r.document);
    return std::move(*r.document);
}

std::size_t count_clauses(const resdiff::model::Document& d) {
    std::size_t n = 0;
    resdiff::model::for_each_clause(d.clauses, [&](const auto&, std::size_t) { ++n; });
    return n;
}

volatile std::size_t g_sink = 0;

int usage() {
    std::fprintf(stderr, "usage: resdiff_diff_bench [CORPUS_DIR] [--runs N] [--pair-dir DIR] [--pair-mb MB]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const char* corpus_arg = nullptr;
    int runs = 5;
    double pair_mb = 4.0;
    rb::fs::path pair_dir;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--pair-dir") && i + 1 < argc) pair_dir = argv[++i];
        else if (!std::strcmp(argv[i], "--pair-mb") && i + 1 < argc) pair_mb = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help")) return usage(), 0;
        else if (argv[i][0] == '-') return usage();
        else corpus_arg = argv[i];
    }
    const auto dir = rb::corpus_dir(corpus_arg);
    if (pair_dir.empty()) pair_dir = rb::fs::temp_directory_path() / "resdiff-bench";

    // (a) MANIFEST pairs.
    std::printf("corpus: %s\n", dir.string().c_str());
    std::printf("(a) version pairs of MANIFEST.md: diff_documents, median of %d runs\n", runs);
    std::printf("  %-22s %-46s %-34s %8s %7s %10s %9s\n", "series", "old", "new", "KB", "clauses", "time", "MB/s");
    std::size_t total_bytes = 0, done = 0, skipped = 0;
    double total_seconds = 0;
    for (const auto& p : rb::manifest_pairs()) {
        const auto old_path = dir / p.old_file, new_path = dir / p.new_file;
        if (!rb::fs::exists(old_path) || !rb::fs::exists(new_path)) {
            std::printf("  %-22s %-46s %-34s skipped (missing)\n", p.series, p.old_file, p.new_file);
            ++skipped;
            continue;
        }
        const std::string old_text = rb::read_file(old_path), new_text = rb::read_file(new_path);
        auto old_doc = load(old_text, p.old_file);
        auto new_doc = load(new_text, p.new_file);
        if (!old_doc || !new_doc) {
            std::printf("  %-22s %-46s %-34s skipped (does not parse)\n", p.series, p.old_file, p.new_file);
            ++skipped;
            continue;
        }
        const auto t = rb::measure(
            [&] { g_sink = g_sink + resdiff::diff::diff_documents(*old_doc, *new_doc).entries.size(); }, runs);
        const std::size_t bytes = old_text.size() + new_text.size();
        std::printf("  %-22s %-46s %-34s %8.1f %7zu %7.3f ms %9.2f\n", p.series, p.old_file, p.new_file,
                    static_cast<double>(bytes) / 1e3, count_clauses(*old_doc) + count_clauses(*new_doc),
                    t.median * 1e3, rb::mb_per_s(bytes, t.median));
        total_bytes += bytes;
        total_seconds += t.median;
        ++done;
    }
    std::printf("  %zu pair(s) timed, %zu skipped; together %.2f MB in %.2f ms = %.2f MB/s (diff only)\n", done,
                skipped, static_cast<double>(total_bytes) / 1e6, total_seconds * 1e3,
                rb::mb_per_s(total_bytes, total_seconds));

    // (b) Large synthetic pair.
    const auto pool = rb::corpus_operative_paragraphs(rb::corpus_files(dir));
    if (pool.empty()) {
        std::fprintf(stderr, "resdiff_diff_bench: no operative paragraphs found under %s\n", dir.string().c_str());
        return 2;
    }
    const auto old_ops = rb::paragraphs_for_size(pool, static_cast<std::size_t>(pair_mb * 1e6));
    rb::EditCounts edits;
    const auto new_ops = rb::scattered_edits(old_ops, edits);
    const std::string old_text = rb::render_document(old_ops, "S/2030/100");
    const std::string new_text = rb::render_document(new_ops, "S/2030/100/Rev.1");
    rb::fs::create_directories(pair_dir);
    const auto old_path = pair_dir / "large-old.txt", new_path = pair_dir / "large-new.txt";
    rb::write_file(old_path, old_text);
    rb::write_file(new_path, new_text);
    const std::size_t bytes = old_text.size() + new_text.size();
    std::printf("(b) large pair: %s (%.2f MB, %zu numbered paragraphs) -> %s (%.2f MB, %zu)\n",
                old_path.string().c_str(), static_cast<double>(old_text.size()) / 1e6, old_ops.size(),
                new_path.string().c_str(), static_cast<double>(new_text.size()) / 1e6, new_ops.size());
    std::printf("  edits: %zu dates changed, %zu (sub-)paragraphs deleted, %zu inserted (pool of %zu distinct "
                "corpus paragraphs)\n",
                edits.dates_changed, edits.deleted, edits.inserted, pool.size());

    const int big_runs = std::max(1, std::min(runs, 3));
    std::optional<resdiff::model::Document> old_doc, new_doc;
    const auto t_load = rb::measure(
        [&] {
            old_doc = load(old_text, old_path.string());
            new_doc = load(new_text, new_path.string());
        },
        big_runs, 0.0);
    if (!old_doc || !new_doc) return 1;
    std::size_t entries = 0, modified = 0, added = 0, removed = 0;
    const auto t_diff = rb::measure(
        [&] {
            const auto d = resdiff::diff::diff_documents(*old_doc, *new_doc);
            entries = d.entries.size();
            modified = d.summary.clauses.modified;
            added = d.summary.clauses.added;
            removed = d.summary.clauses.removed;
        },
        big_runs, 0.0);
    std::printf("  clauses: %zu old, %zu new; diff: %zu entries, %zu modified, %zu added, %zu removed\n",
                count_clauses(*old_doc), count_clauses(*new_doc), entries, modified, added, removed);
    std::printf("  %-26s %9.1f ms  %8.2f MB/s\n", "parse + analyze (both)", t_load.median * 1e3,
                rb::mb_per_s(bytes, t_load.median));
    std::printf("  %-26s %9.1f ms  %8.2f MB/s\n", "diff_documents", t_diff.median * 1e3,
                rb::mb_per_s(bytes, t_diff.median));
    std::printf("  %-26s %9.1f ms  %8.2f MB/s\n", "total (no I/O, no render)", (t_load.median + t_diff.median) * 1e3,
                rb::mb_per_s(bytes, t_load.median + t_diff.median));
    return 0;
}
