// `resdiff check`: diff two versions (two files, two directory trees, or the working tree
// against a git revision), apply a policy and report the results for people or CI.
#include "analyze/analyze_document.hpp"
#include "check/evaluate.hpp"
#include "check/policy.hpp"
#include "check/rules.hpp"
#include "cli/commands.hpp"
#include "cli/version.hpp"
#include "cli/git_versions.hpp"
#include "cli/input.hpp"
#include "cli/load_document.hpp"
#include "cli/options.hpp"
#include "cli/tree_pairs.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"
#include "render/check_render.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <sstream>

namespace resdiff::cli {

namespace {


const char* const kUsage =
    "usage: resdiff check OLD NEW          [options]\n"
    "       resdiff check OLD_DIR NEW_DIR  [options]\n"
    "       resdiff check --git REV [PATHSPEC...] [options]   (default pathspec '*.txt')\n"
    "options: [--fail-on RULES]... [--policy FILE] [--format text|github|sarif|json] [-o OUT] [--lexicon FILE] [-q]\n"
    "         [--jobs N]\n"
    "exit codes: 0 passed (notices and warnings allowed), 1 a rule at error fired, 2 trouble";


std::size_t clause_count(const model::Document& doc) {
    std::size_t n = 0;
    model::for_each_clause(doc.clauses, [&n](const model::Clause&, std::size_t) { ++n; });
    return n;
}

// Loads one version, reporting trouble and parse warnings on `err`.
using Loader = DocumentLoader;

// The files to check, queued in report order, then compared on `jobs` threads (run); each task
// owns its result and its messages, appended to the report in queue order.
struct Checker {
    const check::Policy& policy;
    check::Report& report;
    const analyze::Lexicon& lexicon;  // the clauses a comparison reports on are analysed with it
    bool trouble = false;
    bool split_pairs = false;  // threads to spare: a pair loads its two versions at once

    struct Task {
        std::function<std::optional<check::FileCheck>(std::ostream& err)> work;  // nullopt: trouble
        std::optional<check::FileCheck> result;
        std::string messages;
    };
    std::vector<Task> tasks{};

    void compare(check::FileCheck file, Loader load_old, Loader load_new) {
        tasks.push_back({[this, file = std::move(file), load_old = std::move(load_old),
                          load_new = std::move(load_new)](std::ostream& err) -> std::optional<check::FileCheck> {
            auto [old_doc, new_doc] = load_both(load_old, load_new, err, split_pairs);
            if (!old_doc || !new_doc) return std::nullopt;
            const diff::DocumentDiff d = diff::diff_documents_lazily(*old_doc, *new_doc, lexicon, split_pairs);
            check::FileCheck f = file;
            f.status = check::FileStatus::compared;
            f.differs = d.has_differences();
            f.results = check::evaluate(d, policy);
            return f;
        }, std::nullopt, {}});
    }

    void whole(check::FileCheck file, check::FileStatus status, Loader load) {
        tasks.push_back({[this, file = std::move(file), status,
                          load = std::move(load)](std::ostream& err) -> std::optional<check::FileCheck> {
            auto doc = load(err);
            if (!doc) return std::nullopt;
            check::FileCheck f = file;
            f.status = status;
            f.differs = true;
            if (auto r = check::file_result(status, clause_count(*doc), policy)) f.results.push_back(std::move(*r));
            return f;
        }, std::nullopt, {}});
    }

    void unchanged(check::FileCheck file) {
        file.status = check::FileStatus::compared;
        tasks.push_back({[file = std::move(file)](std::ostream&) -> std::optional<check::FileCheck> { return file; },
                         std::nullopt, {}});
    }

    void run(unsigned jobs, std::ostream& err) {
        split_pairs = jobs >= 2 * tasks.size();
        run_parallel(tasks.size(), jobs, [this](std::size_t i) {
            std::ostringstream messages;
            tasks[i].result = tasks[i].work(messages);
            tasks[i].messages = messages.str();
        });
        for (auto& t : tasks) {
            err << t.messages;
            if (t.result) report.files.push_back(std::move(*t.result));
            else trouble = true;
        }
        tasks.clear();
    }
};

check::FileCheck file_check(std::string path, std::string old_name, std::string new_name) {
    check::FileCheck f;
    f.path = std::move(path);
    f.old_name = std::move(old_name);
    f.new_name = std::move(new_name);
    return f;
}

}  // namespace

int check_command(const std::vector<std::string>& args, Io io) {
    po::options_description opts("Options");
    opts.add_options()("help,h", "print this help")
        ("fail-on", po::value<std::vector<std::string>>(),
         "rules that fail the check, comma-separated, repeatable: obligation.weakened, obligation.strengthened, "
         "duration.changed, scope.narrowed, scope.broadened, clause.added, clause.removed, wording.changed, any")
        ("policy", po::value<std::string>(), "read rule levels and allowed clauses from FILE (TOML, see docs/check.md)")
        ("git", po::value<std::string>(), "compare the changed files of the working tree with their version at REV")
        ("format,f", po::value<std::string>()->default_value("text"), "text, github, sarif or json")
        ("output,o", po::value<std::string>()->default_value(""), "write to OUT instead of standard output")
        ("lexicon", po::value<std::string>(), "extend or override the built-in lexicon with FILE (see docs/lexicon.md)")
        ("quiet,q", "do not print parse warnings");
    add_jobs_option(opts);
    po::variables_map vm;
    int code = 0;
    if (!parse_options(args, kUsage, opts, "input", -1, vm, io.out, io.err, code)) return code;
    const auto inputs = vm.count("input") ? vm["input"].as<std::vector<std::string>>() : std::vector<std::string>{};
    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "github" && format != "sarif" && format != "json") {
        io.err << "resdiff: unknown format '" << format << "' for check (text, github, sarif, json)\n";
        return 2;
    }
    const bool git_mode = vm.count("git") > 0;
    if (!git_mode && inputs.size() != 2) {
        io.err << "resdiff: check needs OLD and NEW (files or directories), or --git REV\n" << kUsage << "\n";
        return 2;
    }

    // The policy: --policy FILE, else the defaults; --fail-on raises its rules to error (alone,
    // it sets exactly those rules and turns the others off).
    std::vector<check::Rule> fail_on;
    if (vm.count("fail-on")) {
        for (const auto& list : vm["fail-on"].as<std::vector<std::string>>()) {
            std::string error;
            if (!check::parse_rule_list(list, fail_on, error)) {
                io.err << "resdiff: --fail-on: " << error << '\n';
                return 2;
            }
        }
        if (fail_on.empty()) {
            io.err << "resdiff: --fail-on needs at least one rule (valid rules: " << check::valid_rule_ids() << ")\n";
            return 2;
        }
    }
    check::Policy policy = check::default_policy();
    if (vm.count("policy")) {
        const std::string path = vm["policy"].as<std::string>();
        std::string error;
        const auto input = read_input(path, io.in, error);
        if (!input) {
            io.err << "resdiff: " << error << '\n';
            return 2;
        }
        auto parsed = check::parse_policy(input->text(), path);
        if (!parsed.ok()) {
            const auto& e = *parsed.error;
            io.err << "resdiff: " << path;
            if (e.line > 0) io.err << ':' << e.line << ':' << e.column;
            io.err << ": " << e.message << '\n';
            return 2;
        }
        policy = std::move(*parsed.policy);
        for (const auto r : fail_on) policy.set(r, check::Level::error);
    } else if (!fail_on.empty()) {
        policy = check::fail_on_policy(fail_on);
    }

    std::string jobs_error;
    const auto jobs = worker_count(vm, jobs_error);
    if (!jobs) {
        io.err << "resdiff: " << jobs_error << '\n';
        return 2;
    }
    const bool quiet = vm.count("quiet") > 0;
    CommandLexicon command_lexicon;
    if (!command_lexicon.load(vm.count("lexicon") ? vm["lexicon"].as<std::string>() : std::string(), io.in, io.err))
        return 2;
    const analyze::Lexicon& lexicon = command_lexicon.get();
    auto from_file = [&](const std::string& name) -> Loader {
        return [&io, &lexicon, quiet, name](std::ostream& err) {
            return load_document(name, io.in, err, !quiet, lexicon, Analysis::document_level);
        };
    };

    check::Report report;
    report.policy = policy;
    Checker checker{policy, report, lexicon};
    std::error_code ec;
    if (git_mode) {
        const std::string rev = vm["git"].as<std::string>();
        // Without pathspecs, every *.txt of the repository (git runs at the top); with them, the
        // pathspecs are relative to the current directory, as in git.
        const std::vector<std::string> pathspecs = inputs.empty() ? std::vector<std::string>{"*.txt"} : inputs;
        std::string error;
        const auto top = git_toplevel(error);
        const auto changes = top ? git_changed_files(inputs.empty() ? *top : ".", rev, pathspecs, error) : std::nullopt;
        if (!changes) {
            io.err << "resdiff: " << error << '\n';
            return 2;
        }
        for (const auto& c : *changes) {
            const std::size_t slash = c.path.rfind('/');
            if (!is_resolution_file_name(slash == std::string::npos ? c.path : c.path.substr(slash + 1))) continue;
            const std::string disk = join_path(*top, c.path);
            const std::string old_name = rev + ":" + c.path;
            Loader load_old = [&, old_name, path = c.path](std::ostream& err) -> std::optional<model::Document> {
                std::string err_text;
                const auto text = git_show(*top, rev, path, err_text);
                if (!text) {
                    err << "resdiff: " << err_text << '\n';
                    return std::nullopt;
                }
                return load_text(old_name, *text, err, !quiet, lexicon, Analysis::document_level);
            };
            // Read from the top of the working tree, reported relative to it.
            Loader load_new = [&, disk, path = c.path](std::ostream& err) -> std::optional<model::Document> {
                std::string err_text;
                const auto in = read_input(disk, io.in, err_text);
                if (!in) {
                    err << "resdiff: " << path << ": cannot read: " << err_text << '\n';
                    return std::nullopt;
                }
                return load_text(path, in->text(), err, !quiet, lexicon, Analysis::document_level);
            };
            if (c.status == 'A') checker.whole(file_check(c.path, "", c.path), check::FileStatus::added, load_new);
            else if (c.status == 'D')
                checker.whole(file_check(c.path, old_name, ""), check::FileStatus::removed, load_old);
            else checker.compare(file_check(c.path, old_name, c.path), load_old, load_new);
        }
        checker.run(*jobs, io.err);  // the loaders refer to `rev` and `top`, local to this block
    } else if (std::filesystem::is_directory(inputs[0], ec) && std::filesystem::is_directory(inputs[1], ec)) {
        std::string error;
        const auto pairs = pair_trees(inputs[0], inputs[1], error);
        if (!pairs) {
            io.err << "resdiff: " << error << '\n';
            return 2;
        }
        for (const auto& p : *pairs) {
            const std::string old_path = join_path(inputs[0], p.rel), new_path = join_path(inputs[1], p.rel);
            if (!p.in_new) checker.whole(file_check(old_path, old_path, ""), check::FileStatus::removed, from_file(old_path));
            else if (!p.in_old) checker.whole(file_check(new_path, "", new_path), check::FileStatus::added, from_file(new_path));
            else if (same_contents(old_path, new_path)) checker.unchanged(file_check(new_path, old_path, new_path));
            else checker.compare(file_check(new_path, old_path, new_path), from_file(old_path), from_file(new_path));
        }
    } else {
        if (inputs[0] == "-" && inputs[1] == "-") {
            io.err << "resdiff: at most one of OLD and NEW may be standard input\n";
            return 2;
        }
        if (std::filesystem::is_directory(inputs[0], ec) || std::filesystem::is_directory(inputs[1], ec)) {
            io.err << "resdiff: OLD and NEW must both be files or both be directories\n";
            return 2;
        }
        const std::string path = inputs[1] == "-" ? inputs[0] : inputs[1];
        checker.compare(file_check(path, inputs[0], inputs[1]), from_file(inputs[0]), from_file(inputs[1]));
    }

    checker.run(*jobs, io.err);
    if (checker.trouble && report.files.empty()) return 2;  // nothing compared: report nothing
    const auto render_report = [&](std::ostream& rendered) {
        if (format == "github") render::check_github(rendered, report);
        else if (format == "sarif") render::check_sarif(rendered, report, kVersion);
        else if (format == "json") render::check_json(rendered, report);
        else render::check_text(rendered, report);
    };
    std::string error;
    if (!write_output(vm["output"].as<std::string>(), render_report, io.out, error)) {
        io.err << "resdiff: " << error << '\n';
        return 2;
    }
    if (checker.trouble) return 2;
    return report.exit_code();
}

}  // namespace resdiff::cli
