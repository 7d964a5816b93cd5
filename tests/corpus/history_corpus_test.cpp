// `history` on the renewal chains of ../shared/corpus (skipped when the corpus is absent): the
// ten-step UNMIS chain gives the mandate end dates MANIFEST.md quotes, in order; the UNIFIL,
// UNDOF and UNFICYP chains of bulk/cr-unsc-gold/ give non-decreasing end dates.

#include "analyze/analyze_document.hpp"
#include "history/history.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace resdiff;

namespace {

std::optional<model::Document> load(const fs::path& p) {
    auto r = parse::parse_document(testing::read_file(p), p.filename().string());
    if (!r.ok()) return std::nullopt;
    model::Document doc = std::move(*r.document);
    analyze::analyze_document(doc);
    return doc;
}

// Per version, the latest `until` of the mandates the history tracks ("" when none states one).
std::vector<std::string> mandate_ends(const history::History& h) {
    std::vector<std::string> out(h.versions.size());
    for (const auto& t : h.mandates) {
        if (!t.mandate) continue;
        for (std::size_t v = 0; v < t.states.size(); ++v)
            if (t.states[v] && t.states[v]->mandate && t.states[v]->until)
                out[v] = std::max(out[v], *t.states[v]->until);
    }
    return out;
}

// The file of S/RES/number: bulk/cr-unsc-gold/S_RES_NNNN_YYYY_EN_GOLD.txt, else the curated
// top-level S-RES-N-YYYY.txt.
std::optional<fs::path> resolution_file(const fs::path& corpus, int number) {
    char bulk[32], top[32];
    std::snprintf(bulk, sizeof bulk, "S_RES_%04d_", number);
    std::snprintf(top, sizeof top, "S-RES-%d-", number);
    std::error_code ec;
    for (const auto& [dir, prefix] : {std::pair{corpus / "bulk" / "cr-unsc-gold", std::string(bulk)},
                                      std::pair{corpus, std::string(top)}})
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().filename().string().rfind(prefix, 0) == 0 && e.path().extension() == ".txt") return e.path();
    return std::nullopt;
}

struct Loaded {
    std::vector<model::Document> docs;
    std::vector<std::string> skipped;
};

Loaded load_all(const std::vector<fs::path>& files) {
    Loaded l;
    l.docs.reserve(files.size());
    for (const auto& f : files) {
        auto d = load(f);
        if (d) l.docs.push_back(std::move(*d));
        else l.skipped.push_back(f.filename().string());
    }
    return l;
}

history::History chain_of(const std::vector<model::Document>& docs) {
    std::vector<history::Version> versions;
    for (const auto& d : docs) versions.push_back({&d, ""});
    return history::build_history(std::move(versions));
}

// Resolution numbers of a MANIFEST.md passage: "S/RES/427, 434, 444, …" after `marker`, up to
// the closing parenthesis.
std::vector<int> listed_numbers(const std::string& manifest, const std::string& marker) {
    std::vector<int> out;
    const auto at = manifest.find(marker);
    if (at == std::string::npos) return out;
    const auto start = manifest.find("(S/RES/", at);
    const auto end = manifest.find(')', start);
    if (start == std::string::npos || end == std::string::npos) return out;
    const std::string list = manifest.substr(start + 7, end - start - 7);
    const std::regex number("(\\d+)");
    for (std::sregex_iterator it(list.begin(), list.end(), number), stop; it != stop; ++it)
        out.push_back(std::stoi((*it)[1]));
    return out;
}

void check_non_decreasing(const std::string& name, const std::vector<fs::path>& files) {
    INFO(name << ": " << files.size() << " files");
    REQUIRE(files.size() >= 10);
    const auto loaded = load_all(files);
    for (const auto& s : loaded.skipped) WARN(name << ": " << s << " does not parse; left out of the chain");
    REQUIRE(loaded.docs.size() >= 10);
    const auto h = chain_of(loaded.docs);
    const auto ends = mandate_ends(h);
    std::string previous;
    std::size_t stated = 0;
    for (std::size_t v = 0; v < ends.size(); ++v) {
        if (ends[v].empty()) continue;
        ++stated;
        INFO(loaded.docs[v].source << " ends " << ends[v] << ", the previous version stating one " << previous);
        CHECK(ends[v] >= previous);
        previous = ends[v];
    }
    CHECK(stated * 2 >= ends.size());  // most renewals state an end date
}

}  // namespace

TEST_CASE("history of the UNMIS chain gives the mandate end dates in order", "[corpus][history]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus not found: UNMIS history not tested");
        return;
    }
    const std::vector<std::string> names = {"S-RES-1590-2005.txt", "S-RES-1627-2005.txt", "S-RES-1663-2006.txt",
                                            "S-RES-1706-2006.txt", "S-RES-1709-2006.txt", "S-RES-1714-2006.txt",
                                            "S-RES-1755-2007.txt", "S-RES-1784-2007.txt", "S-RES-1812-2008.txt",
                                            "S-RES-1919-2010.txt"};
    std::vector<fs::path> files;
    for (const auto& n : names) files.push_back(*corpus / n);
    const auto loaded = load_all(files);
    REQUIRE(loaded.skipped.empty());
    const auto h = chain_of(loaded.docs);
    REQUIRE(h.versions.size() == 10);
    CHECK(h.has_differences());
    const auto ends = mandate_ends(h);
    std::vector<std::string> stated;
    for (const auto& e : ends)
        if (!e.empty()) stated.push_back(e);
    // As MANIFEST.md quotes them (S/RES/1590 establishes, 1706 expands to Darfur).
    CHECK(stated == std::vector<std::string>{"2006-03-24", "2006-09-24", "2006-10-08", "2007-04-30", "2007-10-31",
                                             "2008-04-30", "2009-04-30", "2011-04-30"});
    // The extension paragraph is one chain through the renewals that state an end date.
    const history::MandateTrack* longest = nullptr;
    std::size_t longest_count = 0;
    for (const auto& t : h.mandates) {
        const auto count = static_cast<std::size_t>(
            std::count_if(t.states.begin(), t.states.end(), [](const auto& s) { return s && s->until; }));
        if (t.mandate && count > longest_count) {
            longest = &t;
            longest_count = count;
        }
    }
    REQUIRE(longest);
    CHECK(longest_count >= 5);
}

TEST_CASE("history of the UNIFIL, UNDOF and UNFICYP renewal chains: end dates never go back", "[corpus][history]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus not found: renewal chains not tested");
        return;
    }
    const std::string manifest = testing::read_file(*corpus / "MANIFEST.md");
    for (const char* mission : {"UNIFIL (Lebanon)", "UNDOF (Golan)"}) {
        std::vector<fs::path> files;
        for (const int n : listed_numbers(manifest, std::string("**") + mission + "**"))
            if (const auto f = resolution_file(*corpus, n)) files.push_back(*f);
        check_non_decreasing(mission, files);
    }
    // UNFICYP: the rows of the file table marked "UNFICYP (Cyprus)", in resolution order.
    std::set<int> numbers;
    const std::regex row("S_RES_(\\d{4})_\\d{4}_EN_GOLD\\.txt");
    std::size_t line_start = 0;
    while (line_start < manifest.size()) {
        const auto line_end = std::min(manifest.find('\n', line_start), manifest.size());
        const std::string line = manifest.substr(line_start, line_end - line_start);
        line_start = line_end + 1;
        if (line.rfind("| ", 0) != 0 || line.find("UNFICYP (Cyprus)") == std::string::npos) continue;
        std::smatch m;
        if (std::regex_search(line, m, row)) numbers.insert(std::stoi(m[1]));
    }
    std::vector<fs::path> files;
    for (const int n : numbers)
        if (const auto f = resolution_file(*corpus, n)) files.push_back(*f);
    check_non_decreasing("UNFICYP (Cyprus)", files);
}
