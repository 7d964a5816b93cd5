#include "render/html_escape.hpp"

namespace resdiff::render::detail {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\t': case '\n': case '\r': out += c; break;
        default: {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7f) out += "\xEF\xBF\xBD";  // U+FFFD
            else out += c;
        }
        }
    }
    return out;
}

std::string html_id(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool keep = (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') ||
                          c == '.' || c == '-' || c == '_';
        out += keep ? c : '_';
    }
    return out;
}

}  // namespace resdiff::render::detail
