#include "render/akn_inline.hpp"

#include "render/akn_xml.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace resdiff::render::detail {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Number of consecutive digits at `i` (at most `max`; 0 when more follow).
std::size_t digits_at(std::string_view s, std::size_t i, std::size_t max) {
    std::size_t n = 0;
    while (i + n < s.size() && is_digit(s[i + n])) ++n;
    return n <= max ? n : 0;
}

// A blank at `i` (space or U+00A0): its length, else 0.
std::size_t blank_at(std::string_view s, std::size_t i) {
    if (i < s.size() && s[i] == ' ') return 1;
    if (i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') return 2;
    return 0;
}

// A month name starting at `i` and ending at a word boundary: its length, else 0.
std::size_t month_at(std::string_view s, std::size_t i) {
    for (auto m : kMonths)
        if (s.compare(i, m.size(), m) == 0 && (i + m.size() == s.size() || !is_alnum(s[i + m.size()])))
            return m.size();
    return 0;
}

// A year (four digits, not followed by another digit) at `i`: 4, else 0.
std::size_t year_at(std::string_view s, std::size_t i) { return digits_at(s, i, 4) == 4 ? 4 : 0; }

// "31 May 2023", "May 31, 2023" or "May 2023" starting at `i`: its length, else 0.
std::size_t date_at(std::string_view s, std::size_t i) {
    if (i > 0 && is_alnum(s[i - 1])) return 0;
    std::size_t p = i;
    if (const std::size_t d = digits_at(s, p, 2)) {  // 31 May 2023
        p += d;
        const std::size_t b = blank_at(s, p);
        if (!b) return 0;
        p += b;
        const std::size_t m = month_at(s, p);
        if (!m) return 0;
        p += m;
        const std::size_t b2 = blank_at(s, p);
        if (!b2) return 0;
        p += b2;
        const std::size_t y = year_at(s, p);
        return y ? p + y - i : 0;
    }
    const std::size_t m = month_at(s, p);
    if (!m) return 0;
    p += m;
    const std::size_t b = blank_at(s, p);
    if (!b) return 0;
    p += b;
    if (const std::size_t y = year_at(s, p)) return p + y - i;  // May 2023
    const std::size_t d = digits_at(s, p, 2);                   // May 31, 2023
    if (!d || p + d >= s.size() || s[p + d] != ',') return 0;
    p += d + 1;
    const std::size_t b2 = blank_at(s, p);
    if (!b2) return 0;
    p += b2;
    const std::size_t y = year_at(s, p);
    return y ? p + y - i : 0;
}

// Citations "resolution 1590 (2005)", "resolutions 1590 (2005), 1627 (2005) and 1663 (2006)":
// one span per "NUMBER (YEAR)".
void resolution_refs(std::string_view t, std::vector<InlineSpan>& out) {
    for (std::size_t at = t.find("esolution"); at != std::string_view::npos; at = t.find("esolution", at + 1)) {
        if (at == 0 || (t[at - 1] != 'r' && t[at - 1] != 'R')) continue;
        if (at >= 2 && is_alnum(t[at - 2])) continue;
        std::size_t p = at + 9;
        if (p < t.size() && t[p] == 's') ++p;
        for (;;) {
            const std::size_t b = blank_at(t, p);
            if (!b) break;
            const std::size_t start = p + b;
            const std::size_t n = digits_at(t, start, 4);
            if (!n) break;
            std::size_t q = start + n;
            const std::size_t b2 = blank_at(t, q);
            if (!b2 || q + b2 >= t.size() || t[q + b2] != '(') break;
            q += b2 + 1;
            if (!year_at(t, q) || q + 4 >= t.size() || t[q + 4] != ')') break;
            const std::string_view number = t.substr(start, n);
            const std::string_view year = t.substr(q, 4);
            const std::size_t end = q + 5;
            out.push_back({start, end, "<ref href=\"" + escape_xml(sc_resolution_iri(number, year)) + "\">", "</ref>"});
            // A list goes on with ", ", " and " or ", and " before the next number.
            p = end;
            std::size_t sep = 0;
            for (std::string_view s : {std::string_view(", and"), std::string_view(","), std::string_view(" and")})
                if (t.compare(p, s.size(), s) == 0) {
                    sep = s.size();
                    break;
                }
            if (!sep) break;
            p += sep;
        }
    }
}

}  // namespace

std::pair<std::size_t, std::size_t> find_printed_date(std::string_view duration_text) {
    for (std::size_t i = 0; i < duration_text.size(); ++i)
        if (const std::size_t n = date_at(duration_text, i)) return {i, n};
    return {std::string_view::npos, 0};
}

std::string sc_resolution_iri(std::string_view number, std::string_view year) {
    std::string n(number);
    n.erase(0, std::min(n.find_first_not_of('0'), n.size() - 1));
    return "/akn/un/statement/deliberation/unsc/" + std::string(year) + "/" + n;
}

std::vector<InlineSpan> inline_spans(const model::Clause& c, bool invokes_chapter_vii) {
    const std::string_view t = c.text;
    std::vector<InlineSpan> spans;
    // Dates that end a period: the printed date inside the duration's printed words.
    for (const model::Duration& d : c.durations()) {
        if (!d.until || d.text.empty()) continue;
        const auto [off, len] = find_printed_date(d.text);
        if (off == std::string_view::npos) continue;
        for (std::size_t at = t.find(d.text); at != std::string_view::npos; at = t.find(d.text, at + 1)) {
            const std::size_t b = at + off, e = b + len;
            const bool taken = std::any_of(spans.begin(), spans.end(),
                                           [&](const InlineSpan& s) { return s.begin < e && b < s.end; });
            if (taken) continue;
            spans.push_back({b, e, "<date date=\"" + escape_xml(*d.until) + "\">", "</date>"});
            break;
        }
    }
    resolution_refs(t, spans);
    if (invokes_chapter_vii) {
        constexpr std::string_view kChapter = "Chapter VII";
        for (std::size_t at = t.find(kChapter); at != std::string_view::npos; at = t.find(kChapter, at + 1)) {
            const std::size_t e = at + kChapter.size();
            if (e < t.size() && is_alnum(t[e])) continue;  // Chapter VIII
            spans.push_back({at, e, "<concept refersTo=\"#chapterVII\">", "</concept>"});
            break;
        }
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const InlineSpan& a, const InlineSpan& b) { return a.begin < b.begin; });
    std::vector<InlineSpan> kept;
    for (auto& s : spans)
        if (kept.empty() || kept.back().end <= s.begin) kept.push_back(std::move(s));
    return kept;
}

std::string marked_text(std::string_view text, const std::vector<InlineSpan>& spans) {
    std::string out;
    std::size_t at = 0;
    for (const InlineSpan& s : spans) {
        if (s.begin < at || s.end > text.size() || s.begin >= s.end) continue;
        out += escape_xml(text.substr(at, s.begin - at));
        out += s.open;
        out += escape_xml(text.substr(s.begin, s.end - s.begin));
        out += s.close;
        at = s.end;
    }
    out += escape_xml(text.substr(at));
    return out;
}

}  // namespace resdiff::render::detail
