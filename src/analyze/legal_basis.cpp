#include "analyze/legal_basis.hpp"

#include "analyze/words.hpp"

#include <string>

namespace resdiff::analyze {

bool acts_under_chapter_vii(std::string_view lead, std::string_view text) {
    if (text.find("VII") == std::string_view::npos) return false;  // the common case, cheaply
    std::string all(lead);
    all += ' ';
    all += text;
    const auto w = split_words(all);
    std::size_t last_acting = w.size();  // index of the last "acting" seen
    std::size_t words_since = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].lower == "acting") {
            last_acting = i;
            words_since = 0;
            continue;
        }
        if (!w[i].punct) ++words_since;
        if (last_acting == w.size() || words_since > 5) continue;
        if (w[i].lower == "under" && word_is(w, i + 1, "chapter") && i + 2 < w.size() &&
            w[i + 2].key == "VII") {
            return true;
        }
    }
    return false;
}

model::LegalBasis find_legal_basis(const model::Document& doc) {
    model::LegalBasis basis;
    model::for_each_clause(doc.clauses, [&](const model::Clause& c, std::size_t) {
        if (basis.chapter_vii) return;
        if (acts_under_chapter_vii(c.lead.value_or(""), c.text)) {
            basis.chapter_vii = true;
            basis.clause = c.id;
        }
    });
    return basis;
}

}  // namespace resdiff::analyze
