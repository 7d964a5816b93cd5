#include "cli/options.hpp"

#include <cstdlib>
#include <ostream>

namespace resdiff::cli {

bool parse_options(const std::vector<std::string>& args, const std::string& usage, po::options_description& visible,
                   const char* positional_name, int max_positional, po::variables_map& vm, std::ostream& out,
                   std::ostream& err, int& code) {
    po::options_description all;
    all.add(visible);
    all.add_options()(positional_name, po::value<std::vector<std::string>>(), "inputs");
    po::positional_options_description pos;
    pos.add(positional_name, max_positional);
    try {
        po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        err << "resdiff: " << e.what() << "\n" << usage << "\n";
        code = 2;
        return false;
    }
    if (vm.count("help")) {
        out << usage << "\n\n" << visible;
        code = 0;
        return false;
    }
    return true;
}

bool want_color(const std::string& mode, bool to_terminal) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return to_terminal;
}

}  // namespace resdiff::cli
