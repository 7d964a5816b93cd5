#pragma once
// The samples series (zarnovia v1 → v2 → v3) parsed, analyzed and chained, for the history tests.

#include "analyze/analyze_document.hpp"
#include "history/history.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace resdiff::history_test {

inline model::Document load_text(const std::string& text, const std::string& source) {
    auto result = parse::parse_document(text, source);
    if (!result.document) FAIL(source << ": does not parse");
    analyze::analyze_document(*result.document);
    return std::move(*result.document);
}

inline model::Document load_sample(const std::string& name) {
    return load_text(testing::read_file(testing::samples_dir() / name), "samples/" + name);
}

// Documents first so that they outlive the history that points into them.
struct Series {
    std::vector<model::Document> docs;
    history::History history;
};

inline std::unique_ptr<Series> samples_series(const std::vector<std::string>& names = {
                                                  "zarnovia-v1.txt", "zarnovia-v2.txt", "zarnovia-v3.txt"}) {
    auto s = std::make_unique<Series>();
    s->docs.reserve(names.size());
    for (const auto& n : names) s->docs.push_back(load_sample(n));
    std::vector<history::Version> versions;
    for (const auto& d : s->docs) versions.push_back({&d, ""});
    s->history = history::build_history(std::move(versions));
    return s;
}

// The chain whose id in version `v` (0-based) is `id`, or nullptr.
inline const history::Chain* chain_at(const history::History& h, std::size_t v, const std::string& id) {
    for (const auto& c : h.chains)
        if (c.ids[v] && *c.ids[v] == id) return &c;
    return nullptr;
}

}  // namespace resdiff::history_test
