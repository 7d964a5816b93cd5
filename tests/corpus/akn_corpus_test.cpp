// The Akoma Ntoso export of every real text of ../shared/corpus (skipped when it is absent):
// well-formed XML (xmllint, skipped with a warning when it is not installed), unique eIds, and
// the words of every clause's element equal to the clause's words of resdiff-document/1.

#include "analyze/analyze_document.hpp"
#include "parse/parse_document.hpp"
#include "render/akn_render.hpp"
#include "render/akn_test_support.hpp"
#include "render/akn_xml.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using resdiff::model::Clause;

namespace {

std::string own_words(const Clause& c) {
    const std::string lead = c.lead.value_or("");
    if (lead.empty()) return c.text;
    if (c.text.empty()) return lead;
    return lead + " " + c.text;
}

}  // namespace

TEST_CASE("every corpus text exports to well-formed Akoma Ntoso with the clause texts", "[corpus][render]") {
    const auto corpus = resdiff::testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent (../shared/corpus or $RESDIFF_CORPUS): skipped");
        return;
    }
    std::vector<fs::path> files = resdiff::testing::text_files(*corpus, false);
    for (const auto& sub : {"raw", "bulk"})
        for (auto& p : resdiff::testing::text_files(*corpus / sub, true, true)) files.push_back(p);
    REQUIRE(files.size() > 400);

    const fs::path dir = fs::temp_directory_path() / ("resdiff-akn-corpus-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::vector<fs::path> written;
    std::vector<std::string> names;
    std::size_t clauses = 0;
    for (const auto& file : files) {
        const std::string rel = fs::relative(file, *corpus).generic_string();
        INFO(rel);
        auto result = resdiff::parse::parse_document(resdiff::testing::read_file(file), rel);
        if (!result.ok()) continue;  // parse_corpus_test reports texts the parser rejects
        resdiff::analyze::analyze_document(*result.document);
        const auto& doc = *result.document;
        std::ostringstream out;
        resdiff::render::document_akn(out, doc);
        const std::string xml = out.str();

        resdiff::model::for_each_clause(doc.clauses, [&](const Clause& c, std::size_t) {
            ++clauses;
            const std::string eid = resdiff::render::akn_eid(c.id);
            INFO("clause " << c.id << " eId " << eid);
            const auto words = resdiff::akn_test::element_words(xml, eid);
            REQUIRE(words.has_value());
            CHECK(*words == resdiff::render::detail::xml_safe_text(own_words(c)));
        });
        const auto eids = resdiff::akn_test::all_eids(xml);
        CHECK(std::set<std::string>(eids.begin(), eids.end()).size() == eids.size());

        written.push_back(dir / (std::to_string(written.size()) + ".xml"));
        names.push_back(rel);
        std::ofstream(written.back(), std::ios::binary) << xml;
    }
    CHECK(written.size() > 400);
    CHECK(clauses > 5000);

    if (!resdiff::akn_test::xmllint_available()) {
        WARN("xmllint absent (apt-get install libxml2-utils): well-formedness not checked");
    } else {
        // One xmllint run per batch of files; a failing batch is re-run file by file to name them.
        constexpr std::size_t kBatch = 100;
        for (std::size_t b = 0; b < written.size(); b += kBatch) {
            const std::vector<fs::path> batch(written.begin() + static_cast<std::ptrdiff_t>(b),
                                              written.begin() + static_cast<std::ptrdiff_t>(std::min(b + kBatch, written.size())));
            if (resdiff::akn_test::xmllint_errors(batch).empty()) continue;
            for (std::size_t i = b; i < b + batch.size(); ++i) {
                INFO(names[i]);
                CHECK(resdiff::akn_test::xmllint_errors({written[i]}) == "");
            }
        }
    }
    fs::remove_all(dir);
}
