#include "diff/diff_documents.hpp"
#include "analyze/analyze_document.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"
#include "support/same_diff.hpp"
#include "analyze/lexicon.hpp"

#include "doc_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff;
using namespace resdiff::diff;
using namespace resdiff::testing;

namespace {

std::string ids(const DocumentDiff& d) {
    std::string out;
    for (const auto& e : d.entries) {
        if (!out.empty()) out += ' ';
        out += e.old_id.value_or("-") + ">" + e.new_id.value_or("-");
    }
    return out;
}

const ClauseEntry* by_new(const DocumentDiff& d, const std::string& id) {
    for (const auto& e : d.entries)
        if (e.new_id == id) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("diff: identical documents", "[diff]") {
    const auto a = doc({pp(1, "Recalling", "its previous resolutions,"),
                        op("1", "Decides", "to remain seized of the matter.")});
    const auto d = diff_documents(a, a);
    CHECK_FALSE(d.has_differences());
    CHECK(d.summary.clauses.unchanged == 2);
    CHECK(d.old_doc == &a);
    CHECK(ids(d) == "pp1>pp1 op1>op1");
}

TEST_CASE("diff: typographic and layout differences only", "[diff]") {
    auto c1 = op("1", "Decides", "that the \"pre-recorded\" statement of its Head of State may be played;");
    auto c2 = op("1", "Decides", "that the \u201Cpre\u2011recorded\u201D  statement of its\u00A0Head of State may be played;");
    c1.footnote_refs = {};
    auto c3 = op("2", "Notes", "the report1 of the Committee;");
    c3.footnote_refs = {"1"};
    auto c4 = op("2", "Notes", "the report of the Committee;");
    const auto a = doc({c1, c3}), b = doc({c2, c4});
    const auto d = diff_documents(a, b);
    CHECK_FALSE(d.has_differences());
    for (const auto& e : d.entries) {
        CHECK(e.status == Status::unchanged);
        CHECK(e.findings.empty());
    }
}

TEST_CASE("diff: renumbering, added clause, removed clause in place", "[diff]") {
    const auto a = doc({op("1", "Welcomes", "the report of the Secretary-General;"),
                        op("2", "Condemns", "the attack of 3 May on the convoy;"),
                        op("3", "Requests", "the Secretary-General to report every 90 days;"),
                        op("4", "Decides", "to remain seized of the matter.")});
    const auto b = doc({op("1", "Welcomes", "the report of the Secretary-General;"),
                        op("2", "Requests", "the Secretary-General to report every 90 days;"),
                        op("3", "Calls upon", "Member States to contribute troops;"),
                        op("4", "Decides", "to remain seized of the matter.")});
    const auto d = diff_documents(a, b);
    CHECK(ids(d) == "op1>op1 op2>- op3>op2 ->op3 op4>op4");
    CHECK(d.entries[1].status == Status::removed);
    CHECK(d.entries[2].renumbered);
    CHECK(d.entries[2].status == Status::unchanged);
    CHECK(d.entries[3].status == Status::added);
    CHECK_FALSE(d.entries[4].renumbered);
    CHECK(d.summary.clauses.added == 1);
    CHECK(d.summary.clauses.removed == 1);
    CHECK(d.summary.clauses.renumbered == 1);
    CHECK(d.summary.findings.wording == 2);
    CHECK(d.has_differences());
    REQUIRE(d.entries[3].edits.size() == 1);
    CHECK(d.entries[3].edits[0].op == EditOp::insert);
    CHECK(d.entries[1].edits[0].op == EditOp::remove);
}

TEST_CASE("diff: moved paragraph", "[diff]") {
    const auto a = doc({op("1", "Welcomes", "the report;"), op("2", "Condemns", "all attacks;"),
                        op("3", "Urges", "the parties to resume negotiations;")});
    const auto b = doc({op("1", "Urges", "the parties to resume negotiations;"),
                        op("2", "Welcomes", "the report;"), op("3", "Condemns", "all attacks;")});
    const auto d = diff_documents(a, b);
    CHECK(ids(d) == "op3>op1 op1>op2 op2>op3");
    CHECK(d.entries[0].moved);
    CHECK(d.summary.clauses.moved == 1);
    CHECK(d.summary.clauses.unchanged == 3);
    CHECK(d.has_differences());
}

TEST_CASE("diff: split paragraph", "[diff]") {
    const auto a = doc({op("1", "Requests", "the Secretary-General to report on the implementation of this resolution every ninety days and to include recommendations on the future configuration of the mission;")});
    const auto b = doc({op("1", "Requests", "the Secretary-General to report on the implementation of this resolution every ninety days;"),
                        op("2", "Further requests", "the Secretary-General to include recommendations on the future configuration of the mission;")});
    const auto d = diff_documents(a, b);
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].status == Status::modified);
    CHECK(d.entries[1].status == Status::added);
    CHECK(d.entries[1].split_from == std::optional<std::string>("op1"));
    // The entries borrow their ids from the documents' clauses: no copy per entry.
    CHECK(&*d.entries[0].old_id == &a.clauses[0].id);
    CHECK(&*d.entries[0].new_id == &b.clauses[0].id);
    CHECK(&*d.entries[1].split_from == &a.clauses[0].id);
}

TEST_CASE("diff: sub-paragraph moved across lists, entries at every level", "[diff]") {
    const auto a = doc({op("1", "Decides", "that the mandate shall be:",
                           {sub("a", "to monitor the ceasefire;"), sub("b", "to support the political process;")}),
                        op("2", "Requests", "the Mission also:", {sub("a", "to assist in mine action;")})});
    const auto b = doc({op("1", "Decides", "that the mandate shall be:", {sub("a", "to monitor the ceasefire;")}),
                        op("2", "Requests", "the Mission also:",
                           {sub("a", "to assist in mine action;"), sub("b", "to support the political process;")})});
    const auto d = diff_documents(a, b);
    CHECK(ids(d) == "op1>op1 op1.a>op1.a op2>op2 op2.a>op2.a op1.b>op2.b");
    const auto* e = by_new(d, "op2.b");
    REQUIRE(e);
    CHECK(e->moved);
    CHECK(e->status == Status::unchanged);
    CHECK(e->depth == 1);
    CHECK(e->kind == model::ClauseKind::subparagraph);
    CHECK(e->old_clause == &a.clauses[0].children[1]);
    CHECK(e->new_clause == &b.clauses[1].children[1]);
}

TEST_CASE("diff: removed parent keeps its removed children under it", "[diff]") {
    const auto a = doc({op("1", "Welcomes", "the report;"),
                        op("2", "Decides", "that the Force shall:", {sub("a", "monitor the border;"), sub("b", "report violations;")}),
                        op("3", "Decides", "to remain seized of the matter.")});
    const auto b = doc({op("1", "Welcomes", "the report;"), op("2", "Decides", "to remain seized of the matter.")});
    const auto d = diff_documents(a, b);
    CHECK(ids(d) == "op1>op1 op2>- op2.a>- op2.b>- op3>op2");
    CHECK(d.entries[2].depth == 1);
    CHECK(d.summary.clauses.removed == 3);
    CHECK(d.summary.findings.scope == 2);  // the two tasks
}

TEST_CASE("diff: weakened verb and extended date end to end", "[diff]") {
    auto o1 = op("1", "Decides", "that the Force shall withdraw from the buffer zone;");
    o1.semantics_to_fill().obligation = obligation("Decides", 5, "shall", true);
    auto n1 = op("1", "Requests", "the Force to withdraw from the buffer zone;");
    n1.semantics_to_fill().obligation = obligation("Requests", 3);
    auto o2 = op("2", "Decides", "to extend the mandate of the Panel until 12 March 2019;");
    o2.semantics_to_fill().durations = {until("until 12 March 2019", "2019-03-12")};
    auto n2 = op("2", "Decides", "to extend the mandate of the Panel until 12 March 2021;");
    n2.semantics_to_fill().durations = {until("until 12 March 2021", "2021-03-12")};
    auto a = doc({o1, o2}), b = doc({n1, n2});
    model::Mandate m;
    m.clause = "op2";
    a.mandates = {m};
    b.mandates = {m};
    const auto d = diff_documents(a, b);
    REQUIRE(d.entries.size() == 2);
    CHECK(d.entries[0].status == Status::modified);
    REQUIRE_FALSE(d.entries[0].findings.empty());
    CHECK(d.entries[0].findings[0].category == Category::obligation);
    CHECK(d.entries[0].findings[0].direction == Direction::weakened);
    REQUIRE(d.entries[1].findings.size() == 1);
    CHECK(d.entries[1].findings[0].message == "mandate end extended from 2019-03-12 to 2021-03-12");
    CHECK(d.summary.findings.duration == 1);
    CHECK(d.summary.findings.obligation == 1);
}

TEST_CASE("diff: Chapter VII added lands on the invoking clause", "[diff]") {
    auto a = doc({pp(1, "Recalling", "its resolutions,"), op("1", "Demands", "a ceasefire;")});
    auto b = doc({pp(1, "Recalling", "its resolutions,"),
                  pp(2, "Acting", "under Chapter VII of the Charter of the United Nations,"),
                  op("1", "Demands", "a ceasefire;")});
    b.legal_basis.chapter_vii = true;
    b.legal_basis.clause = "pp2";
    const auto d = diff_documents(a, b);
    const auto* e = by_new(d, "pp2");
    REQUIRE(e);
    bool found = false;
    for (const auto& f : e->findings) found |= f.category == Category::obligation && f.direction == Direction::strengthened;
    CHECK(found);
}

TEST_CASE("diff: to_string", "[diff]") {
    CHECK(std::string(to_string(Status::removed)) == "removed");
    CHECK(std::string(to_string(Category::duration)) == "duration");
    CHECK(std::string(to_string(Direction::narrowed)) == "narrowed");
    CHECK(std::string(to_string(EditOp::remove)) == "delete");
}

// ---- The samples series: the findings samples/README.md promises ---------------------------

namespace {

resdiff::model::Document sample(const std::string& name) {
    auto r = resdiff::parse::parse_document(resdiff::testing::read_file(resdiff::testing::samples_dir() / name), name);
    REQUIRE(r.ok());
    resdiff::analyze::analyze_document(*r.document);
    return std::move(*r.document);
}

const ClauseEntry* entry(const DocumentDiff& d, const char* old_id, const char* new_id) {
    for (const auto& e : d.entries)
        if ((old_id == nullptr ? !e.old_id : e.old_id == old_id) && (new_id == nullptr ? !e.new_id : e.new_id == new_id))
            return &e;
    return nullptr;
}

bool has_finding(const ClauseEntry& e, Category c, Direction dir) {
    for (const auto& f : e.findings)
        if (f.category == c && f.direction == dir) return true;
    return false;
}

}  // namespace

TEST_CASE("samples v1 -> v2: the findings of samples/README.md", "[diff]") {
    const auto v1 = sample("zarnovia-v1.txt");
    const auto v2 = sample("zarnovia-v2.txt");
    const auto d = diff_documents(v1, v2);
    REQUIRE(d.has_differences());
    const auto* op1 = entry(d, "op1", "op1");
    REQUIRE(op1);
    CHECK(op1->status == Status::modified);
    CHECK(has_finding(*op1, Category::duration, Direction::changed));
    const auto* added = entry(d, nullptr, "op2");
    REQUIRE(added);
    CHECK(added->status == Status::added);
    const auto* renum = entry(d, "op2", "op3");
    REQUIRE(renum);
    CHECK(renum->status == Status::unchanged);
    CHECK(renum->renumbered);
    const auto* narrowed = entry(d, "op3.a.i", "op4.a.i");
    REQUIRE(narrowed);
    CHECK(has_finding(*narrowed, Category::scope, Direction::narrowed));
    const auto* removed = entry(d, "op3.c", nullptr);
    REQUIRE(removed);
    CHECK(removed->status == Status::removed);
    CHECK(has_finding(*removed, Category::scope, Direction::narrowed));
    const auto* weakened = entry(d, "op7", "op8");
    REQUIRE(weakened);
    CHECK(has_finding(*weakened, Category::obligation, Direction::weakened));
}

TEST_CASE("samples v2 -> v3: move, lower ceiling, stronger verb, typography only", "[diff]") {
    const auto v2 = sample("zarnovia-v2.txt");
    const auto v3 = sample("zarnovia-v3.txt");
    const auto d = diff_documents(v2, v3);
    const auto* moved = entry(d, "op9", "op11");
    REQUIRE(moved);
    CHECK(moved->moved);
    CHECK(moved->status == Status::unchanged);
    const auto* ceiling = entry(d, "op3", "op3");
    REQUIRE(ceiling);
    CHECK(has_finding(*ceiling, Category::scope, Direction::narrowed));
    const auto* stronger = entry(d, "op7", "op7");
    REQUIRE(stronger);
    CHECK(has_finding(*stronger, Category::obligation, Direction::strengthened));
    for (const char* id : {"pp4", "pp5", "pp7", "op5"}) {  // rewrapped or curly quotes only
        const auto* e = entry(d, id, id);
        REQUIRE(e);
        CHECK(e->status == Status::unchanged);
        CHECK(e->findings.empty());
    }
}

TEST_CASE("diff_documents_lazily: the diff of the whole analysis, analysing only what it reports", "[diff]") {
    const auto& lexicon = analyze::Lexicon::builtin();
    const auto files = text_files(samples_dir(), false);
    REQUIRE(files.size() >= 5);
    for (const auto& f : files)
        for (const auto& g : files) {
            INFO(f.filename().string() + " -> " + g.filename().string());
            auto a = parse::parse_document(read_file(f), "old");
            auto b = parse::parse_document(read_file(g), "new");
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            model::Document full_old = *a.document, full_new = *b.document;
            model::Document lazy_old = std::move(*a.document), lazy_new = std::move(*b.document);
            analyze::analyze_document(full_old, lexicon);
            analyze::analyze_document(full_new, lexicon);
            analyze::analyze_document_level(lazy_old, lexicon);
            analyze::analyze_document_level(lazy_new, lexicon);
            const auto full = diff_documents(full_old, full_new);
            model::Document two_old = lazy_old, two_new = lazy_new;
            const auto lazy = diff_documents_lazily(lazy_old, lazy_new, lexicon);
            CHECK(first_difference(full, lazy) == "");
            const auto threaded = diff_documents_lazily(two_old, two_new, lexicon, true);  // two analyzers at once
            CHECK(first_difference(full, threaded) == "");
            // What the comparison built goes with the diff (a caller leaving the process frees
            // neither); the whole analysis builds nothing to keep.
            CHECK(lazy.workspace);
            CHECK(threaded.workspace);
            CHECK_FALSE(full.workspace);
            // Unchanged clauses were not analysed: their obligation stays empty.
            for (const auto& e : lazy.entries)
                if (e.status == Status::unchanged && e.new_clause->lead) CHECK_FALSE(e.new_clause->obligation());
        }
}
