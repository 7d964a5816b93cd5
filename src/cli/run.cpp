#include "cli/run.hpp"

#include "cli/commands.hpp"
#include "cli/version.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <ostream>

namespace resdiff::cli {

namespace {

void print_usage(std::ostream& out) {
    out << "usage: resdiff <command> [options]\n\n"
           "Commands:\n"
           "  parse FILE        parse a resolution into clauses (--format text|json|akn)\n"
           "  diff OLD NEW      compare two versions (--format text|json|markdown|html)\n"
           "  check OLD NEW     apply a policy to the changes (--fail-on RULES, --policy FILE,\n"
           "                    --format text|github|sarif|json; directories, or --git REV)\n"
           "  history V1 V2 ... follow a text through its versions (or DIR, or --git FILE;\n"
           "                    --format text|json|markdown|html)\n\n"
           "  resdiff <command> --help   options of a command\n"
           "  resdiff --version          print the version\n\n"
           "Exit codes: 0 success / no substantive difference, 1 differences found,\n"
           "2 trouble (usage, unreadable file, input that is not a resolution).\n";
}

int run_command(const std::vector<std::string>& args, Io io) {
    std::ostream& out = io.out;
    std::ostream& err = io.err;
    if (args.empty()) {
        print_usage(err);
        return 2;
    }
    const std::string& cmd = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        print_usage(out);
        return 0;
    }
    if (cmd == "--version" || cmd == "-V") {
        out << "resdiff " << kVersion << '\n';
        return 0;
    }
    if (cmd == "parse") return parse_command(rest, io);
    if (cmd == "diff") return diff_command(rest, io);
    if (cmd == "check") return check_command(rest, io);
    if (cmd == "history") return history_command(rest, io);
    err << "resdiff: unknown command '" << cmd << "'\n";
    print_usage(err);
    return 2;
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    return run_command(args, Io{in, out, err});
}

int run_main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    std::vector<std::shared_ptr<void>> left;
    const int code = run_command(args, Io{std::cin, std::cout, std::cerr, &left});
    if (left.empty()) return code;
    // The commands' results are still alive: end without destroying them (the system takes
    // the memory back at once). Everything written must be out first.
    std::cout.flush();
    std::cerr.flush();
    if (!std::cout || std::fflush(nullptr) != 0) return 2;
    std::_Exit(code);
}

}  // namespace resdiff::cli
