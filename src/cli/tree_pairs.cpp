#include "cli/tree_pairs.hpp"

#include "cli/input.hpp"
#include "cli/load_document.hpp"
#include "cli/options.hpp"
#include "diff/diff_documents.hpp"
#include "render/render.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace resdiff::cli {

namespace fs = std::filesystem;

namespace {

bool list_files(const std::string& dir, std::vector<std::string>& out, std::string& error) {
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec) {
        error = dir + ": " + ec.message();
        return false;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            error = dir + ": " + ec.message();
            return false;
        }
        std::error_code ec2;
        if (!it->is_regular_file(ec2)) continue;
        const std::string name = it->path().filename().string();
        if (!is_resolution_file_name(name)) continue;
        out.push_back(it->path().lexically_relative(dir).generic_string());
    }
    if (ec) {
        error = dir + ": " + ec.message();
        return false;
    }
    return true;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool is_resolution_file_name(const std::string& name) { return ends_with(name, ".txt") || ends_with(name, ".md"); }

std::optional<std::vector<TreePair>> pair_trees(const std::string& old_dir, const std::string& new_dir,
                                                std::string& error) {
    std::vector<std::string> olds, news;
    if (!list_files(old_dir, olds, error) || !list_files(new_dir, news, error)) return std::nullopt;
    std::map<std::string, TreePair> by_rel;
    for (const auto& r : olds) {
        by_rel[r].rel = r;
        by_rel[r].in_old = true;
    }
    for (const auto& r : news) {
        by_rel[r].rel = r;
        by_rel[r].in_new = true;
    }
    std::vector<TreePair> out;
    out.reserve(by_rel.size());
    for (auto& [rel, pair] : by_rel) out.push_back(std::move(pair));
    return out;
}

std::string join_path(const std::string& dir, const std::string& rel) {
    std::string d = dir;
    while (d.size() > 1 && d.back() == '/') d.pop_back();
    if (d == "." || d.empty()) return rel;
    if (d.rfind("./", 0) == 0) d.erase(0, 2);
    return d == "/" ? "/" + rel : d + "/" + rel;
}

bool same_contents(const std::string& a, const std::string& b) {
    std::error_code ec;
    const auto sa = fs::file_size(a, ec);
    if (ec) return false;
    const auto sb = fs::file_size(b, ec);
    if (ec || sa != sb) return false;
    std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
    if (!fa || !fb) return false;
    std::ostringstream ca, cb;
    ca << fa.rdbuf();
    cb << fb.rdbuf();
    return ca.str() == cb.str();
}

std::optional<unsigned> worker_count(const po::variables_map& vm, std::string& error) {
    if (!vm.count("jobs")) return std::max(1u, std::thread::hardware_concurrency());
    const int n = vm["jobs"].as<int>();
    if (n < 1) {
        error = "--jobs takes a number of threads, 1 or more";
        return std::nullopt;
    }
    return static_cast<unsigned>(n);
}

void add_jobs_option(po::options_description& opts) {
    opts.add_options()("jobs,j", po::value<int>(),
                       "threads: directories and --git compare N file pairs at a time, a single pair reads its two "
                       "versions at once when N > 1 (default: the number of cores; 1: one thing at a time); the "
                       "report is the same for any N");
}

void run_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task) {
    const std::size_t threads = std::min<std::size_t>(jobs, count);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) task(i);
        return;
    }
    std::vector<std::exception_ptr> failures(count);
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < count;) {
            try {
                task(i);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
        worker();  // this thread is one of the workers
    }  // joined
    for (const auto& f : failures)
        if (f) std::rethrow_exception(f);
}

po::options_description diff_options() {
    po::options_description opts("Options");
    opts.add_options()("help,h", "print this help")
        ("format,f", po::value<std::string>()->default_value("text"), "text, json, markdown or html (directories: text or markdown)")
        ("output,o", po::value<std::string>()->default_value(""), "write to OUT instead of standard output")
        ("color", po::value<std::string>()->default_value("auto"), "auto, always or never (NO_COLOR is respected)")
        ("lexicon", po::value<std::string>(), "extend or override the built-in lexicon with FILE (see docs/lexicon.md)")
        ("quiet,q", "do not print parse warnings");
    add_jobs_option(opts);
    return opts;
}

std::optional<int> diff_directories(const std::vector<std::string>& args, Io io) {
    const std::string usage =
        "usage: resdiff diff OLD_DIR NEW_DIR [--format text|markdown] [-o OUT] [--color auto|always|never] "
        "[--jobs N]";
    po::options_description opts = diff_options();
    // Look at the arguments without reporting anything: diff_command reports its own errors.
    po::variables_map vm;
    {
        std::ostringstream sink_out, sink_err;
        int code = 0;
        if (!parse_options(args, usage, opts, "input", -1, vm, sink_out, sink_err, code)) return std::nullopt;
    }
    const auto inputs = vm.count("input") ? vm["input"].as<std::vector<std::string>>() : std::vector<std::string>{};
    std::error_code ec;
    if (inputs.size() != 2 || !fs::is_directory(inputs[0], ec) || !fs::is_directory(inputs[1], ec))
        return std::nullopt;
    const std::string format = vm["format"].as<std::string>();
    const std::string color = vm["color"].as<std::string>();
    if (format != "text" && format != "markdown") {
        io.err << "resdiff: --format " << format
               << " is not available for directories (text, markdown; for JSON use `resdiff check OLD_DIR NEW_DIR "
                  "--format json`)\n";
        return 2;
    }
    if (color != "auto" && color != "always" && color != "never") {
        io.err << "resdiff: --color takes auto, always or never\n";
        return 2;
    }
    std::string error;
    const auto jobs = worker_count(vm, error);
    if (!jobs) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    const bool quiet = vm.count("quiet") > 0;
    CommandLexicon command_lexicon;
    if (!command_lexicon.load(vm.count("lexicon") ? vm["lexicon"].as<std::string>() : std::string(), io.in, io.err))
        return 2;
    const analyze::Lexicon& lexicon = command_lexicon.get();
    const auto pairs = pair_trees(inputs[0], inputs[1], error);
    if (!pairs) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    const std::string output = vm["output"].as<std::string>();
    render::TextOptions topts;
    const bool to_terminal = (output.empty() || output == "-") && &io.out == &std::cout && isatty(STDOUT_FILENO);
    topts.color = want_color(color, to_terminal);
    bool differs = false, trouble = false;
    auto only_in = [format](std::ostream& rendered, const std::string& dir, const std::string& rel) {
        const auto slash = rel.rfind('/');
        const std::string where = slash == std::string::npos ? dir : join_path(dir, rel.substr(0, slash));
        const std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
        rendered << (format == "markdown" ? "- Only in " : "Only in ") << where << ": " << name << '\n';
    };
    // The pairs present on both sides are compared on `jobs` threads, each into its own
    // outcome (report section and messages); the report is then assembled in path order.
    struct Outcome {
        std::string messages;  // parse warnings and errors, for standard error
        std::string report;    // the pair's diff, rendered; empty when it does not differ
        bool differs = false, trouble = false;
    };
    std::vector<Outcome> outcomes(pairs->size());
    run_parallel(pairs->size(), *jobs, [&](std::size_t i) {
        const TreePair& p = (*pairs)[i];
        if (!p.in_old || !p.in_new) return;
        const std::string old_path = join_path(inputs[0], p.rel), new_path = join_path(inputs[1], p.rel);
        if (same_contents(old_path, new_path)) return;
        Outcome& o = outcomes[i];
        std::ostringstream messages;
        auto old_doc = load_document(old_path, io.in, messages, !quiet, lexicon, Analysis::document_level);
        auto new_doc = old_doc ? load_document(new_path, io.in, messages, !quiet, lexicon, Analysis::document_level)
                               : std::nullopt;
        o.messages = messages.str();
        if (!old_doc || !new_doc) {
            o.trouble = true;
            return;
        }
        const diff::DocumentDiff d = diff::diff_documents_lazily(*old_doc, *new_doc, lexicon);
        if (!d.has_differences()) return;
        o.differs = true;
        std::ostringstream section;
        if (format == "markdown") render::diff_markdown(section, d);
        else render::diff_text(section, d, topts);
        o.report = section.str();
    });
    for (std::size_t i = 0; i < pairs->size(); ++i) {
        const TreePair& p = (*pairs)[i];
        const Outcome& o = outcomes[i];
        io.err << o.messages;
        differs = differs || !p.in_new || !p.in_old || o.differs;
        if (p.in_new && p.in_old) trouble = trouble || o.trouble;
    }
    // The sections, in path order, go straight to the output rather than into one more copy.
    const auto render_report = [&](std::ostream& rendered) {
        bool first_section = true;
        for (std::size_t i = 0; i < pairs->size(); ++i) {
            const TreePair& p = (*pairs)[i];
            const Outcome& o = outcomes[i];
            if (!p.in_new) {
                only_in(rendered, inputs[0], p.rel);
                continue;
            }
            if (!p.in_old) {
                only_in(rendered, inputs[1], p.rel);
                continue;
            }
            if (!o.differs) continue;
            const std::string old_path = join_path(inputs[0], p.rel), new_path = join_path(inputs[1], p.rel);
            if (format == "markdown")
                rendered << (first_section ? "\n" : "\n---\n\n") << "### `" << old_path << "` \u2192 `"
                         << new_path << "`\n\n";
            else rendered << (first_section ? "" : "\n") << "resdiff diff " << old_path << ' ' << new_path << '\n';
            rendered << o.report;
            first_section = false;
        }
    };
    if (!write_output(output, render_report, io.out, error)) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    if (trouble) return 2;
    return differs ? 1 : 0;
}

}  // namespace resdiff::cli
