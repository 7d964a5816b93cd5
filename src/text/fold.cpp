#include "text/fold.hpp"

#include "text/utf8.hpp"

namespace resdiff::text {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string fold_typography(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    fold_typography_append(s, out);
    return out;
}

bool folds_to_itself(std::string_view s) {
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c != ' ' && is_space(ch))) return false;
    }
    return true;
}

void fold_typography_append(std::string_view s, std::string& out) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            out += is_space(static_cast<char>(c)) ? ' ' : static_cast<char>(c);
            ++pos;
            continue;
        }
        std::size_t len = 1;
        const char32_t cp = decode_at(s, pos, len);
        switch (cp) {
        case 0x00A0: case 0x2007: case 0x202F: case 0x2002: case 0x2003: case 0x2009:
            out += ' ';
            break;
        case 0x2010: case 0x2011: case 0x2212:
            out += '-';
            break;
        case 0x00AD: case 0x200B: case 0xFEFF:  // soft hyphen, zero-width space, BOM
            break;
        case 0x2018: case 0x2019: case 0x201A: case 0x2032:
            out += '\'';
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x2033:
            out += '"';
            break;
        default:
            out.append(s.substr(pos, len));
        }
        pos += len;
    }
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    for (char c : s) {
        if (is_space(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

std::string fold_for_compare(std::string_view s) { return collapse_spaces(fold_typography(s)); }

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace resdiff::text
