#include "diff/classify.hpp"

#include "doc_builder.hpp"

#include <catch2/catch.hpp>

using namespace resdiff;
using namespace resdiff::diff;
using namespace resdiff::testing;

namespace {

ClauseEntry modified(const model::Clause& o, const model::Clause& n) {
    ClauseEntry e;
    e.old_id = o.id;
    e.new_id = n.id;
    e.old_clause = &o;
    e.new_clause = &n;
    e.status = Status::modified;
    return e;
}

const Finding* first_of(const std::vector<Finding>& fs, Category c) {
    for (const auto& f : fs)
        if (f.category == c) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("classify: unchanged entry has no finding", "[diff]") {
    auto c = op("1", "Decides", "to remain seized of the matter.");
    ClauseEntry e = modified(c, c);
    e.status = Status::unchanged;
    CHECK(classify_entry(e, doc({}), doc({})).empty());
}

TEST_CASE("classify: weakened verb", "[diff]") {
    auto o = op("3", "Decides", "that the Force shall withdraw;");
    o.semantics_to_fill().obligation = obligation("Decides", 5, "shall", true);
    auto n = op("3", "Requests", "the Force to withdraw;");
    n.semantics_to_fill().obligation = obligation("Requests", 3);
    const auto fs = classify_entry(modified(o, n), doc({}), doc({}));
    const Finding* f = first_of(fs, Category::obligation);
    REQUIRE(f);
    CHECK(f->direction == Direction::weakened);
    CHECK(f->message == "obligation weakened from “Decides … shall” to “Requests”");
}

TEST_CASE("classify: modal strengthened at equal verb strength", "[diff]") {
    auto o = op("3", "Decides", "that States should freeze the assets;");
    o.semantics_to_fill().obligation = obligation("Decides", 5, "should");
    auto n = op("3", "Decides", "that States shall freeze the assets;");
    n.semantics_to_fill().obligation = obligation("Decides", 5, "shall", true);
    const auto fs = classify_entry(modified(o, n), doc({}), doc({}));
    REQUIRE(first_of(fs, Category::obligation));
    CHECK(first_of(fs, Category::obligation)->direction == Direction::strengthened);
}

TEST_CASE("classify: extended date", "[diff]") {
    auto o = op("1", "Decides", "to extend the mandate until 12 March 2019;");
    o.semantics_to_fill().durations = {until("until 12 March 2019", "2019-03-12")};
    auto n = op("1", "Decides", "to extend the mandate until 12 March 2021;");
    n.semantics_to_fill().durations = {until("until 12 March 2021", "2021-03-12")};
    auto od = doc({o}), nd = doc({n});
    model::Mandate m;
    m.clause = "op1";
    nd.mandates = {m};
    const auto fs = classify_entry(modified(o, n), od, nd);
    REQUIRE(fs.size() == 1);  // the word change is the date change, nothing else
    CHECK(fs[0].category == Category::duration);
    CHECK(fs[0].direction == Direction::extended);
    CHECK(fs[0].message == "mandate end extended from 2019-03-12 to 2021-03-12");
}

TEST_CASE("classify: shortened period and date-to-period change", "[diff]") {
    auto o = op("1", "Decides", "to extend the mandate for a period of twelve months;");
    o.semantics_to_fill().durations = {period("for a period of twelve months", "P12M")};
    auto n = op("1", "Decides", "to extend the mandate for a period of six months;");
    n.semantics_to_fill().durations = {period("for a period of six months", "P6M")};
    auto fs = classify_entry(modified(o, n), doc({}), doc({}));
    REQUIRE(first_of(fs, Category::duration));
    CHECK(first_of(fs, Category::duration)->direction == Direction::shortened);
    CHECK(first_of(fs, Category::duration)->message == "period shortened from a period of 12 months to a period of 6 months");

    auto o2 = op("1", "Decides", "to extend the mandate until 31 December 2027;");
    o2.semantics_to_fill().durations = {until("until 31 December 2027", "2027-12-31")};
    auto n2 = op("1", "Decides", "to extend the mandate for an initial period of two years;");
    n2.semantics_to_fill().durations = {period("for an initial period of two years", "P2Y")};
    fs = classify_entry(modified(o2, n2), doc({}), doc({}));
    REQUIRE(first_of(fs, Category::duration));
    CHECK(first_of(fs, Category::duration)->direction == Direction::changed);
    CHECK(first_of(fs, Category::duration)->message == "end date changed from 2027-12-31 to a period of 2 years");
}

TEST_CASE("classify: narrowed list and lower ceiling", "[diff]") {
    auto o = op("2", "Authorizes", "AMISOM to take all necessary measures, including in Mogadishu and Kismayo;");
    auto& os = o.semantics_to_fill().scope;
    os.places = {"Mogadishu", "Kismayo"};
    os.qualifiers = {"including"};
    os.quantities = {"21,586 uniformed personnel"};
    auto n = op("2", "Authorizes", "AMISOM to take all necessary measures only in Mogadishu;");
    auto& ns = n.semantics_to_fill().scope;
    ns.places = {"Mogadishu"};
    ns.qualifiers = {"only"};
    ns.quantities = {"19,626 uniformed personnel"};
    const auto fs = classify_entry(modified(o, n), doc({}), doc({}));
    int narrowed = 0;
    for (const auto& f : fs)
        if (f.category == Category::scope) {
            CHECK(f.direction == Direction::narrowed);
            ++narrowed;
        }
    CHECK(narrowed == 4);  // Kismayo dropped, "only" added, "including" dropped, ceiling lowered
}

TEST_CASE("classify: added and removed clauses", "[diff]") {
    auto n = op("4", "Decides", "that all States shall prevent the supply of arms;");
    n.semantics_to_fill().obligation = obligation("Decides", 5, "shall", true);
    ClauseEntry e;
    e.new_id = n.id;
    e.new_clause = &n;
    e.status = Status::added;
    auto fs = classify_entry(e, doc({}), doc({}));
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].category == Category::wording);
    CHECK(fs[1].category == Category::obligation);
    CHECK(fs[1].direction == Direction::strengthened);

    auto task = sub("c", "to monitor the ceasefire;");
    ClauseEntry r;
    r.old_id = "op1.c";
    r.old_clause = &task;
    r.status = Status::removed;
    fs = classify_entry(r, doc({}), doc({}));
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].category == Category::scope);
    CHECK(fs[0].direction == Direction::narrowed);
}

TEST_CASE("classify: Chapter VII", "[diff]") {
    auto od = doc({}), nd = doc({});
    nd.legal_basis.chapter_vii = true;
    nd.legal_basis.clause = "pp5";
    const auto fs = classify_document(od, nd);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].new_id == std::optional<std::string>("pp5"));
    CHECK(fs[0].finding.direction == Direction::strengthened);
    CHECK(classify_document(nd, nd).empty());
}

TEST_CASE("classify: long task lists compare item by item, in order, by folded key", "[diff]") {
    // 200 tasks; the new version drops one, adds one, and retypes another with curly quotes and
    // capitals (the same task by its key): one finding each way, in list order.
    auto o = op("3", "Decides", "that the mandate shall include the following tasks:");
    auto n = o;
    auto& old_tasks = o.semantics_to_fill().scope.tasks;
    for (int i = 0; i < 200; ++i) old_tasks.push_back("to monitor \"district " + std::to_string(i) + "\"");
    auto& new_tasks = n.semantics_to_fill().scope.tasks;
    new_tasks = old_tasks;
    new_tasks.erase(new_tasks.begin() + 50);
    new_tasks[120] = "TO MONITOR \u201cDISTRICT 121\u201d";
    new_tasks.push_back("to protect civilians");
    const auto fs = classify_entry(modified(o, n), doc({}), doc({}));
    std::vector<std::string> added, removed;
    for (const auto& f : fs)
        if (f.category == Category::scope) (f.direction == Direction::broadened ? added : removed).push_back(f.old_text + f.new_text);
    CHECK(added == std::vector<std::string>{"to protect civilians"});
    CHECK(removed == std::vector<std::string>{"to monitor \"district 50\""});
}
