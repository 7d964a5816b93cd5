// libFuzzer target: two versions split from one input (at the first form feed, or in the
// middle) are parsed, analyzed and diffed, once with the whole analysis and once with the
// analysis on demand (diff_documents_lazily, on one thread and on two): the diffs must be the
// same, entry for entry.

#include "analyze/analyze_document.hpp"
#include "analyze/lexicon.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"
#include "support/same_diff.hpp"

#include <cstdint>
#include <cstdio>
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
    const auto& lexicon = resdiff::analyze::Lexicon::builtin();
    resdiff::model::Document lazy_old = *old_r.document, lazy_new = *new_r.document;
    resdiff::analyze::analyze_document(*old_r.document, lexicon);
    resdiff::analyze::analyze_document(*new_r.document, lexicon);
    const auto d = resdiff::diff::diff_documents(*old_r.document, *new_r.document);
    for (const auto& e : d.entries)
        if (!e.old_clause && !e.new_clause) std::abort();  // every entry names a clause
    resdiff::analyze::analyze_document_level(lazy_old, lexicon);
    resdiff::analyze::analyze_document_level(lazy_new, lexicon);
    // The document-level pass warns as the whole analysis does.
    for (const auto* pair : {&lazy_old, &lazy_new}) {
        const auto& whole = pair == &lazy_old ? *old_r.document : *new_r.document;
        if (pair->warnings.size() != whole.warnings.size()) std::abort();
        for (std::size_t i = 0; i < whole.warnings.size(); ++i)
            if (pair->warnings[i].message != whole.warnings[i].message ||
                pair->warnings[i].line != whole.warnings[i].line ||
                pair->warnings[i].column != whole.warnings[i].column)
                std::abort();
    }
    resdiff::model::Document threaded_old = lazy_old, threaded_new = lazy_new;
    const auto lazy = resdiff::diff::diff_documents_lazily(lazy_old, lazy_new, lexicon);
    if (const auto why = resdiff::testing::first_difference(d, lazy); !why.empty()) {
        std::fprintf(stderr, "on-demand analysis differs: %s\n", why.c_str());
        std::abort();
    }
    // On two threads: analyses guessed during the alignment, entries made in two halves.
    const auto threaded = resdiff::diff::diff_documents_lazily(threaded_old, threaded_new, lexicon, true);
    if (const auto why = resdiff::testing::first_difference(d, threaded); !why.empty()) {
        std::fprintf(stderr, "threaded on-demand analysis differs: %s\n", why.c_str());
        std::abort();
    }
    return 0;
}
