#pragma once
// Reads the metadata of a resolution from its heading lines (everything before the enacting
// formula) and from a Markdown front-matter block when there is one.

#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace resdiff::parse {

// Fills organ, symbol, date, draft, title, sponsors and adoption from the heading lines.
// Fields already set are kept (front matter first, then the printed heading refines).
void read_heading(const std::vector<std::string_view>& lines, model::Metadata& meta);

// "30 April 2007" -> "2007-04-30"; empty when the text holds no such date.
std::string iso_date(std::string_view text);

// The first document symbol in a line ("S/RES/1445 (2002)", "A/80/L.2"), or empty.
std::string find_symbol(std::string_view text);

}  // namespace resdiff::parse
