// The differ on the version pairs of ../shared/corpus (skipped when the corpus is absent):
// layout-only pairs give no difference, renewals give the duration findings MANIFEST.md quotes.

#include "analyze/analyze_document.hpp"
#include "analyze/lexicon.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"
#include "support/same_diff.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
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

// The first few differing entries, for failure messages.
std::string differences(const diff::DocumentDiff& d) {
    std::string out;
    int shown = 0;
    for (const auto& e : d.entries) {
        if (e.status == diff::Status::unchanged && !e.moved && e.findings.empty()) continue;
        if (++shown > 5) break;
        out += e.old_id.value_or("-") + " -> " + e.new_id.value_or("-") + " " + to_string(e.status) +
               (e.moved ? " moved" : "") + ": " +
               (e.findings.empty() ? std::string("(no finding)") : e.findings.front().message) + "\n";
    }
    return out;
}

std::size_t finding_count(const diff::DocumentDiff& d) {
    const auto& f = d.summary.findings;
    return f.obligation + f.duration + f.scope + f.wording;
}

bool has_duration(const diff::DocumentDiff& d, diff::Direction dir, const std::string& from,
                  const std::string& to) {
    for (const auto& e : d.entries)
        for (const auto& f : e.findings)
            if (f.category == diff::Category::duration && f.direction == dir &&
                f.message.find(from) != std::string::npos && f.message.find(to) != std::string::npos &&
                f.message.find(from) < f.message.find(to))
                return true;
    return false;
}

std::string all_durations(const diff::DocumentDiff& d) {
    std::string out;
    for (const auto& e : d.entries)
        for (const auto& f : e.findings)
            if (f.category == diff::Category::duration)
                out += e.old_id.value_or("-") + " -> " + e.new_id.value_or("-") + ": " + f.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("diff corpus: raw texts against their normalised twins differ in nothing", "[corpus][diff]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    std::size_t pairs = 0;
    for (const auto& raw : testing::text_files(*corpus / "raw", false)) {
        const fs::path twin = *corpus / raw.filename();
        if (!fs::exists(twin)) continue;
        INFO(raw.filename().string());
        const auto a = load(raw), b = load(twin);
        CHECK(a.has_value());
        CHECK(b.has_value());
        if (!a || !b) continue;
        ++pairs;
        const auto d = diff::diff_documents(*a, *b);
        INFO(differences(d));
        CHECK_FALSE(d.has_differences());
        CHECK(finding_count(d) == 0);
    }
    CHECK(pairs > 0);
}

TEST_CASE("diff corpus: GA drafts adopted unchanged give no finding", "[corpus][diff]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    const std::vector<std::pair<std::string, std::string>> pairs{
        {"A-80-L.6-draft-2025-10-07.txt", "A-RES-80-4.txt"},
        {"A-80-L.7-draft-2025-10-22.txt", "A-RES-80-7.txt"},
        {"A-80-L.11-draft-2025-11-06.txt", "A-RES-80-10.txt"},
        {"A-C.1-80-L.1-draft-2025-10-08.txt", "A-RES-80-17.txt"},
    };
    for (const auto& [draft, adopted] : pairs) {
        INFO(draft + " -> " + adopted);
        const auto a = load(*corpus / draft), b = load(*corpus / adopted);
        REQUIRE(a.has_value());
        REQUIRE(b.has_value());
        const auto d = diff::diff_documents(*a, *b);
        INFO(differences(d));
        CHECK(finding_count(d) == 0);
        CHECK_FALSE(d.has_differences());
    }
}

TEST_CASE("diff corpus: renewals give the duration findings MANIFEST.md quotes", "[corpus][diff]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    struct Renewal {
        std::string old_file, new_file, from, to;
    };
    const std::vector<Renewal> renewals{
        {"S-2018-95-draft-2018-02-08.txt", "S-2020-110-draft-2020-02-11.txt", "2019-03-12", "2021-03-12"},
        {"S-RES-790-1992.txt", "S-RES-830-1993.txt", "1993-05-31", "1993-11-30"},
        {"S-RES-803-1993.txt", "S-RES-852-1993.txt", "1993-07-31", "1994-01-31"},
        {"S-RES-1627-2005.txt", "S-RES-1663-2006.txt", "2006-03-24", "2006-09-24"},
        {"S-RES-1755-2007.txt", "S-RES-1784-2007.txt", "2007-10-31", "2008-04-30"},
        {"S-2018-257-draft-2018-03-27.txt", "S-2019-266-draft-2019-03-27.txt", "2019-03-31", "2020-03-31"},
        {"S-2017-444-draft-2017-05-24.txt", "S-2019-441-draft-2019-05-30.txt", "2018-05-31", "2020-05-31"},
        {"S-2017-444-draft-2017-05-24.txt", "S-2019-441-draft-2019-05-30.txt", "2018-06-30", "2020-06-30"},
        {"S-2017-77-draft-2017-01-27.txt", "S-2019-90-draft-2019-01-31.txt", "2018-01-31", "2020-01-31"},
        {"S-2020-449-draft-2020-05-29.txt", "S-2022-426-draft-2022-05-26.txt", "2021-05-31", "2023-05-31"},
    };
    for (const auto& r : renewals) {
        INFO(r.old_file + " -> " + r.new_file + ": extended " + r.from + " -> " + r.to);
        if (!fs::exists(*corpus / r.old_file) || !fs::exists(*corpus / r.new_file)) {
            WARN("pair not in this corpus: " + r.old_file + " -> " + r.new_file);
            continue;
        }
        const auto a = load(*corpus / r.old_file), b = load(*corpus / r.new_file);
        REQUIRE(a.has_value());
        REQUIRE(b.has_value());
        const auto d = diff::diff_documents(*a, *b);
        INFO("duration findings:\n" + all_durations(d));
        CHECK(has_duration(d, diff::Direction::extended, r.from, r.to));
        CHECK(d.has_differences());
    }
}

TEST_CASE("diff corpus: the on-demand analysis gives the diff of the whole analysis", "[corpus][diff]") {
    const auto corpus = testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    const auto& lexicon = analyze::Lexicon::builtin();
    auto parsed = [](const fs::path& p) -> std::optional<model::Document> {
        auto r = parse::parse_document(testing::read_file(p), p.filename().string());
        if (!r.ok()) return std::nullopt;
        return std::move(*r.document);
    };
    // Neighbours in name order: versions of one series (renewals, drafts and their adoption) and
    // unrelated texts (everything added and removed), raw twins included.
    auto files = testing::text_files(*corpus, true);
    std::sort(files.begin(), files.end());
    std::size_t pairs = 0;
    for (std::size_t i = 0; i + 1 < files.size(); ++i) {
        INFO(files[i].filename().string() + " -> " + files[i + 1].filename().string());
        auto a = parsed(files[i]), b = parsed(files[i + 1]);
        if (!a || !b) continue;
        model::Document full_old = *a, full_new = *b;
        analyze::analyze_document(full_old, lexicon);
        analyze::analyze_document(full_new, lexicon);
        analyze::analyze_document_level(*a, lexicon);
        analyze::analyze_document_level(*b, lexicon);
        const auto full = diff::diff_documents(full_old, full_new);
        model::Document two_old = *a, two_new = *b;
        const auto lazy = diff::diff_documents_lazily(*a, *b, lexicon);
        CHECK(testing::first_difference(full, lazy) == "");
        const auto threaded = diff::diff_documents_lazily(two_old, two_new, lexicon, true);
        CHECK(testing::first_difference(full, threaded) == "");
        ++pairs;
    }
    CHECK(pairs > 400);
}
