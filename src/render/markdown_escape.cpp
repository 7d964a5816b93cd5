// Escaping of document text for Markdown output.
#include "render/render.hpp"

#include <cctype>

namespace resdiff::render {

std::string escape_markdown(std::string_view text, bool line_start) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t i = 0;
    if (line_start) {
        // Leading blanks would make an indented code block after four; they carry nothing.
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        if (i < text.size()) {
            const char c = text[i];
            if (c == '#' || c == '+' || c == '-' || c == '=') {
                out += '\\';
            } else if (std::isdigit(static_cast<unsigned char>(c))) {
                std::size_t j = i;
                while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
                if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
                    out.append(text.substr(i, j - i));
                    out += '\\';
                    i = j;
                }
            }
        }
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']':
        case '<': case '>': case '|': case '~':
            out += '\\';
            break;
        case '&':
            if (i + 1 < text.size() &&
                (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#'))
                out += '\\';
            break;
        default: break;
        }
        out += c;
    }
    return out;
}

}  // namespace resdiff::render
