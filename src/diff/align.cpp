#include "diff/align.hpp"

#include "diff/clause_text.hpp"
#include "diff/lis.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace resdiff::diff {

namespace {

// Candidate search limits: a clause probes its rarest words only, and skips words so common
// that their posting lists would make the search quadratic.
constexpr std::size_t probe_words = 8;
constexpr std::size_t max_postings = 128;
constexpr std::size_t max_candidates = 8;
constexpr std::size_t position_lookahead = 3;

std::string_view last_segment(const std::string& id) {
    const auto dot = id.rfind('.');
    return dot == std::string::npos ? std::string_view(id) : std::string_view(id).substr(dot + 1);
}

class Aligner {
public:
    Aligner(const FlatTree& o, const FlatTree& n, Alignment& a) : old_(o), new_(n), a_(a) {}

    void run() {
        queue_.emplace_back(no_node, no_node);
        drain();
        // Across parents: whatever is still unpaired, at any depth. A pair found here brings its
        // children into the queue, which may free more; a few rounds reach the fixed point.
        for (int round = 0; round < 3; ++round) {
            std::vector<std::uint32_t> olds, news;  // node ids fit 32 bits (flatten checks)
            for (std::size_t i = 0; i < old_.nodes.size(); ++i)
                if (free_old(i)) olds.push_back(static_cast<std::uint32_t>(i));
            for (std::size_t i = 0; i < new_.nodes.size(); ++i)
                if (free_new(i)) news.push_back(static_cast<std::uint32_t>(i));
            if (olds.empty() || news.empty()) break;
            const std::size_t before = pairs_;
            exact(olds, news, /*skip_empty=*/true);
            fuzzy(olds, news);
            if (pairs_ == before) break;
            drain();
        }
        mark_moves();
        mark_renumbering();
        mark_splits_and_merges();
    }

private:
    const FlatTree& old_;
    const FlatTree& new_;
    Alignment& a_;
    std::deque<std::pair<std::size_t, std::size_t>> queue_;  // aligned parents to descend into
    std::size_t pairs_ = 0;

    bool free_old(std::size_t o) const { return a_.old_to_new[o] == no_node; }
    bool free_new(std::size_t n) const { return a_.new_to_old[n] == no_node; }
    // A step pairs nothing unless both sides have a free clause: it then returns before it
    // builds anything (tokens, keys, features) for the other side's free clauses.
    bool any_free_old(NodeList olds) const {
        return std::any_of(olds.begin(), olds.end(), [&](std::size_t o) { return free_old(o); });
    }
    bool any_free_new(NodeList news) const {
        return std::any_of(news.begin(), news.end(), [&](std::size_t n) { return free_new(n); });
    }

    void pair(std::size_t o, std::size_t n) {
        a_.old_to_new[o] = n;
        a_.new_to_old[n] = o;
        ++pairs_;
        if (!old_.children_of(o).empty() || !new_.children_of(n).empty())
            queue_.emplace_back(o, n);
    }

    double similarity(std::size_t o, std::size_t n) const {
        return dice(old_.features(o), new_.features(n));
    }

    void drain() {
        while (!queue_.empty()) {
            const auto [po, pn] = queue_.front();
            queue_.pop_front();
            const NodeList olds = old_.children_of(po);
            const NodeList news = new_.children_of(pn);
            if (olds.empty() || news.empty()) continue;
            exact(olds, news, /*skip_empty=*/false);
            by_number(olds, news);
            fuzzy(olds, news);
            by_position(olds, news);
        }
    }

    // Identical words: first unpaired old clause that prints the same, in document order; then,
    // among those left, the first with the same key (the same words under another layout:
    // typography, blanks, footnote markers). The first pass tokenizes nothing, and leaves the
    // second only the few clauses a revision changed.
    void exact(NodeList olds, NodeList news, bool skip_empty) {
        // Across parents, clauses without words (a lone marker) are not paired by them.
        auto skipped = [&](std::size_t o) {
            return skip_empty && (old_.text_empty(o) || old_.key_empty(o));
        };
        using MaybeHash = std::optional<std::uint64_t>;
        pair_first_equal(
            olds, news, [&](std::size_t o) { return skipped(o) ? MaybeHash() : old_.nodes[o].text_hash; },
            [&](std::size_t n) { return new_.nodes[n].text_hash; },
            [&](std::size_t o, std::size_t n) { return same_text(old_, o, new_, n); });
        pair_first_equal(
            olds, news, [&](std::size_t o) { return skipped(o) ? MaybeHash() : old_.key_hash(o); },
            [&](std::size_t n) { return new_.key_hash(n); },
            [&](std::size_t o, std::size_t n) { return same_key(old_, o, new_, n); });
    }

    // Pairs each free new clause with the first free old clause (document order) that `equal`
    // confirms among those of the same hash; `old_hash` is empty for an old clause to leave out.
    template <class OldHash, class NewHash, class Equal>
    void pair_first_equal(NodeList olds, NodeList news, const OldHash& old_hash, const NewHash& new_hash,
                          const Equal& equal) {
        if (!any_free_new(news)) return;
        // A bucket may (in theory) mix texts, so a candidate is checked with `equal`.
        std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_hash;
        for (auto it = olds.rbegin(); it != olds.rend(); ++it) {  // reversed: the back is first
            if (!free_old(*it)) continue;
            if (const auto h = old_hash(*it)) by_hash[*h].push_back(*it);
        }
        if (by_hash.empty()) return;
        for (std::size_t n : news) {
            if (!free_new(n)) continue;
            auto found = by_hash.find(new_hash(n));
            if (found == by_hash.end()) continue;
            auto& candidates = found->second;
            while (!candidates.empty() && !free_old(candidates.back())) candidates.pop_back();
            for (std::size_t k = candidates.size(); k-- > 0;) {
                const std::size_t o = candidates[k];
                if (!free_old(o) || !equal(o, n)) continue;
                pair(o, n);
                candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(k));
                break;
            }
        }
    }

    // Same printed number and kind, words similar enough: an amended paragraph in place.
    void by_number(NodeList olds, NodeList news) {
        if (!any_free_new(news) || !any_free_old(olds)) return;
        std::unordered_map<std::string_view, std::size_t> by_label;
        for (std::size_t o : olds) {
            const auto& c = *old_.nodes[o].clause;
            if (free_old(o) && c.number) by_label.emplace(*c.number, o);
        }
        for (std::size_t n : news) {
            const auto& c = *new_.nodes[n].clause;
            if (!free_new(n) || !c.number) continue;
            auto found = by_label.find(*c.number);
            if (found == by_label.end()) continue;
            const std::size_t o = found->second;
            if (free_old(o) && old_.nodes[o].clause->kind == c.kind &&
                similarity(o, n) >= number_match_threshold)
                pair(o, n);
        }
    }

    // Similar word sets, candidates from an inverted index over each clause's rarest words;
    // the best-scoring proposals win, ties to the nearest position.
    void fuzzy(NodeList olds, NodeList news) {
        if (!any_free_new(news)) return;
        // The inverted index: (word, old rank) sorted, so that a word's postings are one run in
        // rank order (one sort instead of a hash map of vectors).
        std::vector<std::pair<std::uint64_t, std::size_t>> postings;
        std::vector<std::size_t> old_ids;
        for (std::size_t o : olds) {
            if (!free_old(o)) continue;
            for (auto f : old_.features(o)) postings.emplace_back(f, old_ids.size());
            old_ids.push_back(o);
        }
        if (old_ids.empty()) return;
        std::sort(postings.begin(), postings.end());
        auto postings_of = [&](std::uint64_t f) {
            struct ByWord {
                bool operator()(const std::pair<std::uint64_t, std::size_t>& p, std::uint64_t w) const { return p.first < w; }
                bool operator()(std::uint64_t w, const std::pair<std::uint64_t, std::size_t>& p) const { return w < p.first; }
            };
            return std::equal_range(postings.begin(), postings.end(), f, ByWord{});
        };
        struct Proposal {
            double score;
            std::size_t distance, new_rank, old_rank;
        };
        std::vector<Proposal> proposals;
        std::vector<std::pair<std::size_t, std::uint64_t>> probes;
        std::vector<std::size_t> shared(old_ids.size(), 0);  // by old rank: probed words in common
        std::vector<std::size_t> touched;
        std::vector<std::pair<std::size_t, std::size_t>> ranked;
        for (std::size_t rank = 0; rank < news.size(); ++rank) {
            const std::size_t n = news[rank];
            if (!free_new(n)) continue;
            probes.clear();
            for (auto f : new_.features(n)) {
                const auto [first, last] = postings_of(f);
                const auto df = static_cast<std::size_t>(last - first);
                if (df > 0 && df <= max_postings) probes.emplace_back(df, f);
            }
            std::sort(probes.begin(), probes.end());
            if (probes.size() > probe_words) probes.resize(probe_words);
            touched.clear();
            for (const auto& [df, f] : probes) {
                const auto [first, last] = postings_of(f);
                for (auto it = first; it != last; ++it)
                    if (shared[it->second]++ == 0) touched.push_back(it->second);
            }
            ranked.clear();
            for (std::size_t r : touched) {
                ranked.emplace_back(r, shared[r]);
                shared[r] = 0;
            }
            // The first few of a strict order: most shared words, then the earlier clause.
            const auto before = [](const auto& x, const auto& y) {
                return x.second != y.second ? x.second > y.second : x.first < y.first;
            };
            const std::size_t keep = std::min(ranked.size(), max_candidates);
            std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(), before);
            ranked.resize(keep);
            for (const auto& [r, count] : ranked) {
                const std::size_t o = old_ids[r];
                if (old_.nodes[o].clause->kind != new_.nodes[n].clause->kind &&
                    (old_.nodes[o].depth == 0 || new_.nodes[n].depth == 0))
                    continue;  // a preambular paragraph does not become an operative one
                const double s = similarity(o, n);
                if (s < fuzzy_match_threshold) continue;
                const std::size_t d = r > rank ? r - rank : rank - r;
                proposals.push_back({s, d, rank, r});
            }
        }
        std::sort(proposals.begin(), proposals.end(), [](const Proposal& x, const Proposal& y) {
            return std::tie(y.score, x.distance, x.new_rank, x.old_rank) <
                   std::tie(x.score, y.distance, y.new_rank, y.old_rank);
        });
        for (const auto& p : proposals) {
            const std::size_t o = old_ids[p.old_rank], n = news[p.new_rank];
            if (free_old(o) && free_new(n)) pair(o, n);
        }
    }

    // Between two paired neighbours, pair leftovers in order when they share some words.
    void by_position(NodeList olds, NodeList news) {
        std::size_t lo = 0;  // first old index after the previous anchor
        std::size_t i = 0;
        while (i < news.size()) {
            if (!free_new(news[i])) {
                const std::size_t o = a_.new_to_old[news[i]];
                if (old_.nodes[o].parent == old_.nodes[olds.front()].parent)
                    lo = std::max<std::size_t>(lo, old_.nodes[o].index_in_parent + 1);
                ++i;
                continue;
            }
            std::size_t j = i;  // run of unpaired new clauses [i, j)
            while (j < news.size() && free_new(news[j])) ++j;
            std::size_t hi = olds.size();  // next anchor's old index
            if (j < news.size()) {
                const std::size_t o = a_.new_to_old[news[j]];
                if (old_.nodes[o].parent == old_.nodes[olds.front()].parent)
                    hi = old_.nodes[o].index_in_parent;
            }
            std::size_t cursor = lo;
            for (std::size_t k = i; k < j && cursor < hi; ++k) {
                const std::size_t n = news[k];
                std::size_t looked = 0;
                for (std::size_t c = cursor; c < hi && looked < position_lookahead; ++c) {
                    const std::size_t o = olds[c];
                    if (!free_old(o)) continue;
                    ++looked;
                    if (old_.nodes[o].clause->kind == new_.nodes[n].clause->kind &&
                        similarity(o, n) >= position_match_threshold) {
                        pair(o, n);
                        cursor = c + 1;
                        break;
                    }
                }
            }
            i = j;
        }
    }

    // Within each pair of parents, the children that left the longest run in the old order have
    // stayed; the others moved. A clause paired under another parent has moved too.
    void mark_moves() {
        std::vector<std::size_t> parents{no_node};
        for (std::size_t n = 0; n < new_.nodes.size(); ++n)
            if (!new_.children_of(n).empty()) parents.push_back(n);
        std::vector<std::size_t> seq, who;
        for (std::size_t pn : parents) {
            const std::size_t po = pn == no_node ? no_node : a_.new_to_old[pn];
            seq.clear();
            who.clear();
            for (std::size_t n : new_.children_of(pn)) {
                const std::size_t o = a_.new_to_old[n];
                if (o == no_node) continue;
                if (po != no_node || pn == no_node) {
                    if (old_.nodes[o].parent == po) {
                        seq.push_back(old_.nodes[o].index_in_parent);
                        who.push_back(n);
                        continue;
                    }
                }
                a_.moved[n] = true;
            }
            const auto keep = longest_increasing_subsequence(seq);
            for (std::size_t k = 0; k < who.size(); ++k)
                if (!keep[k]) a_.moved[who[k]] = true;
        }
    }

    void mark_renumbering() {
        for (std::size_t n = 0; n < new_.nodes.size(); ++n) {
            const std::size_t o = a_.new_to_old[n];
            if (o != no_node)
                a_.renumbered[n] =
                    last_segment(old_.nodes[o].clause->id) != last_segment(new_.nodes[n].clause->id);
        }
    }

    // An unpaired clause next to a paired one whose other version contains its words: one
    // paragraph became two (split) or two became one (merge).
    void mark_splits_and_merges() {
        auto neighbour_whole = [](const FlatTree& tree, std::size_t node,
                                  const std::vector<std::size_t>& partner, const FlatTree& other,
                                  const std::vector<std::size_t>& other_partner) -> std::size_t {
            const NodeList siblings = tree.children_of(tree.nodes[node].parent);
            const std::size_t idx = tree.nodes[node].index_in_parent;
            const auto& mine = tree.features(node);
            if (mine.empty()) return no_node;
            for (int step : {-1, 1}) {
                if ((step < 0 && idx == 0) || (step > 0 && idx + 1 >= siblings.size())) continue;
                const std::size_t s = siblings[step < 0 ? idx - 1 : idx + 1];
                const std::size_t whole = partner[s];
                if (whole == no_node || other_partner[whole] != s) continue;
                // A neighbour printed the same in both versions has the same words in both: the
                // clause cannot be mostly in one and not in the other (nearly every neighbour).
                if (same_text(tree, s, other, whole)) continue;
                if (containment(mine, other.features(whole)) >= split_containment &&
                    containment(mine, tree.features(s)) < 0.5)
                    return whole;
            }
            return no_node;
        };
        for (std::size_t n = 0; n < new_.nodes.size(); ++n)
            if (free_new(n)) a_.split_from[n] = neighbour_whole(new_, n, a_.new_to_old, old_, a_.old_to_new);
        for (std::size_t o = 0; o < old_.nodes.size(); ++o)
            if (free_old(o)) a_.merged_into[o] = neighbour_whole(old_, o, a_.old_to_new, new_, a_.new_to_old);
    }
};

}  // namespace

Alignment align(const FlatTree& old_tree, const FlatTree& new_tree) {
    Alignment a;
    const std::size_t m = old_tree.nodes.size(), n = new_tree.nodes.size();
    a.old_to_new.assign(m, no_node);
    a.new_to_old.assign(n, no_node);
    a.moved.assign(n, false);
    a.renumbered.assign(n, false);
    a.split_from.assign(n, no_node);
    a.merged_into.assign(m, no_node);
    Aligner(old_tree, new_tree, a).run();
    return a;
}

}  // namespace resdiff::diff
