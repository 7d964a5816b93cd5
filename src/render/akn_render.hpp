#pragma once
// `parse --format akn`: the parsed resolution as Akoma Ntoso 3.0 XML following the AKN4UN
// guidelines (https://unsceb-hlcm.github.io/). The structure, the eId map and what is
// annotated are described in docs/akn.md.

#include "model/document.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace resdiff::render {

// Writes `doc` as one UTF-8 Akoma Ntoso document (XML declaration, root `akomaNtoso`, one
// trailing newline). Deterministic: the same document gives the same bytes.
void document_akn(std::ostream& out, const model::Document& doc);

// The eId of the element that holds the clause with resdiff id `clause_id`, one to one:
// "pp3" -> "preamble__container_3", "op8" -> "para_8",
// "op8.a.ii" -> "para_8__list_1__point_a__list_1__point_ii", "pp3.a" (a preambular paragraph
// with sub-paragraphs) -> "preamble__container_3__list_1__item_a". Id characters other than ASCII
// letters and digits become '-' ("op3_" -> "para_3-"); an id of another form becomes
// "clause_" + that sanitised id.
std::string akn_eid(std::string_view clause_id);

}  // namespace resdiff::render
