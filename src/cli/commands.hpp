#pragma once
// The commands of the command line. Each returns its exit code.

#include <iosfwd>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace resdiff::cli {

struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    // Set by run_main, whose process exits right after the command: a command hands its large
    // results (documents, diffs) here once its report is written, and the process ends without
    // freeing them one allocation at a time (10 ms on a 10 MB pair). Null in-process (tests).
    std::vector<std::shared_ptr<void>>* left_to_exit = nullptr;

    // Keeps `value` until the process exits when that is allowed; otherwise lets it go now.
    template <class T>
    void leave_to_exit(T&& value) const {
        if (left_to_exit) left_to_exit->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
    }
};

int parse_command(const std::vector<std::string>& args, Io io);
int diff_command(const std::vector<std::string>& args, Io io);
int check_command(const std::vector<std::string>& args, Io io);
int history_command(const std::vector<std::string>& args, Io io);

}  // namespace resdiff::cli
