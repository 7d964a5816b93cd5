#pragma once
// Splits a paragraph's text into its lead phrase and the rest, and judges whether a line opens
// like a paragraph of a resolution.

#include <cstddef>
#include <string_view>

namespace resdiff::parse {

// Length in bytes of the lead phrase at the start of `text` (0 when none).
std::size_t lead_length(std::string_view text);

// The first word of a lead is a third-person verb ("Decides", "Further requests"): an
// operative paragraph; participles and adjectives ("Recalling", "Deeply concerned") are
// preambular.
bool is_operative_lead(std::string_view lead);

// The line opens like a paragraph: a lead whose main word is a known resolution word or has
// the shape of one (-ing, -ed, third person -s), not a proper name like "United Nations".
bool looks_like_paragraph_start(std::string_view text);

// The lead contains a word that resolutions really use ("Decides", "Recalling", ...): used to
// tell a resolution from any other text.
bool is_known_lead(std::string_view lead);

}  // namespace resdiff::parse
