#pragma once
// Internal to classify*.cpp: one comparison per semantic field, and the helpers they share.

#include "diff/document_diff.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace resdiff::diff::detail {

Finding make_finding(Category c, Direction d, std::string old_text, std::string new_text,
                     std::string message);

// “text”, shortened to a margin-sized excerpt.
std::string quote(std::string_view text);

// Folded, lower-cased: the key under which two phrases are the same.
std::string phrase_key(std::string_view text);

// Each appends its findings; `mandate` says the clause renews or sets up a mandate.
void compare_obligation(const model::Clause* old_c, const model::Clause* new_c,
                        std::vector<Finding>& out);
void compare_durations(const model::Clause* old_c, const model::Clause* new_c, bool mandate,
                       std::vector<Finding>& out);
void compare_scope(const model::Clause* old_c, const model::Clause* new_c,
                   std::vector<Finding>& out);

}  // namespace resdiff::diff::detail
