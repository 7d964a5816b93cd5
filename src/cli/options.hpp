#pragma once
// Shared option handling on top of Boost.Program_options.

#include <boost/program_options.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace resdiff::cli {

namespace po = boost::program_options;

// Parses args against `visible` options plus positional `inputs`; prints the error and usage on
// failure (returns false with exit code 2 in `code`), prints help (returns false, code 0).
bool parse_options(const std::vector<std::string>& args, const std::string& usage, po::options_description& visible,
                   const char* positional_name, int max_positional, po::variables_map& vm, std::ostream& out,
                   std::ostream& err, int& code);

// Colour decision for --color auto|always|never: auto = a terminal and NO_COLOR unset.
bool want_color(const std::string& mode, bool to_terminal);

}  // namespace resdiff::cli
