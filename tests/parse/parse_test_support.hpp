#pragma once
// Helpers for parser tests: parse a text that must succeed, and list clause ids.

#include "parse/parse_document.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace resdiff::testing {

inline model::Document parse_ok(const std::string& text) {
    auto r = parse::parse_document(text, "test.txt");
    if (!r.ok()) FAIL("parse failed: " << r.error->line << ":" << r.error->column << " " << r.error->message);
    return std::move(*r.document);
}

inline std::vector<std::string> ids(const model::Document& d) {
    std::vector<std::string> out;
    model::for_each_clause(d.clauses, [&](const model::Clause& c, std::size_t) { out.push_back(c.id); });
    return out;
}

inline bool has_warning(const model::Document& d, const std::string& part) {
    for (const auto& w : d.warnings)
        if (w.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace resdiff::testing
