#pragma once
// The commands of the command line. Each returns its exit code.

#include <iosfwd>
#include <string>
#include <vector>

namespace resdiff::cli {

struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

int parse_command(const std::vector<std::string>& args, Io io);
int diff_command(const std::vector<std::string>& args, Io io);
int check_command(const std::vector<std::string>& args, Io io);
int history_command(const std::vector<std::string>& args, Io io);

}  // namespace resdiff::cli
