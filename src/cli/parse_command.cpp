#include "cli/commands.hpp"

#include "cli/input.hpp"
#include "cli/load_document.hpp"
#include "cli/options.hpp"
#include "render/akn_render.hpp"
#include "render/render.hpp"

#include <ostream>

namespace resdiff::cli {

int parse_command(const std::vector<std::string>& args, Io io) {
    const std::string usage = "usage: resdiff parse FILE [--format text|json|akn] [-o OUT] [--lexicon FILE]";
    po::options_description opts("Options");
    opts.add_options()("help,h", "print this help")
        ("format,f", po::value<std::string>()->default_value("text"), "text, json or akn (Akoma Ntoso XML, AKN4UN)")
        ("output,o", po::value<std::string>()->default_value(""), "write to OUT instead of standard output")
        ("lexicon", po::value<std::string>(), "extend or override the built-in lexicon with FILE (see docs/lexicon.md)")
        ("quiet,q", "do not print warnings");
    po::variables_map vm;
    int code = 0;
    if (!parse_options(args, usage, opts, "input", 1, vm, io.out, io.err, code)) return code;
    if (!vm.count("input")) {
        io.err << "resdiff: parse needs a FILE (or - for standard input)\n" << usage << "\n";
        return 2;
    }
    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "json" && format != "akn") {
        io.err << "resdiff: unknown format '" << format << "' for parse (text, json, akn)\n";
        return 2;
    }
    const std::string file = vm["input"].as<std::vector<std::string>>().front();
    CommandLexicon command_lexicon;
    if (!command_lexicon.load(vm.count("lexicon") ? vm["lexicon"].as<std::string>() : std::string(), io.in, io.err))
        return 2;
    const analyze::Lexicon& lexicon = command_lexicon.get();
    auto doc = load_document(file, io.in, io.err, !vm.count("quiet"), lexicon);
    if (!doc) return 2;
    const auto render_report = [&](std::ostream& rendered) {
        if (format == "json") render::document_json(rendered, *doc);
        else if (format == "akn") render::document_akn(rendered, *doc);
        else render::document_text(rendered, *doc);
    };
    std::string error;
    if (!write_output(vm["output"].as<std::string>(), render_report, io.out, error)) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    return 0;
}

}  // namespace resdiff::cli
