// Chaining the pairwise alignments: step k's entries map the clause ids of version k to those of
// version k + 1; following them gives one chain per clause. Gone clauses keep their place in the
// display order by sticking to the clause that followed them.
#include "history/history.hpp"

#include "history/history_detail.hpp"

#include "diff/diff_documents.hpp"

#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace resdiff::history {

const char* to_string(Change c) {
    switch (c) {
    case Change::unchanged: return "unchanged";
    case Change::modified: return "modified";
    case Change::added: return "added";
    case Change::removed: return "removed";
    case Change::absent: return "absent";
    }
    return "absent";
}

const diff::ClauseEntry* History::entry(const Chain& chain, std::size_t step) const {
    if (step >= chain.entries.size() || step >= steps.size() || chain.entries[step] == npos) return nullptr;
    return &steps[step].entries[chain.entries[step]];
}

Change History::since_first(const Chain& chain) const {
    const std::size_t last = versions.size() - 1;
    const bool in_first = chain.first_seen == 0, in_last = chain.last_seen == last;
    if (!in_first && !in_last) return Change::absent;
    if (!in_first) return Change::added;
    if (!in_last) return Change::removed;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const auto* e = entry(chain, k);
        if (e && e->status == diff::Status::modified) return Change::modified;
    }
    return Change::unchanged;
}

Change History::since_previous(const Chain& chain) const {
    const auto* e = steps.empty() ? nullptr : entry(chain, steps.size() - 1);
    if (!e) return Change::absent;
    switch (e->status) {
    case diff::Status::unchanged: return Change::unchanged;
    case diff::Status::modified: return Change::modified;
    case diff::Status::added: return Change::added;
    case diff::Status::removed: return Change::removed;
    }
    return Change::absent;
}

bool History::has_differences() const {
    for (const auto& s : steps)
        if (s.has_differences()) return true;
    return false;
}

std::string path_label(const Chain& chain) {
    std::string out;
    const std::string* previous = nullptr;
    for (const auto& id : chain.ids) {
        if (!id || (previous && *previous == *id)) continue;
        if (!out.empty()) out += " \u2192 ";
        out += *id;
        previous = &*id;
    }
    return out;
}

bool has_events(const History& h, const Chain& chain) {
    if (chain.first_seen > 0 || chain.last_seen + 1 < h.versions.size()) return true;
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto* e = h.entry(chain, k);
        if (e && (e->status != diff::Status::unchanged || e->moved)) return true;
    }
    return false;
}

bool has_younger_phrases(const History& h, const ClauseBlame& blame) {
    for (const auto& span : blame.spans)
        if (span.version != h.chains[blame.chain].first_seen) return true;
    return false;
}

namespace {

Chain new_chain(std::size_t versions, std::size_t first_seen) {
    Chain c;
    c.ids.resize(versions);
    c.clauses.resize(versions, nullptr);
    c.entries.resize(versions - 1, npos);
    c.first_seen = c.last_seen = first_seen;
    return c;
}

void place(Chain& c, std::size_t version, const std::string& id, const model::Clause* clause, std::size_t depth,
           model::ClauseKind kind) {
    c.ids[version] = id;
    c.clauses[version] = clause;
    c.last_seen = version;
    c.depth = depth;
    c.kind = kind;
}

}  // namespace

History build_history(std::vector<Version> versions) {
    if (versions.size() < 2) throw std::invalid_argument("a history needs at least two versions");
    History h;
    h.versions = std::move(versions);
    const std::size_t n = h.versions.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!h.versions[i].doc) throw std::invalid_argument("a version without a document");
        if (h.versions[i].label.empty()) h.versions[i].label = version_tag(i);
    }
    h.steps.reserve(n - 1);
    for (std::size_t k = 0; k + 1 < n; ++k)
        h.steps.push_back(diff::diff_documents(*h.versions[k].doc, *h.versions[k + 1].doc));

    auto& chains = h.chains;
    std::vector<std::size_t> order;
    std::unordered_map<std::string, std::size_t> current;  // id in version k → chain
    model::for_each_clause(h.versions[0].doc->clauses, [&](const model::Clause& clause, std::size_t depth) {
        chains.push_back(new_chain(n, 0));
        place(chains.back(), 0, clause.id, &clause, depth, clause.kind);
        current.emplace(clause.id, chains.size() - 1);
        order.push_back(chains.size() - 1);
    });

    for (std::size_t k = 0; k + 1 < n; ++k) {
        const auto& entries = h.steps[k].entries;
        std::unordered_map<std::string, std::size_t> next;
        next.reserve(entries.size());
        std::vector<std::size_t> sequence;
        sequence.reserve(entries.size());
        std::vector<char> seen(chains.size() + entries.size(), 0);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            std::size_t c = npos;
            if (e.old_id) {
                const auto it = current.find(*e.old_id);
                if (it != current.end() && chains[it->second].entries[k] == npos) c = it->second;
            }
            if (c == npos) {  // added (or, defensively, an old id the walk did not give)
                chains.push_back(new_chain(n, e.old_id ? k : k + 1));
                c = chains.size() - 1;
                if (e.old_id) place(chains[c], k, *e.old_id, e.old_clause, e.depth, e.kind);
            }
            chains[c].entries[k] = i;
            if (e.new_id) {
                place(chains[c], k + 1, *e.new_id, e.new_clause, e.depth, e.kind);
                next.emplace(*e.new_id, c);
            }
            if (c >= seen.size()) seen.resize(c + 1, 0);
            seen[c] = 1;
            sequence.push_back(c);
        }
        // New display order: this step's entries, with the chains that ended earlier kept before
        // the chain that followed them in the previous order.
        std::vector<std::vector<std::size_t>> before(chains.size());
        std::vector<std::size_t> pending;
        for (const std::size_t c : order) {
            if (c < seen.size() && seen[c]) {
                before[c] = std::move(pending);
                pending.clear();
            } else {
                pending.push_back(c);
            }
        }
        std::vector<std::size_t> reordered;
        reordered.reserve(order.size() + entries.size());
        for (const std::size_t c : sequence) {
            for (const std::size_t d : before[c]) reordered.push_back(d);
            reordered.push_back(c);
        }
        for (const std::size_t d : pending) reordered.push_back(d);
        order = std::move(reordered);
        current = std::move(next);
    }

    // Chains in display order.
    std::vector<Chain> ordered;
    ordered.reserve(order.size());
    for (const std::size_t c : order) ordered.push_back(std::move(chains[c]));
    chains = std::move(ordered);

    h.blame = detail::blame_last_version(h);
    h.mandates = detail::mandate_tracks(h);
    return h;
}

std::string version_tag(std::size_t index) {
    std::string tag = "v";  // appended, not "v" + …: GCC 12 warns falsely (-Wrestrict) on that form
    tag += std::to_string(index + 1);
    return tag;
}

}  // namespace resdiff::history
