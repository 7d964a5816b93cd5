#include "diff/diff_documents.hpp"
// placeholder: replaced by the diff layer
namespace resdiff::diff {
DocumentDiff diff_documents(const model::Document& o, const model::Document& n) {
    DocumentDiff d; d.old_doc = &o; d.new_doc = &n; return d;
}
bool DocumentDiff::has_differences() const { return false; }
}
