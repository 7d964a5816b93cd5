#include "parse/footnote_markers.hpp"

#include <cctype>
#include <cstdint>
#include <cstring>

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
// The first byte at or after i that can start a marker ('[' or a digit). Eight bytes at a time
// while none can: a word with no byte equal to '[' and none in '0'..'9' (zero after the XOR,
// resp. below 10 after the XOR with '0': the "has a byte below n" test of parse_document's
// binary check) is skipped whole.
std::size_t next_candidate(const std::string& s, std::size_t i) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (i + 8 <= s.size()) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        const std::uint64_t d = w ^ (ones * '0');  // a digit becomes 0..9
        const std::uint64_t b = w ^ (ones * '[');  // '[' becomes 0
        if ((((d - ones * 10) & ~d) | ((b - ones) & ~b)) & highs) break;
        i += 8;
    }
    while (i < s.size() && s[i] != '[' && !digit(s[i])) ++i;
    return i;
}

// Cheap pre-check: could the text hold a marker at all? Most paragraphs have none, and the
// byte-by-byte pass below is the parser's hottest loop otherwise.
bool may_have_marker(const std::string& s, const std::set<std::string>& known) {
    if (s.find("[^") != std::string::npos) return true;
    for (std::size_t i = s.find('/'); i != std::string::npos; i = s.find('/', i + 1))
        if (i > 0 && digit(s[i - 1]) && (i + 1 == s.size() || s[i + 1] == ' ')) return true;
    return !known.empty();
}
}  // namespace

std::string strip_footnote_markers(std::string s, const std::set<std::string>& known,
                                   std::vector<std::string>& refs) {
    if (!may_have_marker(s, known)) return s;
    const std::size_t refs_before = refs.size();
    // The text is copied only once a marker is found: `out` holds s[0, copied) without its
    // markers, and the rest up to i is still to copy as it is. No marker, no copy.
    std::string out;
    std::size_t copied = 0;
    const auto copy_up_to = [&](std::size_t end) {
        out.reserve(s.size());  // once: later calls find the room there
        out.append(s, copied, end - copied);
    };
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        // "[^12]"
        if (c == '[' && i + 2 < s.size() && s[i + 1] == '^') {
            std::size_t j = i + 2;
            while (j < s.size() && j < i + 8 && s[j] != ']') ++j;
            if (j < s.size() && s[j] == ']' && j > i + 2) {
                copy_up_to(i);
                refs.push_back(s.substr(i + 2, j - i - 2));
                i = copied = j + 1;
                continue;
            }
        }
        if (digit(c) && (i == 0 || !digit(s[i - 1]))) {
            std::size_t j = i;
            while (j < s.size() && digit(s[j])) ++j;
            const std::size_t n = j - i;
            // " 1/ " after a word or punctuation.
            if (n <= 2 && i > 0 && s[i - 1] == ' ' && j < s.size() && s[j] == '/' &&
                (j + 1 == s.size() || s[j + 1] == ' ')) {
                copy_up_to(i);
                refs.push_back(s.substr(i, n));
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = copied = j + 1;
                continue;
            }
            // Glued: "2024,1", "79/7;1", "Nations1", "“Personnel”,1"
            if (n <= 2 && i > 0 && boundary_after(s, j) && known.count(s.substr(i, n))) {
                const char p = s[i - 1];
                bool glued = false;
                if (p == ',' || p == ';' || p == ':' || p == ')') glued = !(p == ',' && j < s.size() && digit(s[j]));
                else if (p == '.') glued = i >= 2 && (lower(s[i - 2]) || s[i - 2] == ')');
                else if (lower(p)) glued = i >= 3 && lower(s[i - 2]) && std::isalpha(static_cast<unsigned char>(s[i - 3]));
                else if (after_closing_quote(s, i)) glued = true;
                if (glued) {
                    copy_up_to(i);
                    refs.push_back(s.substr(i, n));
                    i = copied = j;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i = next_candidate(s, i + 1);
    }
    if (refs.size() == refs_before) return s;
    copy_up_to(s.size());
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
