#pragma once
// JSON values of model types, in the contract's key order (resdiff-document/1). Shared by
// document_json and diff_json. Internal to src/render/: nlohmann stays out of render.hpp.

#include "model/document.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace resdiff::render::detail {

using Json = nlohmann::ordered_json;

// A string, or null when absent.
Json optional_string(const std::optional<std::string>& s);

Json metadata_json(const model::Metadata& m);

// The clause tree, children nested, built without recursion (nesting depth is input-controlled).
Json clauses_json(const std::vector<model::Clause>& roots);

// The whole resdiff-document/1 value.
Json document_value(const model::Document& doc);

// Writes `value` indented by two spaces, followed by one newline. Invalid UTF-8 in strings is
// replaced (U+FFFD) rather than thrown on.
void write_json(std::ostream& out, const Json& value);

}  // namespace resdiff::render::detail
