// resdiff_history_bench [CORPUS_DIR] [--versions N] [--kb KB] [--runs N]
//
// Times resdiff::history::build_history (documents parsed and analyzed beforehand, not timed) and
// the history renderers on a synthetic chain of N versions (default 40) of a document of about
// KB kilobytes (default 60) built from the corpus's operative paragraphs, each version the
// previous one with scattered edits (a date changed in every 20th paragraph, every 50th
// deleted, one inserted after every 70th). Also times the UNFICYP renewal chain of the corpus
// (the bulk/cr-unsc-gold/ texts MANIFEST.md marks "UNFICYP (Cyprus)") when it is there.

#include "bench_support.hpp"

#include "analyze/analyze_document.hpp"
#include "history/history.hpp"
#include "parse/parse_document.hpp"
#include "render/history_render.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace rb = resdiff::bench;
using namespace resdiff;

namespace {

std::optional<model::Document> load(const std::string& text, const std::string& name) {
    auto r = parse::parse_document(text, name);
    if (!r.ok()) return std::nullopt;
    analyze::analyze_document(*r.document);
    return std::move(*r.document);
}

volatile std::size_t g_sink = 0;

void time_chain(const char* title, const std::vector<model::Document>& docs, std::size_t bytes, int runs) {
    std::vector<history::Version> versions;
    for (const auto& d : docs) versions.push_back({&d, ""});
    std::optional<history::History> h;
    const auto t_build = rb::measure([&] { h = history::build_history(versions); }, runs, 0.0);
    std::size_t clauses = 0;
    for (const auto& d : docs) model::for_each_clause(d.clauses, [&](const auto&, std::size_t) { ++clauses; });
    std::printf("%s: %zu versions, %.1f KB in all, %zu clauses in all, %zu chains, %zu mandate tracks\n", title,
                docs.size(), static_cast<double>(bytes) / 1e3, clauses, h->chains.size(), h->mandates.size());
    std::printf("  %-34s %9.1f ms\n", "build_history (diffs + chains)", t_build.median * 1e3);
    auto render = [&](const char* name, auto fn) {
        const auto t = rb::measure(
            [&] {
                std::ostringstream out;
                fn(out);
                g_sink = g_sink + out.str().size();
            },
            runs, 0.0);
        std::printf("  %-34s %9.1f ms\n", name, t.median * 1e3);
    };
    render("render text", [&](std::ostream& o) { render::history_text(o, *h); });
    render("render json", [&](std::ostream& o) { render::history_json(o, *h); });
    render("render markdown", [&](std::ostream& o) { render::history_markdown(o, *h); });
    render("render html", [&](std::ostream& o) { render::history_html(o, *h); });
}

int usage() {
    std::fprintf(stderr, "usage: resdiff_history_bench [CORPUS_DIR] [--versions N] [--kb KB] [--runs N]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const char* corpus_arg = nullptr;
    int runs = 5;
    std::size_t versions = 40;
    double kb = 60;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--versions") && i + 1 < argc) versions = static_cast<std::size_t>(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--kb") && i + 1 < argc) kb = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help")) return usage(), 0;
        else if (argv[i][0] == '-') return usage();
        else corpus_arg = argv[i];
    }
    if (versions < 2) return usage();
    const auto dir = rb::corpus_dir(corpus_arg);
    std::printf("corpus: %s\n", dir.string().c_str());

    // (a) Synthetic chain.
    const auto pool = rb::corpus_operative_paragraphs(rb::corpus_files(dir));
    if (pool.empty()) {
        std::fprintf(stderr, "resdiff_history_bench: no operative paragraphs found under %s\n", dir.string().c_str());
        return 2;
    }
    std::vector<rb::Paragraph> ops = rb::paragraphs_for_size(pool, static_cast<std::size_t>(kb * 1e3));
    std::vector<model::Document> docs;
    docs.reserve(versions);
    std::size_t bytes = 0;
    for (std::size_t v = 0; v < versions; ++v) {
        if (v > 0) {
            rb::EditCounts counts;
            ops = rb::scattered_edits(ops, counts);
        }
        const std::string text = rb::render_document(ops, "S/2030/100/Rev." + std::to_string(v));
        bytes += text.size();
        auto doc = load(text, resdiff::history::version_tag(v));
        if (!doc) {
            std::fprintf(stderr, "resdiff_history_bench: version %zu does not parse\n", v + 1);
            return 1;
        }
        docs.push_back(std::move(*doc));
    }
    time_chain("(a) synthetic chain", docs, bytes, runs);

    // (b) UNFICYP renewals of the corpus.
    std::error_code ec;
    const auto manifest_path = dir / "MANIFEST.md";
    if (!rb::fs::exists(manifest_path, ec)) return 0;
    const std::string manifest = rb::read_file(manifest_path);
    std::set<std::string> names;
    const std::regex row("S_RES_\\d{4}_\\d{4}_EN_GOLD\\.txt");
    std::istringstream lines(manifest);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (line.rfind("| ", 0) == 0 && line.find("UNFICYP (Cyprus)") != std::string::npos &&
            std::regex_search(line, m, row))
            names.insert(m[0]);
    }
    std::vector<model::Document> real;
    std::size_t real_bytes = 0;
    for (const auto& n : names) {
        const auto p = dir / "bulk" / "cr-unsc-gold" / n;
        if (!rb::fs::exists(p, ec)) continue;
        const std::string text = rb::read_file(p);
        if (auto d = load(text, n)) {
            real_bytes += text.size();
            real.push_back(std::move(*d));
        }
    }
    if (real.size() >= 2) time_chain("(b) UNFICYP renewals (corpus)", real, real_bytes, runs);
    return 0;
}
