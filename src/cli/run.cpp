#include "cli/run.hpp"
#include <iostream>
namespace resdiff::cli {
int run(const std::vector<std::string>&, std::istream&, std::ostream&, std::ostream&) { return 2; }
int run_main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return run(args, std::cin, std::cout, std::cerr);
}
}
