#pragma once
// The scope of a clause: places, actors, quantities, tasks and qualifiers.

#include "analyze/acronyms.hpp"
#include "analyze/lexicon.hpp"
#include "analyze/words.hpp"
#include "model/document.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace resdiff::analyze {

// Qualifiers of the lexicon found in `text`, as the lexicon spells them, first mention first.
std::vector<std::string> find_qualifiers(std::string_view text, const Lexicon& lexicon);
std::vector<std::string> find_qualifiers(WordSpan words, const Lexicon& lexicon);

// A short label for a sub-paragraph: its lead, else its first words up to the first
// punctuation (at most eight words): "To monitor the cessation of hostilities".
std::string task_label(const model::Clause& child);
// The same with the words of child.text already split.
std::string task_label(const model::Clause& child, WordSpan words);

// The scope of one clause (its own text; tasks from its children).
model::Scope scope_of(const model::Clause& clause, const Lexicon& lexicon,
                      const DocumentNames& defined);
// The same with the words of clause.text already split.
model::Scope scope_of(const model::Clause& clause, WordSpan words,
                      const Lexicon& lexicon, const DocumentNames& defined);
// The same without the tasks (left empty): for a caller that labels the children itself.
model::Scope scope_without_tasks(const model::Clause& clause, WordSpan words,
                                 const Lexicon& lexicon, const DocumentNames& defined);

}  // namespace resdiff::analyze
