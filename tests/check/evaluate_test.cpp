// Tests src/check/evaluate.cpp on the samples (samples/README.md lists the expected findings):
// each rule firing and not firing, levels, the allow-list, added and removed clauses and files,
// and fingerprints.

#include "analyze/analyze_document.hpp"
#include "analyze/lexicon.hpp"
#include "check/evaluate.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

using namespace resdiff;
using namespace resdiff::check;

namespace {

model::Document load(const std::string& text, const std::string& name) {
    auto r = parse::parse_document(text, name);
    REQUIRE(r.ok());
    model::Document doc = std::move(*r.document);
    analyze::analyze_document(doc, analyze::Lexicon::builtin());
    return doc;
}

std::string sample_text(const std::string& name) { return testing::read_file(testing::samples_dir() / name); }

// Two documents and their diff (the diff points into the documents, kept alive here).
struct Pair {
    model::Document old_doc, new_doc;
    diff::DocumentDiff d;
};

std::unique_ptr<Pair> pair_of_texts(const std::string& old_text, const std::string& new_text) {
    auto p = std::make_unique<Pair>();
    p->old_doc = load(old_text, "old.txt");
    p->new_doc = load(new_text, "new.txt");
    p->d = diff::diff_documents(p->old_doc, p->new_doc);
    return p;
}

std::unique_ptr<Pair> samples(int from, int to) {
    return pair_of_texts(sample_text("zarnovia-v" + std::to_string(from) + ".txt"),
                         sample_text("zarnovia-v" + std::to_string(to) + ".txt"));
}

Policy all_at(Level l) {
    Policy p;
    for (const auto& info : all_rules()) p.set(info.rule, l);
    return p;
}

std::set<Rule> fired(const std::vector<Result>& results) {
    std::set<Rule> s;
    for (const auto& r : results) s.insert(r.rule);
    return s;
}

const Result* find(const std::vector<Result>& results, Rule rule, const std::string& clause) {
    for (const auto& r : results)
        if (r.rule == rule && (r.new_id == clause || r.old_id == clause)) return &r;
    return nullptr;
}

// v1 with typography-only edits (curly apostrophe and quotes, a rewrapped line).
std::string typography_variant(std::string s) {
    const auto apos = s.find("Zarnovia's");
    REQUIRE(apos != std::string::npos);
    s.replace(apos, 10, "Zarnovia\u2019s");
    return s;
}

}  // namespace

TEST_CASE("evaluate: each rule fires on one pair of samples and not on another", "[check]") {
    struct Case {
        Rule rule;
        int fires_from, fires_to;
        int quiet_from, quiet_to;  // 0 0: the typography-only variant of v1
    };
    const Case cases[] = {
        {Rule::obligation_weakened, 1, 2, 2, 3},     // op7 → op8 Decides … shall → Requests
        {Rule::obligation_strengthened, 2, 3, 1, 2}, // op7 Calls upon → Demands
        {Rule::duration_changed, 1, 2, 2, 3},        // op1 until 31 December 2027 → two years
        {Rule::scope_narrowed, 2, 3, 2, 1},          // op3 12,500 → 11,000
        {Rule::scope_broadened, 2, 1, 1, 2},         // op4.a.i only → including
        {Rule::clause_added, 1, 2, 2, 3},            // op2
        {Rule::clause_removed, 1, 2, 3, 2},          // op3.c
        {Rule::wording_changed, 2, 3, 0, 0},         // “to” deleted in op7
    };
    const Policy policy = all_at(Level::error);
    for (const auto& c : cases) {
        INFO(rule_id(c.rule));
        const auto yes = samples(c.fires_from, c.fires_to);
        CHECK(fired(evaluate(yes->d, policy)).count(c.rule) == 1);
        const auto no = c.quiet_from ? samples(c.quiet_from, c.quiet_to)
                                     : pair_of_texts(sample_text("zarnovia-v1.txt"),
                                                     typography_variant(sample_text("zarnovia-v1.txt")));
        CHECK(fired(evaluate(no->d, policy)).count(c.rule) == 0);
    }
}

TEST_CASE("evaluate: v1 → v2 under every rule gives the findings of samples/README.md", "[check]") {
    const auto p = samples(1, 2);
    const auto results = evaluate(p->d, all_at(Level::error));
    const Result* dur = find(results, Rule::duration_changed, "op1");
    REQUIRE(dur);
    CHECK(dur->severity == Severity::error);
    CHECK_FALSE(dur->line_in_old);
    CHECK(dur->old_text == "until 31 December 2027");
    const Result* weak = find(results, Rule::obligation_weakened, "op8");
    REQUIRE(weak);
    CHECK(weak->old_id == "op7");
    CHECK(weak->line == model::find_clause(p->new_doc, "op8")->line);
    const Result* added = find(results, Rule::clause_added, "op2");
    REQUIRE(added);
    CHECK(added->message.find("added") != std::string::npos);
    // The removed sub-paragraph: line in the old version, and its scope finding too.
    const Result* removed = find(results, Rule::clause_removed, "op3.c");
    REQUIRE(removed);
    CHECK(removed->line_in_old);
    CHECK(removed->line == model::find_clause(p->old_doc, "op3.c")->line);
    CHECK(find(results, Rule::scope_narrowed, "op3.c"));
    CHECK(find(results, Rule::scope_narrowed, "op4.a.i"));
    // An added clause's own "added" wording finding is not repeated as wording.changed.
    CHECK_FALSE(find(results, Rule::wording_changed, "op2"));
    // Renumbered-only clauses fire nothing.
    CHECK_FALSE(find(results, Rule::wording_changed, "op5"));
}

TEST_CASE("evaluate: levels decide severity, off drops the result", "[check]") {
    const auto p = samples(1, 2);
    Policy policy;
    policy.set(Rule::duration_changed, Level::warning);
    policy.set(Rule::obligation_weakened, Level::error);
    const auto results = evaluate(p->d, policy);
    CHECK(fired(results) == std::set<Rule>{Rule::duration_changed, Rule::obligation_weakened});
    CHECK(find(results, Rule::duration_changed, "op1")->severity == Severity::warning);
    CHECK(find(results, Rule::obligation_weakened, "op8")->severity == Severity::error);

    Report report;
    report.policy = policy;
    report.files.push_back({"new.txt", "old.txt", "new.txt", FileStatus::compared, true, results});
    CHECK(report.count(Severity::error) == 1);
    CHECK(report.count(Severity::warning) == 1);
    CHECK_FALSE(report.passed());
    CHECK(report.exit_code() == 1);

    policy.set(Rule::obligation_weakened, Level::warning);
    report.files[0].results = evaluate(p->d, policy);
    CHECK(report.passed());
    CHECK(report.exit_code() == 0);
}

TEST_CASE("evaluate: findings in allowed clauses are notices, by old or new id, sub-paragraphs included",
          "[check]") {
    const auto p = samples(1, 2);
    Policy policy = default_policy();
    policy.allowed_clauses = {"op1", "op7", "op4"};  // op7 is the old id of op8; op4 covers op4.a.i
    const auto results = evaluate(p->d, policy);
    CHECK(find(results, Rule::duration_changed, "op1")->severity == Severity::notice);
    CHECK(find(results, Rule::duration_changed, "op1")->allowed);
    CHECK(find(results, Rule::obligation_weakened, "op8")->severity == Severity::notice);
    CHECK(find(results, Rule::scope_narrowed, "op4.a.i")->severity == Severity::notice);
    // op3.c (old id; its new parent would be op4) is not allowed by its old id: still an error.
    CHECK(find(results, Rule::clause_removed, "op3.c")->severity == Severity::error);

    policy.allowed_clauses.push_back("op3");
    Report report;
    report.policy = policy;
    report.files.push_back({"new.txt", "old.txt", "new.txt", FileStatus::compared, true, evaluate(p->d, policy)});
    CHECK(report.count(Severity::error) == 0);
    CHECK(report.passed());
}

TEST_CASE("evaluate: a removed subtree gives one clause.removed", "[check]") {
    std::string v1 = sample_text("zarnovia-v1.txt");
    // Remove op3's sub-paragraph (a) with its children (i)–(iii) by diffing v1 against v1 without them.
    const auto a = v1.find("(a)");
    const auto b = v1.find("(b)", a);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    std::string v1_without = v1;
    v1_without.erase(a, b - a);
    const auto p = pair_of_texts(v1, v1_without);
    const auto results = evaluate(p->d, all_at(Level::error));
    std::size_t removed = 0;
    for (const auto& r : results)
        if (r.rule == Rule::clause_removed) ++removed;
    CHECK(removed == 1);
}

TEST_CASE("evaluate: whole files added or removed", "[check]") {
    const Policy policy = default_policy();
    const auto added = file_result(FileStatus::added, 12, policy);
    REQUIRE(added);
    CHECK(added->rule == Rule::clause_added);
    CHECK(added->severity == Severity::warning);
    CHECK(added->line == 1);
    CHECK(added->message == "file added (12 clauses)");
    const auto removed = file_result(FileStatus::removed, 1, policy);
    REQUIRE(removed);
    CHECK(removed->rule == Rule::clause_removed);
    CHECK(removed->severity == Severity::error);
    CHECK(removed->message == "file removed (1 clause)");
    CHECK_FALSE(file_result(FileStatus::added, 3, fail_on_policy({Rule::clause_removed})));
    CHECK_FALSE(file_result(FileStatus::compared, 3, policy));
}

TEST_CASE("evaluate: fingerprints are stable, unique, and ignore typography", "[check]") {
    const auto a = samples(1, 3);
    const auto b = samples(1, 3);
    const auto ra = evaluate(a->d, all_at(Level::error));
    const auto rb = evaluate(b->d, all_at(Level::error));
    REQUIRE(ra.size() == rb.size());
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        CHECK(ra[i].fingerprint == rb[i].fingerprint);
        CHECK(seen.insert(ra[i].fingerprint).second);
    }
    const std::string fp = fingerprint(Rule::scope_narrowed, "op3", "12,500 military", "11,000 military");
    CHECK(fp.rfind("scope.narrowed:op3:", 0) == 0);
    CHECK(fp.size() == std::string("scope.narrowed:op3:").size() + 16);
    CHECK(fp == fingerprint(Rule::scope_narrowed, "op3", "12,500  Military", "11,000 military"));
    CHECK(fingerprint(Rule::scope_narrowed, "op3", "\u201cthe Agreement\u201d", "") ==
          fingerprint(Rule::scope_narrowed, "op3", "\"the Agreement\"", ""));
    CHECK(fp != fingerprint(Rule::scope_broadened, "op3", "12,500 military", "11,000 military"));
    CHECK(fp != fingerprint(Rule::scope_narrowed, "op4", "12,500 military", "11,000 military"));
    CHECK(fp != fingerprint(Rule::scope_narrowed, "op3", "12,500 military", "10,000 military"));
}

TEST_CASE("evaluate: identical documents give no result", "[check]") {
    const auto p = samples(2, 2);
    CHECK(evaluate(p->d, all_at(Level::error)).empty());
}
