#pragma once
// Inline semantic mark-up of a clause's text for the Akoma Ntoso renderer: dates that end a
// period (`<date>`), citations of Security Council resolutions (`<ref>`) and the words
// "Chapter VII" of the clause that invokes it (`<concept>`). Internal to src/render/.
// The mark-up only wraps runs of the text: the text content stays exactly the clause text.

#include "model/document.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace resdiff::render::detail {

struct InlineSpan {
    std::size_t begin = 0;  // byte offsets into the clause text, [begin, end)
    std::size_t end = 0;
    std::string open;       // start tag, already escaped
    std::string close;      // end tag
};

// The printed date inside `duration_text` ("until 31 May 2023" -> offset and length of
// "31 May 2023"; also "May 31, 2023" and "May 2023"), or npos when there is none.
std::pair<std::size_t, std::size_t> find_printed_date(std::string_view duration_text);

// Work IRI of a Security Council resolution cited as "NUMBER (YEAR)": the citation gives the
// year only, so the date component is the year ("/akn/un/statement/deliberation/unsc/2005/1590").
std::string sc_resolution_iri(std::string_view number, std::string_view year);

// The spans to mark in `c.text`, sorted and never overlapping (on overlap the earlier one wins).
// `invokes_chapter_vii`: this clause is the document's legal basis.
std::vector<InlineSpan> inline_spans(const model::Clause& c, bool invokes_chapter_vii);

// `text` escaped, with the spans' tags around their runs.
std::string marked_text(std::string_view text, const std::vector<InlineSpan>& spans);

}  // namespace resdiff::render::detail
