// libFuzzer target: the parser and the analysis must accept any bytes without crashing,
// hanging or tripping a sanitizer; every parsed document must have unique clause ids.

#include "analyze/analyze_document.hpp"
#include "parse/parse_document.hpp"

#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto result = resdiff::parse::parse_document(text, "fuzz");
    if (!result.ok()) return 0;
    auto& doc = *result.document;
    resdiff::analyze::analyze_document(doc);
    std::set<std::string> ids;
    resdiff::model::for_each_clause(doc.clauses, [&](const resdiff::model::Clause& c, std::size_t) {
        if (!ids.insert(c.id).second) std::abort();  // ids must be unique
    });
    return 0;
}
