#pragma once
// Compares two comparisons entry by entry (ids, status, flags, findings, edits, summary): the
// on-demand analysis must give exactly the diff of the whole-document analysis.

#include "diff/document_diff.hpp"

#include <string>

namespace resdiff::testing {

// The first difference between `a` and `b`, described for a failure message; "" when none.
inline std::string first_difference(const diff::DocumentDiff& a, const diff::DocumentDiff& b) {
    if (a.entries.size() != b.entries.size())
        return "entry count " + std::to_string(a.entries.size()) + " vs " + std::to_string(b.entries.size());
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const auto& x = a.entries[i];
        const auto& y = b.entries[i];
        const std::string where = "entry " + std::to_string(i) + " (" + x.old_id.value_or("-") + " > " +
                                  x.new_id.value_or("-") + "): ";
        if (x.old_id != y.old_id || x.new_id != y.new_id) return where + "ids";
        if (x.status != y.status || x.moved != y.moved || x.renumbered != y.renumbered) return where + "status";
        if (x.split_from != y.split_from || x.merged_into != y.merged_into) return where + "split/merge";
        if (x.edits.size() != y.edits.size()) return where + "edit count";
        for (std::size_t k = 0; k < x.edits.size(); ++k)
            if (x.edits[k].op != y.edits[k].op || x.edits[k].text != y.edits[k].text) return where + "edit";
        if (x.findings.size() != y.findings.size())
            return where + "finding count " + std::to_string(x.findings.size()) + " vs " +
                   std::to_string(y.findings.size());
        for (std::size_t k = 0; k < x.findings.size(); ++k) {
            const auto& f = x.findings[k];
            const auto& g = y.findings[k];
            if (f.category != g.category || f.direction != g.direction || f.old_text != g.old_text ||
                f.new_text != g.new_text || f.message != g.message)
                return where + "finding \"" + f.message + "\" vs \"" + g.message + "\"";
        }
    }
    const auto& s = a.summary;
    const auto& t = b.summary;
    if (s.findings.obligation != t.findings.obligation || s.findings.duration != t.findings.duration ||
        s.findings.scope != t.findings.scope || s.findings.wording != t.findings.wording)
        return "summary";
    return "";
}

}  // namespace resdiff::testing
