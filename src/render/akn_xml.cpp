#include "render/akn_xml.hpp"

namespace resdiff::render::detail {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of a character XML 1.0 forbids starting at `i`, or 0.
std::size_t forbidden_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return 1;
    // U+FFFE = EF BF BE, U+FFFF = EF BF BF
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF))
        return 3;
    return 0;
}

template <bool Escape>
std::string convert(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (const std::size_t n = forbidden_at(text, i)) {
            out += kReplacement;
            i += n - 1;
            continue;
        }
        const char c = text[i];
        if constexpr (Escape) {
            switch (c) {
                case '&': out += "&amp;"; continue;
                case '<': out += "&lt;"; continue;
                case '>': out += "&gt;"; continue;
                case '"': out += "&quot;"; continue;
                default: break;
            }
        }
        out += c;
    }
    return out;
}

}  // namespace

std::string escape_xml(std::string_view text) { return convert<true>(text); }

std::string xml_safe_text(std::string_view text) { return convert<false>(text); }

}  // namespace resdiff::render::detail
