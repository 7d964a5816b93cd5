// `resdiff history V1 V2 … Vn | DIR | --git FILE`: follows a text through its versions.
#include "cli/commands.hpp"

#include "analyze/analyze_document.hpp"
#include "cli/history_inputs.hpp"
#include "cli/input.hpp"
#include "cli/load_document.hpp"
#include "cli/options.hpp"
#include "history/history.hpp"
#include "parse/parse_document.hpp"
#include "render/history_render.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace resdiff::cli {

namespace {

const char* const kHistoryUsage =
    "usage: resdiff history V1 V2 ... Vn | DIR | --git FILE [--format text|json|markdown|html] [-o OUT]\n"
    "                       [--color auto|always|never] [--lexicon FILE] [-q]";


}  // namespace

int history_command(const std::vector<std::string>& args, Io io) {
    const std::string usage = kHistoryUsage;
    po::options_description opts("Options");
    opts.add_options()("help,h", "print this help")
        ("git", po::value<std::string>(), "the versions of FILE in the git history, oldest first")
        ("format,f", po::value<std::string>()->default_value("text"), "text, json, markdown or html")
        ("output,o", po::value<std::string>()->default_value(""), "write to OUT instead of standard output")
        ("color", po::value<std::string>()->default_value("auto"), "auto, always or never (NO_COLOR is respected)")
        ("lexicon", po::value<std::string>(), "extend or override the built-in lexicon with FILE (see docs/lexicon.md)")
        ("quiet,q", "do not print parse warnings");
    po::variables_map vm;
    int code = 0;
    if (!parse_options(args, usage, opts, "input", -1, vm, io.out, io.err, code)) return code;
    auto inputs = vm.count("input") ? vm["input"].as<std::vector<std::string>>() : std::vector<std::string>{};
    const std::string format = vm["format"].as<std::string>();
    const std::string color = vm["color"].as<std::string>();
    if (format != "text" && format != "json" && format != "markdown" && format != "html") {
        io.err << "resdiff: unknown format '" << format << "' for history (text, json, markdown, html)\n";
        return 2;
    }
    if (color != "auto" && color != "always" && color != "never") {
        io.err << "resdiff: --color takes auto, always or never\n";
        return 2;
    }
    const bool quiet = vm.count("quiet") > 0;
    const bool git = vm.count("git") > 0;
    if (git && !inputs.empty()) {
        io.err << "resdiff: history --git FILE takes no other input\n" << usage << "\n";
        return 2;
    }
    CommandLexicon command_lexicon;
    if (!command_lexicon.load(vm.count("lexicon") ? vm["lexicon"].as<std::string>() : std::string(), io.in, io.err))
        return 2;
    const analyze::Lexicon& lexicon = command_lexicon.get();

    std::vector<model::Document> docs;
    std::vector<std::string> labels;
    bool from_directory = false;
    if (git) {
        std::string error;
        const auto versions = git_file_versions(vm["git"].as<std::string>(), error);
        if (!versions) {
            io.err << "resdiff: " << error << '\n';
            return 2;
        }
        for (const auto& v : *versions) {
            auto doc = load_text(v.path + "@" + v.short_commit, v.text, io.err, !quiet, lexicon);
            if (!doc) return 2;
            docs.push_back(std::move(*doc));
            labels.push_back(v.short_commit + " " + v.date);
        }
    } else {
        std::error_code ec;
        if (inputs.size() == 1 && std::filesystem::is_directory(inputs[0], ec)) {
            std::string error;
            auto files = directory_files(inputs[0], error);
            if (!files) {
                io.err << "resdiff: " << error << '\n';
                return 2;
            }
            inputs = std::move(*files);
            from_directory = true;
        }
        if (std::count(inputs.begin(), inputs.end(), std::string("-")) > 1) {
            io.err << "resdiff: at most one version may be standard input\n";
            return 2;
        }
        for (const auto& name : inputs) {
            auto doc = load_document(name, io.in, io.err, !quiet, lexicon);
            if (!doc) return 2;
            docs.push_back(std::move(*doc));
        }
    }
    if (docs.size() < 2) {
        io.err << "resdiff: history needs at least two versions (" << docs.size() << " given)\n" << usage << "\n";
        return 2;
    }

    std::vector<history::Version> versions;
    if (from_directory) {
        std::vector<const model::Document*> ptrs;
        for (const auto& d : docs) ptrs.push_back(&d);
        for (const std::size_t i : history::version_order(ptrs)) versions.push_back({&docs[i], ""});
        // The order used, so that a surprise is visible at once.
        io.err << "resdiff: history of " << inputs.size() << " files in " << vm["input"].as<std::vector<std::string>>()[0]
               << ", in this order (date, then symbol, then file name):\n";
        for (std::size_t i = 0; i < versions.size(); ++i) {
            const auto& m = versions[i].doc->metadata;
            io.err << "  v" << (i + 1) << "  " << versions[i].doc->source << "  " << m.date.value_or("(no date)") << "  "
                   << m.symbol.value_or("(no symbol)") << '\n';
        }
    } else {
        for (std::size_t i = 0; i < docs.size(); ++i) versions.push_back({&docs[i], git ? labels[i] : ""});
    }
    const history::History h = history::build_history(std::move(versions));

    const std::string output = vm["output"].as<std::string>();
    const auto render_report = [&](std::ostream& rendered) {
        if (format == "json") {
            render::history_json(rendered, h);
        } else if (format == "markdown") {
            render::history_markdown(rendered, h);
        } else if (format == "html") {
            render::history_html(rendered, h);
        } else {
            render::TextOptions topts;
            const bool to_terminal =
                (output.empty() || output == "-") && &io.out == &std::cout && isatty(STDOUT_FILENO);
            topts.color = want_color(color, to_terminal);
            render::history_text(rendered, h, topts);
        }
    };
    std::string error;
    if (!write_output(output, render_report, io.out, error)) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    return h.has_differences() ? 1 : 0;
}

}  // namespace resdiff::cli
