// `parse --format json`: format resdiff-document/1.
#include "render/json_values.hpp"
#include "render/render.hpp"

namespace resdiff::render {

void document_json(std::ostream& out, const model::Document& doc) {
    detail::write_json(out, detail::document_value(doc));
}

}  // namespace resdiff::render
