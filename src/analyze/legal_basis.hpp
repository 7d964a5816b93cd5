#pragma once
// Whether and where a text acts under Chapter VII of the Charter: "Acting under Chapter VII
// of the Charter of the United Nations" (a preambular clause whose lead is "Acting"), or the
// same words inside an operative clause ("Decides, acting under Chapter VII, ..."). A mere
// mention ("measures adopted under Chapter VII") does not count, nor does Chapter VIII.

#include "model/document.hpp"

#include <string_view>

namespace resdiff::analyze {

// True when `lead` + " " + `text` contains "acting ... under Chapter VII" (at most four words
// between "acting" and "under").
bool acts_under_chapter_vii(std::string_view lead, std::string_view text);

// The first clause (document order, sub-paragraphs included) that acts under Chapter VII.
model::LegalBasis find_legal_basis(const model::Document& doc);

}  // namespace resdiff::analyze
