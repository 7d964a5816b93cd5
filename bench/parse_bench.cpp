// resdiff_parse_bench [CORPUS_DIR] [--runs N] [--synthetic-mb MB]
//
// Throughput of the parser alone and of parse + analyze, (1) over every .txt/.md file of the
// corpus and (2) over one synthetic document of about 10 MB (an enacting formula followed by
// the corpus's operative paragraphs renumbered 1..N). Reports the median of N runs.

#include "bench_support.hpp"

#include "analyze/analyze_document.hpp"
#include "parse/parse_document.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace rb = resdiff::bench;

namespace {

struct Input {
    std::string name;
    std::string text;
};

volatile std::size_t g_sink = 0;  // keeps the optimiser from dropping the work

void parse_all(const std::vector<Input>& inputs, bool analyze) {
    for (const auto& in : inputs) {
        auto r = resdiff::parse::parse_document(in.text, in.name);
        if (r.ok()) {
            if (analyze) resdiff::analyze::analyze_document(*r.document);
            g_sink = g_sink + r.document->clauses.size();
        }
    }
}

void report(const char* what, std::size_t bytes, const rb::Timing& t) {
    std::printf("  %-22s %9.2f ms  %8.2f MB/s   (min %.2f ms, %zu call(s)/run)\n", what, t.median * 1e3,
                rb::mb_per_s(bytes, t.median), t.min * 1e3, t.calls_per_run);
}

int usage() {
    std::fprintf(stderr, "usage: resdiff_parse_bench [CORPUS_DIR] [--runs N] [--synthetic-mb MB]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const char* corpus_arg = nullptr;
    int runs = 5;
    double synthetic_mb = 10.0;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--synthetic-mb") && i + 1 < argc) synthetic_mb = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help")) return usage(), 0;
        else if (argv[i][0] == '-') return usage();
        else corpus_arg = argv[i];
    }
    const auto dir = rb::corpus_dir(corpus_arg);
    const auto files = rb::corpus_files(dir);
    if (files.empty()) {
        std::fprintf(stderr, "resdiff_parse_bench: no .txt/.md files under %s\n", dir.string().c_str());
        return 2;
    }

    std::vector<Input> inputs;
    std::size_t bytes = 0, failed = 0, clauses = 0;
    for (const auto& f : files) {
        inputs.push_back({f.string(), rb::read_file(f)});
        bytes += inputs.back().text.size();
        auto r = resdiff::parse::parse_document(inputs.back().text, f.string());
        if (!r.ok()) ++failed;
        else resdiff::model::for_each_clause(r.document->clauses, [&](const auto&, std::size_t) { ++clauses; });
    }
    std::printf("corpus: %s\n", dir.string().c_str());
    std::printf("  %zu files, %.2f MB, %zu clauses (all levels); %zu file(s) rejected as not a resolution\n",
                inputs.size(), static_cast<double>(bytes) / 1e6, clauses, failed);
    report("parse", bytes, rb::measure([&] { parse_all(inputs, false); }, runs));
    report("parse + analyze", bytes, rb::measure([&] { parse_all(inputs, true); }, runs));

    // Synthetic large document.
    const auto pool = rb::corpus_operative_paragraphs(files);
    const auto ops = rb::paragraphs_for_size(pool, static_cast<std::size_t>(synthetic_mb * 1e6));
    const std::vector<Input> big{{"synthetic.txt", rb::render_document(ops, "S/RES/9999 (2030)")}};
    std::size_t big_clauses = 0;
    {
        auto r = resdiff::parse::parse_document(big.front().text, "synthetic.txt");
        if (!r.ok()) {
            std::fprintf(stderr, "resdiff_parse_bench: the synthetic document does not parse: %zu:%zu: %s\n",
                         r.error->line, r.error->column, r.error->message.c_str());
            return 1;
        }
        resdiff::model::for_each_clause(r.document->clauses, [&](const auto&, std::size_t) { ++big_clauses; });
    }
    const std::size_t big_bytes = big.front().text.size();
    std::size_t subs = 0;
    for (const auto& p : ops) subs += p.children.size();
    std::printf("synthetic: %.2f MB, %zu numbered paragraphs with %zu sub-paragraphs from a pool of %zu distinct "
                "corpus paragraphs; %zu clauses parsed (all levels)\n",
                static_cast<double>(big_bytes) / 1e6, ops.size(), subs, pool.size(), big_clauses);
    const int big_runs = std::max(1, std::min(runs, 3));
    report("parse", big_bytes, rb::measure([&] { parse_all(big, false); }, big_runs, 0.0));
    report("parse + analyze", big_bytes, rb::measure([&] { parse_all(big, true); }, big_runs, 0.0));
    return 0;
}
