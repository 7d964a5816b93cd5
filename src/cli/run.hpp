#pragma once
// The command-line interface as a library: tests call run() in-process.

#include <iosfwd>
#include <string>
#include <vector>

namespace resdiff::cli {

// Runs one command line (args without the program name). Returns the exit code:
// 0 success / no difference, 1 differences or policy violated, 2 trouble.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

// main()'s forwarder: real stdin/stdout/stderr.
int run_main(int argc, char** argv);

}  // namespace resdiff::cli
