// The analyzer over the real texts of ../shared/corpus (skipped when it is absent).

#include "analyze/analyze_document.hpp"
#include "analyze/lexicon.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"
#include "text/fold.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using resdiff::model::Clause;
using resdiff::model::Document;

struct Parsed {
    std::string name;
    Document doc;
};

// Every corpus text the parser accepts, analysed. Empty when the corpus is absent.
const std::vector<Parsed>& corpus_documents(std::size_t* rejected = nullptr) {
    static std::size_t rejected_count = 0;
    static const std::vector<Parsed> docs = [] {
        std::vector<Parsed> out;
        const auto dir = resdiff::testing::corpus_dir();
        if (!dir) return out;
        for (const auto& path : resdiff::testing::text_files(*dir, true)) {
            const std::string rel = std::filesystem::relative(path, *dir).generic_string();
            if (rel.rfind("raw/", 0) == 0 || rel.rfind("fragments/", 0) == 0) continue;
            auto result = resdiff::parse::parse_document(resdiff::testing::read_file(path), rel);
            if (!result.ok()) {
                ++rejected_count;
                continue;
            }
            resdiff::analyze::analyze_document(*result.document);
            out.push_back({rel, std::move(*result.document)});
        }
        return out;
    }();
    if (rejected) *rejected = rejected_count;
    return docs;
}

// An oracle independent of the analyzer's scanner: "until D Month YYYY" found by plain string
// search on the folded clause text.
std::vector<std::string> until_dates(const std::string& clause_text) {
    static const char* const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    const std::string t = resdiff::text::fold_for_compare(clause_text);
    std::vector<std::string> out;
    for (std::size_t at = t.find("until "); at != std::string::npos; at = t.find("until ", at + 1)) {
        std::size_t p = at + 6;
        std::size_t digits = 0;
        while (p + digits < t.size() && std::isdigit(static_cast<unsigned char>(t[p + digits]))) ++digits;
        if (digits == 0 || digits > 2 || p + digits >= t.size() || t[p + digits] != ' ') continue;
        const int day = std::stoi(t.substr(p, digits));
        p += digits + 1;
        for (int m = 0; m < 12; ++m) {
            const std::string name = months[m];
            if (t.compare(p, name.size(), name) != 0 || p + name.size() + 5 > t.size()) continue;
            const std::size_t y = p + name.size() + 1;
            if (t[y - 1] != ' ' || !std::all_of(t.begin() + static_cast<long>(y),
                                                t.begin() + static_cast<long>(y + 4),
                                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
                continue;
            }
            char iso[16];
            std::snprintf(iso, sizeof iso, "%s-%02d-%02d", t.substr(y, 4).c_str(), m + 1, day);
            out.emplace_back(iso);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("every 'until <date>' of the corpus is found and normalised", "[corpus]") {
    if (!resdiff::testing::corpus_dir()) {
        WARN("corpus absent, skipped");
        return;
    }
    std::size_t rejected = 0;
    const auto& docs = corpus_documents(&rejected);
    if (docs.empty()) {
        WARN("the parser accepted no corpus text, skipped");
        return;
    }
    std::size_t expected_total = 0;
    for (const auto& p : docs) {
        resdiff::model::for_each_clause(p.doc.clauses, [&](const Clause& c, std::size_t) {
            auto expected = until_dates(c.text);
            if (expected.empty()) return;
            expected_total += expected.size();
            std::vector<std::string> found;
            for (const auto& d : c.durations()) {
                if (d.until && d.text.find("until") != std::string::npos) found.push_back(*d.until);
            }
            std::sort(expected.begin(), expected.end());
            std::sort(found.begin(), found.end());
            INFO(p.name << " " << c.id << ": " << c.text);
            CHECK(found == expected);
        });
    }
    CHECK(expected_total > 50);
}

TEST_CASE("every operative lead of the corpus is in the lexicon or warned", "[corpus]") {
    if (!resdiff::testing::corpus_dir()) {
        WARN("corpus absent, skipped");
        return;
    }
    const auto& docs = corpus_documents();
    if (docs.empty()) {
        WARN("the parser accepted no corpus text, skipped");
        return;
    }
    const auto& lex = resdiff::analyze::Lexicon::builtin();
    std::size_t leads = 0;
    std::size_t known = 0;
    std::map<std::string, int> unknown;
    for (const auto& p : docs) {
        for (const auto& c : p.doc.clauses) {
            if (c.kind != resdiff::model::ClauseKind::operative || !c.lead) continue;
            ++leads;
            if (lex.operative_lead(*c.lead, c.text).entry) {
                ++known;
                continue;
            }
            ++unknown[*c.lead];
            const std::string message = "unknown operative phrase \"" + *c.lead + "\"";
            const bool warned = std::any_of(p.doc.warnings.begin(), p.doc.warnings.end(),
                                            [&](const auto& w) {
                                                return w.line == c.line && w.message == message;
                                            });
            INFO(p.name << " " << c.id);
            CHECK(warned);
        }
    }
    std::string listing;
    for (const auto& [lead, n] : unknown) listing += "\n  " + lead + " x" + std::to_string(n);
    INFO("unknown leads:" << listing);
    // The lexicon should know the vast majority of real leads.
    CHECK(leads > 500);
    CHECK(known * 100 >= leads * 90);
}

TEST_CASE("the Sudan Panel of Experts drafts extend the Panel", "[corpus]") {
    const auto dir = resdiff::testing::corpus_dir();
    if (!dir) {
        WARN("corpus absent, skipped");
        return;
    }
    const std::pair<const char*, const char*> cases[] = {
        {"S-2018-95-draft-2018-02-08.txt", "2019-03-12"},
        {"S-2020-110-draft-2020-02-11.txt", "2021-03-12"},
    };
    for (const auto& [file, until] : cases) {
        INFO(file);
        auto result = resdiff::parse::parse_document(resdiff::testing::read_file(*dir / file), file);
        if (!result.ok()) {
            WARN("parser not ready: " << file << " rejected");
            continue;
        }
        auto& doc = *result.document;
        resdiff::analyze::analyze_document(doc);
        CHECK(doc.legal_basis.chapter_vii);
        const auto m = std::find_if(doc.mandates.begin(), doc.mandates.end(), [](const auto& x) {
            return x.actor == std::optional<std::string>("Panel of Experts");
        });
        REQUIRE(m != doc.mandates.end());
        CHECK(m->until == until);
        CHECK(m->verb == "Decides");
        const Clause* clause = resdiff::model::find_clause(doc, m->clause);
        REQUIRE(clause);
        REQUIRE(clause->obligation());
        CHECK(clause->obligation()->binding);
        // The clause's deadlines and reporting interval are found too.
        const auto interval = std::find_if(clause->durations().begin(), clause->durations().end(),
                                           [](const auto& d) { return d.period == "P3M"; });
        CHECK(interval != clause->durations().end());
    }
}
