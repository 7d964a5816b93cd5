#pragma once
// Semantic annotations that src/analyze/ attaches to clauses and documents.
// Plain values: the analyzer fills them, the differ compares them, renderers print them.

#include <optional>
#include <string>
#include <vector>

namespace resdiff::model {

// The operative verb (or preambular lead) and the modal that give a clause its binding force.
struct Obligation {
    std::string verb;                  // lead phrase as printed, e.g. "Further requests"
    int strength = 0;                  // lexicon scale, higher is more binding (see README)
    std::optional<std::string> modal;  // "shall", "must", "should", "may", "is invited to"
    bool binding = false;              // a decision that binds (Decides ... shall, Chapter VII)
    friend bool operator==(const Obligation&, const Obligation&) = default;
};

enum class DurationRole { until, period, deadline, interval };

// One statement of time in a clause, normalised.
struct Duration {
    std::string text;                   // the words as printed, e.g. "until 31 May 2023"
    std::optional<std::string> until;   // ISO 8601 date, e.g. "2023-05-31"
    std::optional<std::string> period;  // ISO 8601 duration, e.g. "P12M"
    DurationRole role = DurationRole::until;
    friend bool operator==(const Duration&, const Duration&) = default;
};

// What a clause covers: who, where, what, how much, and words that widen or limit it.
struct Scope {
    std::vector<std::string> places;
    std::vector<std::string> actors;
    std::vector<std::string> quantities;
    std::vector<std::string> tasks;       // items of a mandate's sub-paragraph list
    std::vector<std::string> qualifiers;  // "including", "inter alia", "only", ...
    bool empty() const {
        return places.empty() && actors.empty() && quantities.empty() && tasks.empty() &&
               qualifiers.empty();
    }
    friend bool operator==(const Scope&, const Scope&) = default;
};

// What the analyzer finds in one clause. A clause keeps one only when something was found (see
// Clause::semantics): most clauses of a large comparison are never analysed.
struct ClauseSemantics {
    std::optional<Obligation> obligation;
    std::vector<Duration> durations;
    Scope scope;
    bool empty() const { return !obligation && durations.empty() && scope.empty(); }
    friend bool operator==(const ClauseSemantics&, const ClauseSemantics&) = default;
};

// Where (and whether) the text invokes Chapter VII of the Charter.
struct LegalBasis {
    bool chapter_vii = false;
    std::optional<std::string> clause;  // id of the clause that invokes it
};

// What an establishing / authorising / renewing operative clause creates.
struct Mandate {
    std::string clause;  // clause id, e.g. "op3"
    std::string verb;
    std::string action;
    std::optional<std::string> actor;
    std::optional<std::string> until;
    std::optional<std::string> period;
    std::vector<std::string> places;
    std::vector<std::string> tasks;
};

const char* to_string(DurationRole role);

}  // namespace resdiff::model
