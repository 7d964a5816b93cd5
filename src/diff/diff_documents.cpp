#include "diff/diff_documents.hpp"

#include "diff/align.hpp"
#include "diff/classify.hpp"
#include "diff/clause_text.hpp"
#include "diff/entry_order.hpp"
#include "diff/flat_tree.hpp"
#include "diff/side_thread.hpp"
#include "diff/word_diff.hpp"

#include "analyze/clause_analyzer.hpp"

#include <atomic>
#include <functional>
#include <future>
#include <optional>

namespace resdiff::diff {

namespace {

// The clause's lead and text as one edit (none when both are empty).
std::vector<Edit> whole(EditOp op, const model::Clause& clause) {
    std::vector<Edit> out;
    std::string text = clause_text(clause);
    if (text.empty()) return out;
    out.push_back(Edit{op, std::move(text)});
    return out;
}

// `same`: the slot pairs two clauses with the same key (same_key).
ClauseEntry make_entry(const FlatTree& old_tree, const FlatTree& new_tree, const Alignment& a,
                       const EntrySlot& slot, bool same) {
    ClauseEntry e;
    const FlatNode* o = slot.old_node == no_node ? nullptr : &old_tree.nodes[slot.old_node];
    const FlatNode* n = slot.new_node == no_node ? nullptr : &new_tree.nodes[slot.new_node];
    if (o) {
        e.old_id = ClauseId::borrowed(o->clause->id);
        e.old_clause = o->clause;
    }
    if (n) {
        e.new_id = ClauseId::borrowed(n->clause->id);
        e.new_clause = n->clause;
    }
    const FlatNode& shown = n ? *n : *o;
    e.depth = shown.depth;
    e.kind = shown.clause->kind;
    if (o && n) {
        e.status = same ? Status::unchanged : Status::modified;
        e.moved = a.moved[slot.new_node];
        e.renumbered = a.renumbered[slot.new_node];
        if (e.status == Status::modified)  // unchanged: see entry_edits
            e.edits = word_diff(old_tree.tokens(slot.old_node), new_tree.tokens(slot.new_node));
    } else if (n) {
        e.status = Status::added;
        if (a.split_from[slot.new_node] != no_node)
            e.split_from = ClauseId::borrowed(old_tree.nodes[a.split_from[slot.new_node]].clause->id);
        e.edits = whole(EditOp::insert, *n->clause);
    } else {
        e.status = Status::removed;
        if (a.merged_into[slot.old_node] != no_node)
            e.merged_into = ClauseId::borrowed(new_tree.nodes[a.merged_into[slot.old_node]].clause->id);
        e.edits = whole(EditOp::remove, *o->clause);
    }
    return e;
}

// Document-level findings go to the entry of the clause that carries them.
void attach(std::vector<ClauseEntry>& entries, DocumentFinding d) {
    ClauseEntry* target = nullptr;
    for (auto& e : entries) {
        if ((d.new_id && e.new_id == d.new_id) || (d.old_id && e.old_id == d.old_id && !target)) {
            target = &e;
            if (d.new_id && e.new_id == d.new_id) break;
        }
    }
    if (!target && !entries.empty()) target = &entries.front();
    if (target) target->findings.push_back(std::move(d.finding));
}

Summary summarize(const std::vector<ClauseEntry>& entries) {
    Summary s;
    for (const auto& e : entries) {
        switch (e.status) {
        case Status::unchanged: ++s.clauses.unchanged; break;
        case Status::modified: ++s.clauses.modified; break;
        case Status::added: ++s.clauses.added; break;
        case Status::removed: ++s.clauses.removed; break;
        }
        if (e.moved) ++s.clauses.moved;
        if (e.renumbered) ++s.clauses.renumbered;
        for (const auto& f : e.findings) {
            switch (f.category) {
            case Category::obligation: ++s.findings.obligation; break;
            case Category::duration: ++s.findings.duration; break;
            case Category::scope: ++s.findings.scope; break;
            case Category::wording: ++s.findings.wording; break;
            }
        }
    }
    return s;
}

// The clauses of each version that classification will read: those of the entries that are
// not unchanged (a pair whose keys differ, an added or a removed clause).
using ClauseList = std::vector<const model::Clause*>;

// What the comparison asks of whoever analyses the clauses.
struct Analysis {
    // Runs a task on another thread while the comparison goes on, if there is one (joined
    // before `plan` returns).
    std::function<void(const std::function<void()>&)> beside;
    // Learns which clauses classification will read, before it starts.
    std::function<void(const ClauseList& old_needed, const ClauseList& new_needed)> plan;
    // Makes an entry's clauses ready for classification and tells whether either is a mandate.
    // With `concurrent`, called from two threads at once: after `plan` it must only read.
    std::function<bool(const ClauseEntry&)> prepare;
    bool concurrent = false;
};

// Entries [from, to) of `order`: made, word-diffed and classified. `same` by slot: see make_entry.
void make_entries(const FlatTree& old_tree, const FlatTree& new_tree, const Alignment& a,
                  const std::vector<EntrySlot>& order, const std::vector<char>& same, std::size_t from,
                  std::size_t to, const Analysis& analysis, std::vector<ClauseEntry>& entries) {
    for (std::size_t i = from; i < to; ++i) {
        entries[i] = make_entry(old_tree, new_tree, a, order[i], same[i] != 0);
        auto& e = entries[i];
        if (e.status != Status::unchanged) e.findings = classify_entry(e, analysis.prepare(e));
    }
}

// Markers of either version's footnotes count as markers in both: a footnote added in the new
// version leaves a marker the old version's list does not know.
std::vector<std::string> footnote_labels(const model::Document& old_doc, const model::Document& new_doc) {
    std::vector<std::string> labels;
    for (const auto* doc : {&old_doc, &new_doc})
        for (const auto& f : doc->footnotes) labels.push_back(f.label);
    return labels;
}

// Aligns, diffs and classifies the two documents, flattened into the two trees (under
// footnote_labels of the two).
DocumentDiff compare(const model::Document& old_doc, const model::Document& new_doc, const FlatTree& old_tree,
                     const FlatTree& new_tree, const Analysis& analysis) {
    DocumentDiff d;
    d.old_doc = &old_doc;
    d.new_doc = &new_doc;
    const Alignment a = align(old_tree, new_tree);
    const auto order = entry_order(old_tree, new_tree, a);
    // The entries' memory (a tenth of a large comparison's page faults) is touched on the other
    // thread, if any, while this one finds the changed slots.
    const auto make_room = [&] { d.entries.resize(order.size()); };
    if (analysis.beside) analysis.beside(make_room);
    else make_room();
    // The trees build tokens on first use and are not thread-safe: every token the entries
    // will read is built here (same_key builds those it compares, tokens() those of the word
    // diffs), so that the entries can then be made on two threads.
    ClauseList old_needed, new_needed;
    std::vector<char> same(order.size(), 0);
    std::size_t changed = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto& slot = order[i];
        const bool pair = slot.old_node != no_node && slot.new_node != no_node;
        if (pair && same_key(old_tree, slot.old_node, new_tree, slot.new_node)) {
            same[i] = 1;
            continue;
        }
        ++changed;
        if (pair) {
            old_tree.tokens(slot.old_node);
            new_tree.tokens(slot.new_node);
        }
        if (slot.old_node != no_node) old_needed.push_back(old_tree.nodes[slot.old_node].clause);
        if (slot.new_node != no_node) new_needed.push_back(new_tree.nodes[slot.new_node].clause);
    }
    if (analysis.plan) analysis.plan(old_needed, new_needed);
    if (analysis.concurrent && changed > 1) {
        std::size_t half = 0;  // entries [0, half) hold half the changes
        for (std::size_t seen = 0; half < order.size(); ++half)
            if (!same[half] && ++seen > changed / 2) break;
        SideThread first_half;
        first_half.start([&] { make_entries(old_tree, new_tree, a, order, same, 0, half, analysis, d.entries); });
        make_entries(old_tree, new_tree, a, order, same, half, order.size(), analysis, d.entries);
        first_half.join();
    } else {
        make_entries(old_tree, new_tree, a, order, same, 0, order.size(), analysis, d.entries);
    }
    for (auto& f : classify_document(old_doc, new_doc)) attach(d.entries, std::move(f));
    d.summary = summarize(d.entries);
    return d;
}

}  // namespace

DocumentDiff diff_documents(const model::Document& old_doc, const model::Document& new_doc) {
    Analysis analysis;
    analysis.prepare = [&](const ClauseEntry& e) {
        return is_mandate(old_doc, e.old_id) || is_mandate(new_doc, e.new_id);
    };
    const auto labels = footnote_labels(old_doc, new_doc);
    return compare(old_doc, new_doc, flatten(old_doc.clauses, labels), flatten(new_doc.clauses, labels), analysis);
}

DocumentDiff diff_documents_lazily(model::Document& old_doc, model::Document& new_doc,
                                   const analyze::Lexicon& lexicon, bool concurrent) {
    // What the comparison builds and leaves behind, handed to the diff (DocumentDiff::workspace).
    // Declared before the builder: destroyed after it is joined.
    struct Workspace {
        std::optional<analyze::ClauseAnalyzer> old_side, new_side;
        FlatTree old_tree, new_tree;  // the new one flattened by the builder when there is one
    };
    auto workspace = std::make_shared<Workspace>();
    // Each version has its own analyzer, which touches only its own document (and there only
    // the semantic fields, which the differ does not read): the two can work at the same time,
    // and beside the flattening and alignment.
    std::optional<analyze::ClauseAnalyzer>& old_side = workspace->old_side;
    std::optional<analyze::ClauseAnalyzer>& new_side = workspace->new_side;
    std::atomic<bool> planning{false};  // the differ knows what it needs: stop guessing
    auto make_ready = [](analyze::ClauseAnalyzer& side, const model::Clause& c) {
        side.analyze(c);
        side.is_mandate(c);  // cached for the classification
    };
    auto prepare_side = [&](std::optional<analyze::ClauseAnalyzer>& side, model::Document& doc,
                            const ClauseList* needed, bool guess) {
        if (!side) side.emplace(doc, lexicon);
        if (!needed) return;
        for (const model::Clause* c : *needed) {
            if (guess && planning.load(std::memory_order_relaxed)) return;
            make_ready(*side, *c);
        }
    };
    // What the builder works on outlives it (declared before it: destroyed after it is joined).
    const std::vector<std::string> labels = footnote_labels(old_doc, new_doc);
    FlatTree& old_tree = workspace->old_tree;
    FlatTree& new_tree = workspace->new_tree;
    // The clauses one version alone prints are nearly all the ones the alignment compares word
    // by word: their tokens, keys and features are built before it, by both threads.
    PreparationQueue preparation;
    SideThread builder;
    // Destroyed before `builder` is joined: a comparison that fails before the trees are
    // flattened leaves the builder a broken promise, not a wait without end. The builder owns
    // the other promises: if it fails, the main thread's waits end too.
    std::promise<UnsharedClauses> flattened;  // handed to the builder once both trees are flat
    std::promise<void> new_flattened, new_prepared;
    std::future<void> new_tree_flat = new_flattened.get_future(), trees_ready = new_prepared.get_future();
    // Waits for the builder's step; if the builder failed, its own error rather than a broken
    // promise.
    auto wait_for_builder = [&](std::future<void>& step) {
        try {
            step.get();
        } catch (const std::future_error&) {
            builder.join();
            throw;
        }
    };
    if (concurrent)
        builder.start([&, handed = flattened.get_future(), flat = std::move(new_flattened),
                       prepared = std::move(new_prepared)]() mutable {
            new_tree = flatten(new_doc.clauses, labels);  // while the main thread flattens the old one
            flat.set_value();
            prepare_side(old_side, old_doc, nullptr, false);
            const UnsharedClauses unshared = handed.get();
            preparation.run();  // the main thread started on it already
            prepared.set_value();
            prepare_side(new_side, new_doc, nullptr, false);
            // While the trees align: those clauses are nearly all the ones classification
            // will read; then the copies of texts one version prints more often than the other
            // (some of them are removed or added clauses: time this thread has anyway).
            prepare_side(old_side, old_doc, &unshared.old_only, true);
            prepare_side(new_side, new_doc, &unshared.new_only, true);
            if (planning.load(std::memory_order_relaxed)) return;
            const SurplusCopies surplus = surplus_copies(old_tree, new_tree);
            prepare_side(old_side, old_doc, &surplus.old_copies, true);
            prepare_side(new_side, new_doc, &surplus.new_copies, true);
        });
    old_tree = flatten(old_doc.clauses, labels);
    if (concurrent) {
        wait_for_builder(new_tree_flat);
        UnsharedClauses unshared = unshared_clauses(old_tree, new_tree);
        preparation.add(old_tree, unshared.old_nodes);
        preparation.add(new_tree, unshared.new_nodes);
        flattened.set_value(std::move(unshared));
        preparation.run();
        wait_for_builder(trees_ready);  // the builder is done with the trees
    } else {
        new_tree = flatten(new_doc.clauses, labels);
    }
    Analysis analysis;
    analysis.concurrent = concurrent;
    if (concurrent)
        analysis.beside = [&](const std::function<void()>& task) {
            planning = true;  // the guesses stop: what they leave, the plan analyses on both threads
            builder.join();
            builder.start(task);
        };
    analysis.plan = [&](const ClauseList& old_needed, const ClauseList& new_needed) {
        planning = true;
        builder.join();
        prepare_side(old_side, old_doc, nullptr, false);  // built here when not on the builder
        prepare_side(new_side, new_doc, nullptr, false);
        // What the guesses left; on two threads, in two halves of equal count (an analyzer
        // takes two threads on different clauses).
        std::vector<std::pair<analyze::ClauseAnalyzer*, const model::Clause*>> left;
        for (auto [side, needed] : {std::pair{&*old_side, &old_needed}, std::pair{&*new_side, &new_needed}})
            for (const model::Clause* c : *needed)
                if (!side->analyzed(*c)) left.emplace_back(side, c);
        auto run = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i) make_ready(*left[i].first, *left[i].second);
        };
        const std::size_t half = concurrent ? left.size() / 2 : 0;
        if (half > 0) builder.start([&] { run(0, half); });
        run(half, left.size());
        builder.join();
    };
    // After the plan every clause asked for here is analysed and its mandates known: these
    // calls only read, from both threads.
    analysis.prepare = [&](const ClauseEntry& e) {
        bool mandate = false;
        if (e.old_clause) {
            old_side->analyze(*e.old_clause);
            mandate = old_side->is_mandate(*e.old_clause);
        }
        if (e.new_clause) {
            new_side->analyze(*e.new_clause);
            mandate = mandate || new_side->is_mandate(*e.new_clause);
        }
        return mandate;
    };
    DocumentDiff d = compare(old_doc, new_doc, old_tree, new_tree, analysis);
    builder.join();  // done already (the plan waits for it): nothing uses the workspace now
    d.workspace = std::move(workspace);
    return d;
}

}  // namespace resdiff::diff
