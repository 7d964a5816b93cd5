#pragma once
// The parsed resolution: metadata, a tree of clauses, annexes, footnotes, warnings.
// Field meanings follow the contract's format resdiff-document/1.

#include "model/semantics.hpp"
#include "model/shared_value.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace resdiff::model {

enum class ClauseKind { preambular, operative, subparagraph };

struct Clause {
    std::string id;                     // "pp2", "op4", "op4.a.ii"
    ClauseKind kind = ClauseKind::operative;
    std::optional<std::string> number;  // label as printed without punctuation: "4", "a", "ii"
    std::optional<std::string> lead;    // opening phrase: "Recalling also", "Decides"
    std::string text;                   // own words after the lead, blanks folded
    std::size_t line = 0;               // 1-based source line where the clause starts
    std::size_t column = 0;             // 1-based source column where the clause starts
    std::vector<std::string> footnote_refs;  // labels of the footnotes this clause cites
    std::vector<Clause> children;

    Clause() = default;
    Clause(const Clause&) = default;
    Clause(Clause&&) noexcept = default;
    Clause& operator=(const Clause&) = default;
    Clause& operator=(Clause&&) noexcept = default;
    // Destroys the subtree without recursion: nesting depth comes from the input.
    ~Clause();

    // The semantics src/analyze/ found, kept on the heap and only when it found something: a
    // comparison analyses a few percent of the clauses, and the others then cost one pointer.
    // Clauses with equal semantics may share one box (copies do, and analyze_document makes
    // equal ones share): a writer below gets a box of its own first.
    // Readers see empty values for a clause not analysed or in which nothing was found.
    const ClauseSemantics& semantics() const { return semantics_ ? *semantics_ : no_semantics(); }
    const std::optional<Obligation>& obligation() const { return semantics().obligation; }
    const std::vector<Duration>& durations() const { return semantics().durations; }
    const Scope& scope() const { return semantics().scope; }

    // Writers. set_semantics replaces what the clause holds, and drops the box when `found` is
    // empty; semantics_to_fill makes an empty box first when there is none, for a writer that
    // adds to it (only with something to add, then).
    void set_semantics(ClauseSemantics found) {
        if (found.empty()) semantics_.reset();
        else semantics_.assign(std::move(found));  // a box of its own already there is reused
    }
    ClauseSemantics& semantics_to_fill() { return semantics_.get_or_make(); }

    // Sharing. The box itself, to hand to share_semantics (an empty one means no semantics).
    using SharedSemantics = SharedValue<ClauseSemantics>;
    const SharedSemantics& shared_semantics() const noexcept { return semantics_; }
    void share_semantics(SharedSemantics box) noexcept { semantics_ = std::move(box); }
    // Whether both hold one box (not merely equal semantics); false for two clauses without.
    bool shares_semantics_with(const Clause& other) const noexcept {
        return semantics_.shares_with(other.semantics_);
    }

private:
    // Shared by every clause without a box; never written, so safe to read from any thread.
    static const ClauseSemantics& no_semantics() {
        static const ClauseSemantics none;
        return none;
    }

    SharedSemantics semantics_;
};

struct Metadata {
    std::optional<std::string> organ;   // "Security Council", "General Assembly"
    std::optional<std::string> symbol;  // "S/RES/1445 (2002)", "A/80/L.2"
    std::optional<std::string> date;    // ISO 8601
    bool draft = false;
    std::optional<std::string> title;
    std::optional<std::string> sponsors;  // sponsor line of a draft, as printed
    std::optional<std::string> adoption;  // "Adopted by the Security Council at its ..."
    std::optional<std::string> meeting;   // closing line, e.g. "40th plenary meeting"
};

struct Annex {
    std::string id;  // "annex1", ...
    std::string title;
    std::string text;
    std::size_t line = 0;
};

struct Footnote {
    std::string label;  // "1", "*"
    std::string text;
    std::size_t line = 0;
};

struct Warning {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};

struct Document {
    std::string source;  // file name as given by the user, or "-" for stdin
    Metadata metadata;
    std::optional<std::string> enacting_formula;  // "The Security Council,"
    std::vector<Clause> clauses;                  // preambular then operative, in order
    std::vector<Annex> annexes;
    std::vector<Footnote> footnotes;
    std::vector<Warning> warnings;

    // Filled by src/analyze/.
    LegalBasis legal_basis;
    std::vector<Mandate> mandates;
};

const char* to_string(ClauseKind kind);

// Depth-first, document order, parents before children. Iterative: input depth is unbounded.
template <class Fn>
void for_each_clause(const std::vector<Clause>& roots, Fn&& fn);
template <class Fn>
void for_each_clause(std::vector<Clause>& roots, Fn&& fn);

// Finds a clause by id anywhere in the tree, or nullptr.
const Clause* find_clause(const Document& doc, const std::string& id);

}  // namespace resdiff::model

#include "model/document_walk.hpp"
