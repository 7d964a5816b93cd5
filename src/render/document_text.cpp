#include "render/render.hpp"
// placeholder: replaced by the render layer
namespace resdiff::render {
void document_text(std::ostream& out, const model::Document& doc, const TextOptions&) {
    for (const auto& c : doc.clauses) out << c.id << ' ' << c.lead.value_or("") << ' ' << c.text << '\n';
}
void document_json(std::ostream&, const model::Document&) {}
void diff_text(std::ostream&, const diff::DocumentDiff&, const TextOptions&) {}
void diff_json(std::ostream&, const diff::DocumentDiff&) {}
void diff_markdown(std::ostream&, const diff::DocumentDiff&) {}
}
