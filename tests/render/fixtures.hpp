#pragma once
// Hand-built documents and diffs for the render tests, and the samples loader for the golden
// tests (parse + analyze the real files in samples/).

#include "analyze/analyze_document.hpp"
#include "diff/document_diff.hpp"
#include "model/document.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace resdiff::render_test {

inline model::Clause clause(std::string id, model::ClauseKind kind, std::optional<std::string> number,
                            std::optional<std::string> lead, std::string text, std::size_t line) {
    model::Clause c;
    c.id = std::move(id);
    c.kind = kind;
    c.number = std::move(number);
    c.lead = std::move(lead);
    c.text = std::move(text);
    c.line = line;
    c.column = 1;
    return c;
}

// A small analyzed draft: pp1, pp2 (Chapter VII), op1 (mandate with an end date), op2 with
// sub-paragraphs (a) and (a)(i), a footnote, an annex and a warning.
inline model::Document sample_document() {
    using model::ClauseKind;
    model::Document doc;
    doc.source = "samples/example.txt";
    doc.metadata.organ = "Security Council";
    doc.metadata.symbol = "S/2026/101";
    doc.metadata.date = "2026-03-03";
    doc.metadata.draft = true;
    doc.metadata.sponsors = "Freedonia and Ruritania";
    doc.enacting_formula = "The Security Council,";

    doc.clauses.push_back(clause("pp1", ClauseKind::preambular, std::nullopt, "Recalling",
                                 "its previous resolutions on the situation in Zarnovia,", 10));
    doc.clauses.back().footnote_refs.push_back("1");
    doc.clauses.push_back(clause("pp2", ClauseKind::preambular, std::nullopt, "Acting",
                                 "under Chapter VII of the Charter of the United Nations,", 13));

    auto op1 = clause("op1", ClauseKind::operative, "1", "Decides",
                      "to extend the mandate of the United Nations Stabilization Force in Zarnovia "
                      "(UNSFZ) until 31 December 2027;",
                      16);
    model::ClauseSemantics& op1_found = op1.semantics_to_fill();
    op1_found.obligation = model::Obligation{"Decides", 5, std::nullopt, true};
    op1_found.durations.push_back({"until 31 December 2027", "2027-12-31", std::nullopt, model::DurationRole::until});
    op1_found.scope.places.push_back("Zarnovia");
    op1_found.scope.actors.push_back("UNSFZ");
    doc.clauses.push_back(op1);

    auto op2 = clause("op2", ClauseKind::operative, "2", "Requests",
                      "the Secretary-General to report every 90 days on the following:", 19);
    model::ClauseSemantics& op2_found = op2.semantics_to_fill();
    op2_found.obligation = model::Obligation{"Requests", 3, std::nullopt, false};
    op2_found.durations.push_back({"every 90 days", std::nullopt, "P90D", model::DurationRole::interval});
    auto a = clause("op2.a", ClauseKind::subparagraph, "a", std::nullopt, "the ceasefire:", 21);
    a.children.push_back(clause("op2.a.i", ClauseKind::subparagraph, "i", std::nullopt,
                                "violations in Velska;", 22));
    op2.children.push_back(a);
    doc.clauses.push_back(op2);

    doc.footnotes.push_back({"1", "S/2026/55.", 30});
    doc.annexes.push_back({"annex1", "Weapons management", "The Force shall assist.", 33});
    doc.warnings.push_back({25, 7, "page counter removed"});
    doc.legal_basis.chapter_vii = true;
    doc.legal_basis.clause = "pp2";
    model::Mandate m;
    m.clause = "op1";
    m.verb = "Decides";
    m.action = "to extend the mandate of the United Nations Stabilization Force in Zarnovia";
    m.actor = "UNSFZ";
    m.until = "2027-12-31";
    m.places.push_back("Zarnovia");
    doc.mandates.push_back(m);
    return doc;
}

inline diff::ClauseEntry entry(std::optional<std::string> old_id, std::optional<std::string> new_id,
                               diff::Status status) {
    diff::ClauseEntry e;
    e.old_id = std::move(old_id);
    e.new_id = std::move(new_id);
    e.status = status;
    return e;
}

// A diff between two hand-built versions (documents owned by the caller): one modified clause
// with a duration finding, one weakened obligation, one added, one removed sub-paragraph, one
// moved, and unchanged ones (some renumbered) to fold.
struct SampleDiff {
    model::Document old_doc, new_doc;
    diff::DocumentDiff diff;
};

inline void make_sample_diff(SampleDiff& s) {
    using diff::Category;
    using diff::Direction;
    using diff::EditOp;
    using diff::Status;
    s.old_doc.source = "old.txt";
    s.old_doc.metadata.symbol = "S/2026/101";
    s.old_doc.metadata.date = "2026-03-03";
    s.new_doc.source = "new.txt";
    s.new_doc.metadata.symbol = "S/2026/101/Rev.1";
    s.new_doc.metadata.date = "2026-03-10";
    s.new_doc.metadata.organ = "Security Council";
    s.new_doc.clauses.push_back(clause("op2", model::ClauseKind::operative, "2", "Welcomes",
                                       "the commitment to hold elections;", 20));
    s.old_doc.clauses.push_back(clause("op3.c", model::ClauseKind::subparagraph, "c", std::nullopt,
                                       "Disarmament: to support the Government;", 40));
    s.new_doc.clauses.push_back(clause("op11", model::ClauseKind::operative, "11", "Urges",
                                       "all Member States to ensure free movement;", 90));
    auto& d = s.diff;
    d.old_doc = &s.old_doc;
    d.new_doc = &s.new_doc;

    d.entries.push_back(entry("pp1", "pp1", Status::unchanged));
    d.entries.push_back(entry("pp2", "pp2", Status::unchanged));

    auto op1 = entry("op1", "op1", Status::modified);
    op1.findings.push_back({Category::duration, Direction::changed, "until 31 December 2027",
                            "for a further period of two years",
                            "mandate end changed from 2027-12-31 to a two-year period"});
    op1.edits = {{EditOp::equal, "Decides to extend the mandate of UNSFZ "},
                 {EditOp::remove, "until 31 December 2027"},
                 {EditOp::insert, "for a further period of two years"},
                 {EditOp::equal, ";"}};
    d.entries.push_back(op1);

    auto added = entry(std::nullopt, "op2", Status::added);
    added.new_clause = &s.new_doc.clauses[0];
    added.findings.push_back({Category::wording, Direction::changed, "", "Welcomes the commitment",
                              "new paragraph welcoming the elections"});
    d.entries.push_back(added);

    auto ren = entry("op2", "op3", Status::unchanged);
    ren.renumbered = true;
    d.entries.push_back(ren);

    auto removed = entry("op3.c", std::nullopt, Status::removed);
    removed.depth = 1;
    removed.kind = model::ClauseKind::subparagraph;
    removed.old_clause = &s.old_doc.clauses[0];
    removed.findings.push_back({Category::scope, Direction::narrowed,
                                "Disarmament: to support the Government", "",
                                "the disarmament task is removed from the mandate"});
    d.entries.push_back(removed);

    auto weak = entry("op7", "op8", Status::modified);
    weak.renumbered = true;
    weak.findings.push_back({Category::obligation, Direction::weakened, "Decides that the Force shall",
                             "Requests the Force to",
                             "the Force is now requested, no longer required, to support"});
    weak.edits = {{EditOp::remove, "Decides that the Force shall"},
                  {EditOp::insert, "Requests the Force to"},
                  {EditOp::equal, " support the *national* authorities | of Zarnovia;"}};
    d.entries.push_back(weak);

    auto moved = entry("op9", "op11", Status::unchanged);
    moved.moved = true;
    moved.renumbered = true;
    moved.new_clause = &s.new_doc.clauses[1];
    d.entries.push_back(moved);

    d.entries.push_back(entry("op12", "op12", Status::unchanged));

    d.summary.clauses = {5, 2, 1, 1, 1, 3};
    d.summary.findings = {1, 1, 1, 1};
}

// Parses and analyzes samples/<name>; nullopt (with a WARN) while the parser is a placeholder
// that returns neither a document nor an error. A real parse error fails the test.
inline std::optional<model::Document> load_sample(const std::string& name) {
    const std::string text = testing::read_file(testing::samples_dir() / name);
    auto result = parse::parse_document(text, "samples/" + name);
    if (!result.document) {
        if (result.error) {
            FAIL("samples/" << name << ":" << result.error->line << ":" << result.error->column
                            << ": " << result.error->message);
        }
        WARN("parse_document returned no document for samples/" << name
                                                                << " (parser not ready): golden skipped");
        return std::nullopt;
    }
    analyze::analyze_document(*result.document);
    return std::move(result.document);
}

}  // namespace resdiff::render_test
