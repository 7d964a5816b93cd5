#pragma once
// Renderers for `resdiff check`: text (default), GitHub Actions workflow commands, SARIF 2.1.0
// and JSON (format resdiff-check/1). Deterministic, write only to the stream they are given.

#include "check/evaluate.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace resdiff::render {

// Compiler-style lines `FILE:LINE: error: message [rule] (op7 → op8)` (the old file and its
// line for removed clauses), `added: PATH` / `removed: PATH` for whole files, then a summary
// line `resdiff check: passed|failed: N errors, N warnings, N notices (...)`.
void check_text(std::ostream& out, const check::Report& report);

// One workflow command per result: `::error file=F,line=L,title=T::message` (`::warning`,
// `::notice`), properties and data escaped as GitHub specifies, then a plain summary line.
void check_github(std::ostream& out, const check::Report& report);

// SARIF 2.1.0: one run, tool.driver with every rule (level from the policy, "none" when off),
// results with ruleId, ruleIndex, level (error/warning/note), message, location (relative
// URI, start line) and partialFingerprints {"resdiffFinding/v1": "rule:clause:hash"}.
void check_sarif(std::ostream& out, const check::Report& report, std::string_view tool_version);

// resdiff-check/1 (documented in docs/check.md). One trailing newline.
void check_json(std::ostream& out, const check::Report& report);

// GitHub workflow-command escaping: data (the message) escapes % CR LF; properties (file,
// title) also escape ':' and ','.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

// A relative path as a URI reference: bytes other than unreserved characters and '/' are
// percent-encoded ("my drafts/a.txt" → "my%20drafts/a.txt").
std::string path_to_uri(std::string_view path);

// "op7 → op8", "op1", or "" for a whole-file result.
std::string check_clause_label(const check::Result& r);

}  // namespace resdiff::render
