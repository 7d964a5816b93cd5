#include "analyze/analyze_document.hpp"
// placeholder: replaced by the analyze layer
namespace resdiff::analyze {
void analyze_document(model::Document&) {}
}
