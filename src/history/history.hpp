#pragma once
// The history of a text through several versions: the pairwise diffs of consecutive versions
// chained into clause chains (one per clause, across every version it appears in), a blame of
// the last version (which version introduced each phrase), and a timeline of the mandates'
// durations, scope and obligation strength. Pure functions over analyzed documents.

#include "diff/document_diff.hpp"
#include "model/document.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::history {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// One version of the text. The document must outlive the History built from it.
struct Version {
    const model::Document* doc = nullptr;
    std::string label;  // "v1", or "a1b2c3d 2026-03-03" for a git revision; never empty once built
};

// One clause followed through the versions. Version and step indices are 0-based here
// (the renderers print them 1-based: v1, v2, …). Step k compares version k with version k + 1.
struct Chain {
    std::vector<std::optional<std::string>> ids;        // per version; nullopt where absent
    std::vector<const model::Clause*> clauses;          // per version; nullptr where absent
    std::vector<std::size_t> entries;                   // per step: index into steps[k].entries, or npos
    model::ClauseKind kind = model::ClauseKind::operative;  // in the last version it appears in
    std::size_t depth = 0;
    std::size_t first_seen = 0;  // first version holding the clause
    std::size_t last_seen = 0;   // last version holding the clause
};

// Compared with the first version (the base) or the previous version (the last step).
enum class Change { unchanged, modified, added, removed, absent };
const char* to_string(Change c);

// A phrase of a clause of the last version and the version that introduced it.
struct BlameSpan {
    std::size_t version = 0;
    std::string text;  // as printed in the last version, blanks included: spans concatenate back
};
struct ClauseBlame {
    std::size_t chain = 0;
    std::string id;  // id in the last version
    std::vector<BlameSpan> spans;
};

// The state of a mandate (or of a clause whose obligation or durations change) in one version.
struct MandateState {
    std::string clause;  // id in that version
    bool mandate = false;  // the document lists the clause among its mandates
    std::string verb;      // mandate verb, else the obligation's verb
    std::string action;
    std::optional<std::string> actor;
    std::optional<std::string> until;   // the mandate's, else the clause's first `until` duration
    std::optional<std::string> period;  // likewise
    std::vector<std::string> places, tasks, quantities;
    std::optional<model::Obligation> obligation;
    std::vector<model::Duration> durations;
};
struct MandateTrack {
    std::size_t chain = 0;
    bool mandate = false;  // a mandate in at least one version (else an obligation/duration track)
    std::vector<std::optional<MandateState>> states;  // per version
};

struct History {
    std::vector<Version> versions;
    std::vector<diff::DocumentDiff> steps;  // steps[k]: versions[k] → versions[k + 1]
    std::vector<Chain> chains;              // the last version's order, gone clauses where they stood
    std::vector<ClauseBlame> blame;         // every clause of the last version, in its order
    std::vector<MandateTrack> mandates;     // in chain order

    // The entry of `chain` in step k, or nullptr when the clause is in neither version.
    const diff::ClauseEntry* entry(const Chain& chain, std::size_t step) const;
    // Compared with the base (version 0) and with the previous version.
    Change since_first(const Chain& chain) const;
    Change since_previous(const Chain& chain) const;
    // True when any step has differences (history's exit code 1).
    bool has_differences() const;
};

// "op8 → op9 → op11": the chain's ids in version order, repeats dropped.
std::string path_label(const Chain& chain);

// True when the chain has a story to tell: added after the first version, removed before the
// last, or modified or moved in some step (renumbering alone does not count).
bool has_events(const History& h, const Chain& chain);

// True when some phrase of the blame is younger than its clause (worth showing).
bool has_younger_phrases(const History& h, const ClauseBlame& blame);

// Diffs consecutive versions and chains the results. Needs at least two versions (throws
// std::invalid_argument otherwise). Linear in the total size of the versions, apart from the
// pairwise diffs themselves.
History build_history(std::vector<Version> versions);

// "v1", "v2", … for the version at 0-based `index` (one spelling for every renderer).
std::string version_tag(std::size_t index);

// The order `resdiff history DIR` uses: by date (undated last), then symbol compared with
// numbers as numbers (S/2026/101 < S/2026/101/Rev.1 < S/2026/101/Rev.2 < S/2026/101/Rev.10;
// no symbol last), then source name. Returns the indices of `docs` in that order.
std::vector<std::size_t> version_order(const std::vector<const model::Document*>& docs);

// Compares two strings with runs of ASCII digits compared as numbers; negative, 0 or positive.
int natural_compare(const std::string& a, const std::string& b);

}  // namespace resdiff::history
