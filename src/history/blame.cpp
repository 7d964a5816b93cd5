// Blame of the last version: every token of a clause is followed backwards through the word
// edits of the steps. A token inserted in step k and kept (equal) afterwards was introduced in
// version k + 1; a token that reaches the clause's first version is attributed to it.
#include "history/history_detail.hpp"

#include "text/tokenize.hpp"

#include <string>
#include <vector>

namespace resdiff::history::detail {

namespace {

struct Unit {
    std::string text;  // token as printed, followed by one blank when blanks followed it
};

// The tokens of one side of an edit script: `new_side` takes equal and insert edits, the old
// side equal and remove. `from_old[i]` is, for the new side's token i, the index of the same
// token on the old side, or npos when it was inserted.
struct StepMap {
    std::vector<std::size_t> from_old;
};

std::size_t token_count(const std::string& s) { return text::tokenize(s).size(); }

StepMap step_map(const std::vector<diff::Edit>& edits) {
    StepMap m;
    std::size_t old_pos = 0;
    for (const auto& e : edits) {
        const std::size_t count = token_count(e.text);
        switch (e.op) {
        case diff::EditOp::equal:
            for (std::size_t i = 0; i < count; ++i) m.from_old.push_back(old_pos++);
            break;
        case diff::EditOp::insert:
            for (std::size_t i = 0; i < count; ++i) m.from_old.push_back(npos);
            break;
        case diff::EditOp::remove: old_pos += count; break;
        }
    }
    return m;
}

std::vector<Unit> new_side_units(const std::vector<diff::Edit>& edits) {
    std::vector<Unit> out;
    for (const auto& e : edits) {
        if (e.op == diff::EditOp::remove) continue;
        // Blanks before an edit's first token belong to the previous token.
        if (!e.text.empty() && (e.text[0] == ' ' || e.text[0] == '\t' || e.text[0] == '\n') && !out.empty() &&
            out.back().text.back() != ' ')
            out.back().text += ' ';
        for (const auto& t : text::tokenize(e.text)) {
            Unit u;
            u.text = std::string(t.text);
            if (!t.spaces.empty()) u.text += ' ';
            out.push_back(std::move(u));
        }
    }
    return out;
}

ClauseBlame blame_chain(const History& h, std::size_t chain_index) {
    const Chain& chain = h.chains[chain_index];
    const std::size_t last = h.versions.size() - 1;
    ClauseBlame b;
    b.chain = chain_index;
    b.id = chain.ids[last].value_or("");
    const diff::ClauseEntry* final_entry = h.entry(chain, last - 1);
    if (!final_entry) return b;
    std::vector<diff::Edit> made;
    const auto units = new_side_units(diff::entry_edits(*final_entry, made));
    std::vector<std::size_t> pos(units.size()), version(units.size(), npos);
    for (std::size_t i = 0; i < units.size(); ++i) pos[i] = i;
    std::size_t unresolved = units.size();
    for (std::size_t s = last; s-- > chain.first_seen && unresolved > 0;) {
        const diff::ClauseEntry* e = h.entry(chain, s);
        if (!e) break;
        if (e->status == diff::Status::unchanged) continue;  // same tokens on both sides
        const StepMap m = step_map(e->edits);
        for (std::size_t i = 0; i < units.size(); ++i) {
            if (version[i] != npos) continue;
            if (pos[i] >= m.from_old.size() || m.from_old[pos[i]] == npos) {
                version[i] = s + 1;
                --unresolved;
            } else {
                pos[i] = m.from_old[pos[i]];
            }
        }
    }
    for (std::size_t i = 0; i < units.size(); ++i) {
        const std::size_t v = version[i] == npos ? chain.first_seen : version[i];
        if (b.spans.empty() || b.spans.back().version != v) b.spans.push_back(BlameSpan{v, {}});
        b.spans.back().text += units[i].text;
    }
    return b;
}

}  // namespace

std::vector<ClauseBlame> blame_last_version(const History& h) {
    std::vector<ClauseBlame> out;
    const std::size_t last = h.versions.size() - 1;
    for (std::size_t c = 0; c < h.chains.size(); ++c)
        if (h.chains[c].last_seen == last && h.chains[c].ids[last]) out.push_back(blame_chain(h, c));
    return out;
}

}  // namespace resdiff::history::detail
