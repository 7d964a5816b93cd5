#pragma once
// Renderers for parse and diff output. The only layer that formats JSON or escapes HTML.

#include "diff/document_diff.hpp"
#include "model/document.hpp"

#include <ostream>

namespace resdiff::render {

struct TextOptions {
    bool color = false;  // ANSI colour sequences
};

// `parse --format text`: an outline a person can check at a glance.
void document_text(std::ostream& out, const model::Document& doc, const TextOptions& opts = {});
// `parse --format json`: resdiff-document/1.
void document_json(std::ostream& out, const model::Document& doc);

// `diff --format text|json|markdown`.
void diff_text(std::ostream& out, const diff::DocumentDiff& d, const TextOptions& opts = {});
void diff_json(std::ostream& out, const diff::DocumentDiff& d);
void diff_markdown(std::ostream& out, const diff::DocumentDiff& d);

}  // namespace resdiff::render
