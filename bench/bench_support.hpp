#pragma once
// Shared by the benchmark programs: corpus discovery, timing, and synthetic documents built
// from the corpus's operative paragraphs.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace resdiff::bench {

namespace fs = std::filesystem;

// CORPUS_DIR from argv, else $RESDIFF_CORPUS, else the compiled-in ../shared/corpus.
fs::path corpus_dir(const char* arg);

// Every *.txt and *.md file below dir (recursively, MANIFEST.md excluded), sorted.
std::vector<fs::path> corpus_files(const fs::path& dir);

std::string read_file(const fs::path& p);
void write_file(const fs::path& p, const std::string& content);

// Median seconds per call of fn over `runs` runs. Each run repeats fn until it has taken at
// least `min_run_seconds`, so that sub-millisecond calls are still measured accurately.
struct Timing {
    double median = 0;  // seconds per call
    double min = 0;
    std::size_t calls_per_run = 1;
};
Timing measure(const std::function<void()>& fn, int runs, double min_run_seconds = 0.05);

double mb_per_s(std::size_t bytes, double seconds);

// One paragraph of a synthetic document: its words (lead + text) and sub-paragraphs. Numbers
// and labels are assigned by position when the document is rendered.
struct Paragraph {
    std::string text;
    std::vector<Paragraph> children;
};

// The operative paragraphs of every corpus text that parses (files that do not are skipped),
// each with its sub-paragraphs run into its text. Exact duplicates (the corpus's raw/ copies)
// and paragraphs over 4 KB (bodies stored on one line, where the parser finds no paragraph
// breaks) are dropped.
std::vector<Paragraph> corpus_operative_paragraphs(const std::vector<fs::path>& files);

// Paragraphs taken in turn from `pool` (cycling when needed) until the rendered size reaches
// about target_bytes, each numbered paragraph with `children` sub-paragraphs taken from the pool
// too: the same shape at any size (paragraph numbers go above 999 from about 4 MB on with 8).
std::vector<Paragraph> paragraphs_of_shape(const std::vector<Paragraph>& pool, std::size_t target_bytes,
                                           std::size_t children);

// Paragraphs taken in turn from `pool` (cycling when needed) until the rendered size reaches
// about target_bytes: at most 950 numbered paragraphs (the grammar reads paragraph numbers of
// up to three digits), each with up to 25 sub-paragraphs (a)..(y) taken from the pool too.
std::vector<Paragraph> paragraphs_for_size(const std::vector<Paragraph>& pool, std::size_t target_bytes);

// A Security Council resolution: heading, enacting formula, two preambular paragraphs and the
// paragraphs numbered 1..N with sub-paragraphs (a), (b), ..., wrapped at 85 columns as in the
// official layout.
std::string render_document(const std::vector<Paragraph>& ops, const std::string& symbol);

struct EditCounts {
    std::size_t dates_changed = 0, deleted = 0, inserted = 0;
};
// Scattered edits, counting paragraphs and sub-paragraphs in document order: a date changed in
// every 20th (the next one holding a date when the 20th has none), every 50th deleted (with its
// sub-paragraphs), a new one inserted after every 70th (as its sibling).
std::vector<Paragraph> scattered_edits(const std::vector<Paragraph>& old_ops, EditCounts& counts);

// The version pairs of the corpus MANIFEST.md ("Version pairs"), each chain as consecutive
// pairs; paths relative to the corpus directory.
struct VersionPair {
    const char* series;
    const char* old_file;
    const char* new_file;
};
const std::vector<VersionPair>& manifest_pairs();

}  // namespace resdiff::bench
