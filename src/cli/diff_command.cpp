#include "cli/commands.hpp"

#include "cli/input.hpp"
#include "cli/load_document.hpp"
#include "cli/options.hpp"
#include "cli/tree_pairs.hpp"
#include "diff/diff_documents.hpp"
#include "render/render.hpp"

#include <iostream>
#include <sstream>
#include <unistd.h>

namespace resdiff::cli {

int diff_command(const std::vector<std::string>& args, Io io) {
    if (const auto code = diff_directories(args, io)) return *code;  // OLD_DIR NEW_DIR (tree_pairs.cpp)
    const std::string usage =
        "usage: resdiff diff OLD NEW [--format text|json|markdown|html] [-o OUT] [--color auto|always|never]";
    po::options_description opts = diff_options();
    po::variables_map vm;
    int code = 0;
    if (!parse_options(args, usage, opts, "input", 2, vm, io.out, io.err, code)) return code;
    const auto inputs = vm.count("input") ? vm["input"].as<std::vector<std::string>>() : std::vector<std::string>{};
    if (inputs.size() != 2) {
        io.err << "resdiff: diff needs OLD and NEW\n" << usage << "\n";
        return 2;
    }
    if (inputs[0] == "-" && inputs[1] == "-") {
        io.err << "resdiff: at most one of OLD and NEW may be standard input\n";
        return 2;
    }
    const std::string format = vm["format"].as<std::string>();
    const std::string color = vm["color"].as<std::string>();
    if (format != "text" && format != "json" && format != "markdown" && format != "html") {
        io.err << "resdiff: unknown format '" << format << "' for diff (text, json, markdown, html)\n";
        return 2;
    }
    if (color != "auto" && color != "always" && color != "never") {
        io.err << "resdiff: --color takes auto, always or never\n";
        return 2;
    }
    const bool quiet = vm.count("quiet") > 0;
    CommandLexicon command_lexicon;
    if (!command_lexicon.load(vm.count("lexicon") ? vm["lexicon"].as<std::string>() : std::string(), io.in, io.err))
        return 2;
    const analyze::Lexicon& lexicon = command_lexicon.get();
    std::string jobs_error;
    const auto jobs = worker_count(vm, jobs_error);
    if (!jobs) {
        io.err << "resdiff: " << jobs_error << '\n';
        return 2;
    }
    auto loader = [&](const std::string& name) -> DocumentLoader {
        return [&, name](std::ostream& err) {
            return load_document(name, io.in, err, !quiet, lexicon, Analysis::document_level);
        };
    };
    auto [old_doc, new_doc] = load_both(loader(inputs[0]), loader(inputs[1]), io.err, *jobs > 1);
    if (!old_doc || !new_doc) return 2;
    diff::DocumentDiff d = diff::diff_documents_lazily(*old_doc, *new_doc, lexicon, *jobs > 1);
    const std::string output = vm["output"].as<std::string>();
    const auto render_report = [&](std::ostream& rendered) {
        if (format == "json") {
            render::diff_json(rendered, d, *jobs > 1);
        } else if (format == "markdown") {
            render::diff_markdown(rendered, d);
        } else if (format == "html") {
            render::diff_html(rendered, d);
        } else {
            render::TextOptions topts;
            const bool to_terminal =
                (output.empty() || output == "-") && &io.out == &std::cout && isatty(STDOUT_FILENO);
            topts.color = want_color(color, to_terminal);
            topts.concurrent = *jobs > 1;
            render::diff_text(rendered, d, topts);
        }
    };
    std::string error;
    if (!write_output(output, render_report, io.out, error)) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    const int exit_code = d.has_differences() ? 1 : 0;
    io.leave_to_exit(std::move(d));  // points into the documents: theirs is the same fate
    io.leave_to_exit(std::move(old_doc));
    io.leave_to_exit(std::move(new_doc));
    return exit_code;
}

}  // namespace resdiff::cli
