// Tests src/analyze/clause_analyzer.cpp and analyze_document_level: a clause analysed on its own
// gets exactly what the whole-document analysis gives it, on the samples and on every text of
// the corpus (when present); the warnings of the document-level pass are the full pass's.

#include "analyze/clause_analyzer.hpp"

#include "analyze/analyze_document.hpp"
#include "analyze/lexicon.hpp"
#include "model/document_walk.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"
#include "support/semantics_box.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace resdiff;

namespace {

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += s + "|";
    return out;
}

// Every semantic field of a clause, as one string.
std::string semantics(const model::Clause& c) {
    std::string out;
    if (c.obligation())
        out += "obl " + c.obligation()->verb + "/" + std::to_string(c.obligation()->strength) + "/" +
               c.obligation()->modal.value_or("-") + "/" + (c.obligation()->binding ? "b" : "nb") + "; ";
    for (const auto& d : c.durations())
        out += "dur " + d.text + "/" + d.until.value_or("-") + "/" + d.period.value_or("-") + "/" +
               model::to_string(d.role) + "; ";
    const auto& s = c.scope();
    out += "places " + join(s.places) + " actors " + join(s.actors) + " quantities " + join(s.quantities) +
           " tasks " + join(s.tasks) + " qualifiers " + join(s.qualifiers);
    return out;
}


std::string warnings(const model::Document& doc) {
    std::string out;
    for (const auto& w : doc.warnings)
        out += std::to_string(w.line) + ":" + std::to_string(w.column) + ": " + w.message + "\n";
    return out;
}

// Checks one text: the same warnings, legal basis, clause semantics and mandates both ways.
// Returns the number of clauses compared.
std::size_t check_same_analysis(const std::string& text, const std::string& name) {
    INFO(name);
    auto parsed = parse::parse_document(text, name);
    if (!parsed.ok()) return 0;
    model::Document whole = *parsed.document;
    model::Document lazy = std::move(*parsed.document);
    const auto& lexicon = analyze::Lexicon::builtin();
    analyze::analyze_document(whole, lexicon);
    analyze::analyze_document_level(lazy, lexicon);
    CHECK(warnings(lazy) == warnings(whole));
    CHECK(lazy.legal_basis.chapter_vii == whole.legal_basis.chapter_vii);
    CHECK(lazy.legal_basis.clause == whole.legal_basis.clause);
    CHECK(lazy.mandates.empty());

    model::Document forward = lazy;
    std::vector<const model::Clause*> a, b, f;
    model::for_each_clause(whole.clauses, [&](const model::Clause& c, std::size_t) { a.push_back(&c); });
    model::for_each_clause(lazy.clauses, [&](const model::Clause& c, std::size_t) { b.push_back(&c); });
    model::for_each_clause(forward.clauses, [&](const model::Clause& c, std::size_t) { f.push_back(&c); });
    REQUIRE(a.size() == b.size());
    REQUIRE(f.size() == b.size());
    auto listed = [&](std::size_t i) {
        return std::any_of(whole.mandates.begin(), whole.mandates.end(),
                           [&](const model::Mandate& m) { return m.clause == a[i]->id; });
    };
    {
        // Forwards, each clause analysed before it is asked about: a top-level clause's mandates
        // are then read from the words its analysis split.
        analyze::ClauseAnalyzer analyzer(forward, lexicon);
        for (std::size_t i = 0; i < f.size(); ++i) {
            INFO(f[i]->id);
            analyzer.analyze(*f[i]);
            CHECK(semantics(*f[i]) == semantics(*a[i]));
            CHECK(analyzer.is_mandate(*f[i]) == listed(i));
        }
    }
    analyze::ClauseAnalyzer analyzer(lazy, lexicon);
    // Backwards: a clause analysed before its parent or its neighbours must not care.
    for (std::size_t i = b.size(); i-- > 0;) {
        INFO(b[i]->id);
        analyzer.analyze(*b[i]);
        CHECK(semantics(*b[i]) == semantics(*a[i]));
        // Both ways, a box only for a clause in which something was found.
        CHECK(testing::has_semantics_box(*b[i]) == !b[i]->semantics().empty());
        CHECK(testing::has_semantics_box(*a[i]) == !a[i]->semantics().empty());
        CHECK(analyzer.is_mandate(*b[i]) == listed(i));
    }
    return b.size();
}

}  // namespace

TEST_CASE("ClauseAnalyzer: a clause alone gets what the whole analysis gives it (samples)", "[analyze]") {
    std::size_t clauses = 0;
    for (const auto& f : testing::text_files(testing::samples_dir(), false))
        clauses += check_same_analysis(testing::read_file(f), f.filename().string());
    CHECK(clauses > 50);
}

TEST_CASE("ClauseAnalyzer: a clause alone gets what the whole analysis gives it (corpus)", "[analyze][corpus]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    std::size_t clauses = 0, files = 0;
    for (const auto& f : testing::text_files(*corpus, true)) {
        clauses += check_same_analysis(testing::read_file(f), f.filename().string());
        ++files;
    }
    CHECK(files > 400);
    CHECK(clauses > 5000);
}

TEST_CASE("ClauseAnalyzer: analyses once, leaves the other clauses alone", "[analyze]") {
    auto parsed = parse::parse_document(
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to extend the mandate of the Force until 31 December 2027;\n\n"
        "2. Requests the Secretary-General to report by 1 June 2027 on:\n\n(a) the situation in Zarnovia;\n\n"
        "(b) the Force;\n\n3. Decides to remain seized of the matter.\n",
        "t");
    REQUIRE(parsed.ok());
    model::Document doc = std::move(*parsed.document);
    analyze::analyze_document_level(doc, analyze::Lexicon::builtin());
    analyze::ClauseAnalyzer analyzer(doc, analyze::Lexicon::builtin());
    REQUIRE(doc.clauses.size() == 4);
    const model::Clause& op2 = doc.clauses[2];
    analyzer.analyze(op2);
    REQUIRE(op2.obligation());
    CHECK(op2.obligation()->verb == "Requests");
    CHECK(op2.scope().tasks == std::vector<std::string>{"the situation in Zarnovia", "the Force"});
    REQUIRE(op2.durations().size() == 1);
    CHECK(op2.durations()[0].until == "2027-06-01");
    // The others were not asked for.
    CHECK_FALSE(doc.clauses[1].obligation());
    CHECK(doc.clauses[1].durations().empty());
    CHECK_FALSE(op2.children[0].obligation());
    CHECK(op2.children[0].scope().empty());
    // A second call keeps the result (tasks are not added twice).
    analyzer.analyze(op2);
    CHECK(op2.scope().tasks.size() == 2);
    CHECK(analyzer.is_mandate(doc.clauses[1]));
    CHECK_FALSE(analyzer.is_mandate(op2));
    CHECK_FALSE(analyzer.is_mandate(op2.children[0]));

    const model::Clause stranger;
    CHECK_THROWS_AS(analyzer.analyze(stranger), std::logic_error);
}

TEST_CASE("ClauseAnalyzer: two threads analyse different clauses at once", "[analyze]") {
    // Every sample, its clauses dealt out to two threads in turn (neighbours and parents on
    // different threads), each also asking for mandates: the whole analysis's result. Run under
    // the thread sanitizer in development.
    const auto& lexicon = analyze::Lexicon::builtin();
    std::size_t clauses = 0;
    for (const auto& f : testing::text_files(testing::samples_dir(), false)) {
        INFO(f.filename().string());
        auto parsed = parse::parse_document(testing::read_file(f), "t");
        REQUIRE(parsed.ok());
        model::Document whole = *parsed.document, lazy = std::move(*parsed.document);
        analyze::analyze_document(whole, lexicon);
        analyze::analyze_document_level(lazy, lexicon);
        std::vector<const model::Clause*> a, b;
        model::for_each_clause(whole.clauses, [&](const model::Clause& c, std::size_t) { a.push_back(&c); });
        model::for_each_clause(lazy.clauses, [&](const model::Clause& c, std::size_t) { b.push_back(&c); });
        REQUIRE(a.size() == b.size());
        analyze::ClauseAnalyzer analyzer(lazy, lexicon);
        std::vector<char> mandate(b.size(), 0);
        auto deal = [&](std::size_t first) {
            for (std::size_t i = first; i < b.size(); i += 2) {
                analyzer.analyze(*b[i]);
                mandate[i] = analyzer.is_mandate(*b[i]) ? 1 : 0;
            }
        };
        std::thread other(deal, 1);
        deal(0);
        other.join();
        for (std::size_t i = 0; i < b.size(); ++i) {
            INFO(b[i]->id);
            CHECK(analyzer.analyzed(*b[i]));
            CHECK(semantics(*b[i]) == semantics(*a[i]));
            const bool listed = std::any_of(whole.mandates.begin(), whole.mandates.end(),
                                            [&](const model::Mandate& m) { return m.clause == a[i]->id; });
            CHECK((mandate[i] != 0) == listed);
        }
        clauses += b.size();
    }
    CHECK(clauses > 50);
}
