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

// The version pairs of MANIFEST.md ("Version pairs"), each chain as consecutive pairs.
struct Pair {
    const char* series;
    const char* old_file;
    const char* new_file;
};
constexpr Pair kPairs[] = {
    {"UNIFIL", "S-RES-426-1978.txt", "S-RES-434-1978.txt"},
    {"UNIFIL", "S-RES-803-1993.txt", "S-RES-852-1993.txt"},
    {"UNDOF", "S-RES-790-1992.txt", "S-RES-830-1993.txt"},
    {"UNFICYP", "S-RES-186-1964.txt", "S-RES-839-1993.txt"},
    {"UNFICYP", "S-RES-839-1993.txt", "S-RES-889-1993.txt"},
    {"UNMIS", "S-RES-1590-2005.txt", "S-RES-1627-2005.txt"},
    {"UNMIS", "S-RES-1627-2005.txt", "S-RES-1663-2006.txt"},
    {"UNMIS", "S-RES-1663-2006.txt", "S-RES-1706-2006.txt"},
    {"UNMIS", "S-RES-1706-2006.txt", "S-RES-1709-2006.txt"},
    {"UNMIS", "S-RES-1709-2006.txt", "S-RES-1714-2006.txt"},
    {"UNMIS", "S-RES-1714-2006.txt", "S-RES-1755-2007.txt"},
    {"UNMIS", "S-RES-1755-2007.txt", "S-RES-1784-2007.txt"},
    {"UNMIS", "S-RES-1784-2007.txt", "S-RES-1812-2008.txt"},
    {"UNMIS", "S-RES-1812-2008.txt", "S-RES-1919-2010.txt"},
    {"UNMISS", "S-2016-1061-draft-2016-12-15.txt", "S-2018-221-draft-2018-03-15.txt"},
    {"UNISFA", "S-2018-341-draft-2018-04-13.txt", "S-2018-1021-draft-2018-11-15.txt"},
    {"UNSOM", "S-2018-257-draft-2018-03-27.txt", "S-2019-266-draft-2019-03-27.txt"},
    {"UNSOM", "S-2019-266-draft-2019-03-27.txt", "bulk/unbench-task3/UNBench-task3-draft-29.txt"},
    {"AMISOM", "S-2018-437-draft-2018-05-15.txt", "S-2020-445-draft-2020-05-29.txt"},
    {"Sudan 1591", "S-2018-95-draft-2018-02-08.txt", "S-2020-110-draft-2020-02-11.txt"},
    {"South Sudan sanctions", "S-2017-444-draft-2017-05-24.txt", "S-2019-441-draft-2019-05-30.txt"},
    {"CAR sanctions", "S-2017-77-draft-2017-01-27.txt", "S-2019-90-draft-2019-01-31.txt"},
    {"Yemen 2140", "S-2017-142-draft-2017-02-23.txt", "S-2022-158-draft-2022-02-28.txt"},
    {"UNAMI", "bulk/unbench-task3/UNBench-task3-draft-22.txt", "S-2020-449-draft-2020-05-29.txt"},
    {"UNAMI", "S-2020-449-draft-2020-05-29.txt", "S-2022-426-draft-2022-05-26.txt"},
    {"Colombia", "S-2021-443-draft-2021-05-11.txt", "S-2023-571-draft-2023-08-02.txt"},
    {"Libya 1970", "bulk/unbench-task3/UNBench-task3-draft-13.txt", "bulk/unbench-task3/UNBench-task3-draft-18.txt"},
    {"Gaza (related)", "S-2023-970-draft-2023-12-08.txt", "S-2024-835-draft-2024-11-20.txt"},
    {"1267/1988 (related)", "bulk/unbench-task3/UNBench-task3-draft-12.txt",
     "bulk/unbench-task3/UNBench-task3-draft-16.txt"},
    {"GA draft->res", "A-80-L.2-draft-2025-09-15.txt", "A-RES-80-1.txt"},
    {"GA draft->res", "A-80-L.6-draft-2025-10-07.txt", "A-RES-80-4.txt"},
    {"GA draft->res", "A-80-L.7-draft-2025-10-22.txt", "A-RES-80-7.txt"},
    {"GA draft->res", "A-80-L.11-draft-2025-11-06.txt", "A-RES-80-10.txt"},
    {"GA draft->res", "A-C.1-80-L.1-draft-2025-10-08.txt", "A-RES-80-17.txt"},
};

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
    for (const auto& p : kPairs) {
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
