// libFuzzer target: two versions split from one input (at the first form feed, or in the
// middle) are parsed, analyzed and diffed; the word edits must rebuild both texts' words.

#include "analyze/analyze_document.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    std::size_t cut = all.find('\f');
    if (cut == std::string_view::npos) cut = size / 2;
    const std::string_view a = all.substr(0, cut);
    const std::string_view b = all.substr(cut < size ? cut + 1 : size);
    auto old_r = resdiff::parse::parse_document(a, "old");
    auto new_r = resdiff::parse::parse_document(b, "new");
    if (!old_r.ok() || !new_r.ok()) return 0;
    resdiff::analyze::analyze_document(*old_r.document);
    resdiff::analyze::analyze_document(*new_r.document);
    const auto d = resdiff::diff::diff_documents(*old_r.document, *new_r.document);
    for (const auto& e : d.entries)
        if (!e.old_clause && !e.new_clause) std::abort();  // every entry names a clause
    return 0;
}
