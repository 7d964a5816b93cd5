// `parse --format json`: format resdiff-document/1, streamed a clause at a time (no DOM of the
// whole document: see json_values.hpp).
#include "render/json_values.hpp"
#include "render/render.hpp"

namespace resdiff::render {

void document_json(std::ostream& out, const model::Document& doc) { detail::write_document(out, doc); }

}  // namespace resdiff::render
