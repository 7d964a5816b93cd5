// The mandate timeline: for every chain that carries one of its documents' mandates, or whose
// obligation or durations change in some step, its state in each version.
#include "history/history_detail.hpp"

#include <unordered_map>

namespace resdiff::history::detail {

namespace {

bool tracks_obligation_or_duration(const History& h, const Chain& chain) {
    for (std::size_t k = 0; k < h.steps.size(); ++k) {
        const auto* e = h.entry(chain, k);
        if (!e || e->status != diff::Status::modified) continue;
        for (const auto& f : e->findings)
            if (f.category == diff::Category::obligation || f.category == diff::Category::duration) return true;
    }
    return false;
}

MandateState state_of(const model::Clause& clause, const model::Mandate* m) {
    MandateState s;
    s.clause = clause.id;
    const model::ClauseSemantics& found = clause.semantics();
    s.obligation = found.obligation;
    s.durations = found.durations;
    s.places = found.scope.places;
    s.tasks = found.scope.tasks;
    s.quantities = found.scope.quantities;
    if (!found.scope.actors.empty()) s.actor = found.scope.actors.front();
    if (found.obligation) s.verb = found.obligation->verb;
    else if (clause.lead) s.verb = *clause.lead;
    for (const auto& d : found.durations) {
        if (!s.until && d.until) s.until = d.until;
        if (!s.period && d.period) s.period = d.period;
    }
    if (m) {
        s.mandate = true;
        s.verb = m->verb;
        s.action = m->action;
        if (m->actor) s.actor = m->actor;
        if (m->until || m->period) {
            s.until = m->until;
            s.period = m->period;
        }
        if (!m->places.empty()) s.places = m->places;
        if (!m->tasks.empty()) s.tasks = m->tasks;
    }
    return s;
}

}  // namespace

std::vector<MandateTrack> mandate_tracks(const History& h) {
    const std::size_t n = h.versions.size();
    // Per version: clause id → chain, and clause id → its first mandate.
    std::vector<std::unordered_map<std::string, std::size_t>> chain_of(n);
    for (std::size_t c = 0; c < h.chains.size(); ++c)
        for (std::size_t v = 0; v < n; ++v)
            if (h.chains[c].ids[v]) chain_of[v].emplace(*h.chains[c].ids[v], c);
    std::vector<std::unordered_map<std::string, const model::Mandate*>> mandate_of(n);
    std::vector<char> has_mandate(h.chains.size(), 0);
    for (std::size_t v = 0; v < n; ++v) {
        for (const auto& m : h.versions[v].doc->mandates) {
            mandate_of[v].emplace(m.clause, &m);
            const auto it = chain_of[v].find(m.clause);
            if (it != chain_of[v].end()) has_mandate[it->second] = 1;
        }
    }
    std::vector<MandateTrack> out;
    for (std::size_t c = 0; c < h.chains.size(); ++c) {
        const Chain& chain = h.chains[c];
        if (!has_mandate[c] && !tracks_obligation_or_duration(h, chain)) continue;
        MandateTrack t;
        t.chain = c;
        t.mandate = has_mandate[c] != 0;
        t.states.resize(n);
        for (std::size_t v = 0; v < n; ++v) {
            if (!chain.clauses[v]) continue;
            const auto it = mandate_of[v].find(chain.clauses[v]->id);
            t.states[v] = state_of(*chain.clauses[v], it == mandate_of[v].end() ? nullptr : it->second);
        }
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace resdiff::history::detail
