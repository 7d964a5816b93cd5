// resdiff_make_inputs [CORPUS_DIR] --out DIR [--sizes MB,MB,...] [--children N] [--batch-copies K]
//
// Writes the inputs bench/run.sh times the tools on:
//   DIR/doc-<MB>mb-old.txt, DIR/doc-<MB>mb-new.txt   for each size (default 1,10): a resolution
//       of about MB megabytes made of the corpus's operative paragraphs (each numbered paragraph
//       with N sub-paragraphs, default 8), and a revision of it with scattered edits (a date
//       moved one year on in every 20th paragraph or sub-paragraph, every 50th deleted, a new
//       one inserted after every 70th, everything renumbered);
//   DIR/batch/old/, DIR/batch/new/   the version pairs of the corpus MANIFEST.md, the old
//       version of pair NN as old/NN-SERIES.txt and the new one as new/NN-SERIES.txt, so that
//       `resdiff check DIR/batch/old DIR/batch/new` compares them all in one run; with K > 1,
//       also DIR/batch-xK/{old,new}: K copies of the set in copy-1/ .. copy-K/ (a larger batch
//       for --jobs scaling).
// Prints one line per input written.

#include "bench_support.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace rb = resdiff::bench;

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: resdiff_make_inputs [CORPUS_DIR] --out DIR [--sizes MB,MB,...] [--children N] "
                 "[--batch-copies K]\n");
    return 2;
}

std::string size_name(double mb) {
    std::ostringstream s;
    s << mb;
    return s.str();
}

std::string slug(const std::string& s) {
    std::string out;
    for (const char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const char* corpus_arg = nullptr;
    rb::fs::path out_dir;
    std::vector<double> sizes{1, 10};
    std::size_t children = 8;
    int copies = 1;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--out") && i + 1 < argc) out_dir = argv[++i];
        else if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) {
            sizes.clear();
            std::istringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');)
                if (!item.empty()) sizes.push_back(std::atof(item.c_str()));
        } else if (!std::strcmp(argv[i], "--children") && i + 1 < argc) {
            children = static_cast<std::size_t>(std::atoi(argv[++i]));
        } else if (!std::strcmp(argv[i], "--batch-copies") && i + 1 < argc) {
            copies = std::max(1, std::atoi(argv[++i]));
        } else if (!std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help")) {
            return usage(), 0;
        } else if (argv[i][0] == '-') {
            return usage();
        } else {
            corpus_arg = argv[i];
        }
    }
    if (out_dir.empty()) return usage();
    const auto dir = rb::corpus_dir(corpus_arg);
    const auto pool = rb::corpus_operative_paragraphs(rb::corpus_files(dir));
    if (pool.empty()) {
        std::fprintf(stderr, "resdiff_make_inputs: no operative paragraphs found under %s\n", dir.string().c_str());
        return 2;
    }
    rb::fs::create_directories(out_dir);

    for (const double mb : sizes) {
        const auto old_ops = rb::paragraphs_of_shape(pool, static_cast<std::size_t>(mb * 1e6), children);
        rb::EditCounts edits;
        const auto new_ops = rb::scattered_edits(old_ops, edits);
        const std::string name = "doc-" + size_name(mb) + "mb";
        const auto old_path = out_dir / (name + "-old.txt"), new_path = out_dir / (name + "-new.txt");
        const std::string old_text = rb::render_document(old_ops, "S/2030/100");
        rb::write_file(old_path, old_text);
        const std::string new_text = rb::render_document(new_ops, "S/2030/100/Rev.1");
        rb::write_file(new_path, new_text);
        std::size_t subs = 0;
        for (const auto& p : old_ops) subs += p.children.size();
        std::printf("%s: %.2f MB, %zu numbered paragraphs with %zu sub-paragraphs -> %s: %.2f MB (%zu dates "
                    "changed, %zu deleted, %zu inserted)\n",
                    old_path.string().c_str(), static_cast<double>(old_text.size()) / 1e6, old_ops.size(), subs,
                    new_path.filename().string().c_str(), static_cast<double>(new_text.size()) / 1e6,
                    edits.dates_changed, edits.deleted, edits.inserted);
    }

    // The MANIFEST pairs as two directory trees: once in batch/, K times in batch-xK/.
    auto write_batch = [&](const rb::fs::path& batch, int count) {
        std::error_code ec;
        rb::fs::remove_all(batch, ec);
        std::size_t pairs = 0, bytes = 0;
        for (int k = 1; k <= count; ++k) {
            const rb::fs::path sub = count > 1 ? rb::fs::path("copy-" + std::to_string(k)) : rb::fs::path();
            rb::fs::create_directories(batch / "old" / sub);
            rb::fs::create_directories(batch / "new" / sub);
            std::size_t n = 0;
            for (const auto& p : rb::manifest_pairs()) {
                ++n;
                const auto old_src = dir / p.old_file, new_src = dir / p.new_file;
                if (!rb::fs::exists(old_src) || !rb::fs::exists(new_src)) continue;
                char number[24];
                std::snprintf(number, sizeof number, "%02zu", n);
                const std::string file = std::string(number) + "-" + slug(p.series) + ".txt";
                rb::fs::copy_file(old_src, batch / "old" / sub / file, rb::fs::copy_options::overwrite_existing);
                rb::fs::copy_file(new_src, batch / "new" / sub / file, rb::fs::copy_options::overwrite_existing);
                bytes += rb::fs::file_size(old_src) + rb::fs::file_size(new_src);
                ++pairs;
            }
        }
        std::printf("%s/{old,new}: %zu version pairs of MANIFEST.md%s, %.2f MB together\n", batch.string().c_str(),
                    pairs, count > 1 ? (" (" + std::to_string(count) + " copies)").c_str() : "",
                    static_cast<double>(bytes) / 1e6);
    };
    write_batch(out_dir / "batch", 1);
    if (copies > 1) write_batch(out_dir / ("batch-x" + std::to_string(copies)), copies);
    return 0;
}
