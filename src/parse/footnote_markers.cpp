#include "parse/footnote_markers.hpp"

#include <cctype>

namespace resdiff::parse {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool boundary_after(const std::string& s, std::size_t i) {
    return i >= s.size() || s[i] == ' ' || s[i] == ',' || s[i] == ';' || s[i] == '.' || s[i] == ':' ||
           s[i] == ')';
}
// The closing quotes ” and ’ end in these bytes (U+201D = E2 80 9D, U+2019 = E2 80 99).
bool after_closing_quote(const std::string& s, std::size_t i) {
    return i >= 3 && static_cast<unsigned char>(s[i - 3]) == 0xE2 &&
           static_cast<unsigned char>(s[i - 2]) == 0x80 &&
           (static_cast<unsigned char>(s[i - 1]) == 0x9D || static_cast<unsigned char>(s[i - 1]) == 0x99);
}

}  // namespace

namespace {
// Cheap pre-check: could the text hold a marker at all? Most paragraphs have none, and the
// copying pass below is the parser's hottest loop otherwise.
bool may_have_marker(const std::string& s, const std::set<std::string>& known) {
    if (s.find("[^") != std::string::npos) return true;
    for (std::size_t i = s.find('/'); i != std::string::npos; i = s.find('/', i + 1))
        if (i > 0 && digit(s[i - 1]) && (i + 1 == s.size() || s[i + 1] == ' ')) return true;
    return !known.empty();
}
}  // namespace

std::string strip_footnote_markers(const std::string& s, const std::set<std::string>& known,
                                   std::vector<std::string>& refs) {
    if (!may_have_marker(s, known)) return s;
    const std::size_t refs_before = refs.size();
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        // "[^12]"
        if (c == '[' && i + 2 < s.size() && s[i + 1] == '^') {
            std::size_t j = i + 2;
            while (j < s.size() && j < i + 8 && s[j] != ']') ++j;
            if (j < s.size() && s[j] == ']' && j > i + 2) {
                refs.push_back(s.substr(i + 2, j - i - 2));
                i = j + 1;
                continue;
            }
        }
        if (digit(c) && (i == 0 || !digit(s[i - 1]))) {
            std::size_t j = i;
            while (j < s.size() && digit(s[j])) ++j;
            const std::size_t n = j - i;
            const std::string label = s.substr(i, n);
            // " 1/ " after a word or punctuation.
            if (n <= 2 && i > 0 && s[i - 1] == ' ' && j < s.size() && s[j] == '/' &&
                (j + 1 == s.size() || s[j + 1] == ' ')) {
                refs.push_back(label);
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = j + 1;
                continue;
            }
            // Glued: "2024,1", "79/7;1", "Nations1", "“Personnel”,1"
            if (n <= 2 && i > 0 && boundary_after(s, j) && known.count(label)) {
                const char p = s[i - 1];
                bool glued = false;
                if (p == ',' || p == ';' || p == ':' || p == ')') glued = !(p == ',' && j < s.size() && digit(s[j]));
                else if (p == '.') glued = i >= 2 && (lower(s[i - 2]) || s[i - 2] == ')');
                else if (lower(p)) glued = i >= 3 && lower(s[i - 2]) && std::isalpha(static_cast<unsigned char>(s[i - 3]));
                else if (after_closing_quote(s, i)) glued = true;
                if (glued) {
                    refs.push_back(label);
                    i = j;
                    continue;
                }
            }
            out.append(s, i, n);
            i = j;
            continue;
        }
        // Copy the run up to the next character that can start a marker in one go.
        std::size_t j = i + 1;
        while (j < s.size() && s[j] != '[' && !digit(s[j])) ++j;
        out.append(s, i, j - i);
        i = j;
    }
    if (refs.size() == refs_before) return out;
    // Removing a marker can leave a double space or a space before punctuation.
    std::string clean;
    clean.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (out[k] == ' ' && (clean.empty() || clean.back() == ' ')) continue;
        clean += out[k];
    }
    while (!clean.empty() && clean.back() == ' ') clean.pop_back();
    return clean;
}

}  // namespace resdiff::parse
