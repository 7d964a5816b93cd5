#include "parse/sub_labels.hpp"

#include <string_view>
#include <utility>

namespace resdiff::parse {

namespace {

int roman_digit(char c) {
    switch (c) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    default: return 0;
    }
}

std::optional<int> roman_value(std::string_view s) {
    if (s.empty() || s.size() > 8) return std::nullopt;
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int v = roman_digit(s[i]);
        if (v == 0) return std::nullopt;
        const int next = i + 1 < s.size() ? roman_digit(s[i + 1]) : 0;
        total += next > v ? -v : v;
    }
    // Reject non-canonical forms ("iiii", "vv") by re-encoding, compared as it is written
    // (no string built: every sub-paragraph label is tried as a roman numeral).
    static constexpr std::pair<int, std::string_view> table[] = {
        {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
    std::string_view unread = s;
    int rest = total;
    for (const auto& [v, sym] : table)
        while (rest >= v) {
            if (unread.substr(0, sym.size()) != sym) return std::nullopt;
            unread.remove_prefix(sym.size());
            rest -= v;
        }
    if (!unread.empty()) return std::nullopt;
    return total;
}

// a=1 … z=26, aa=27 … zz=52, aaa=53 …
std::optional<int> alpha_value(std::string_view s, char first, char last) {
    if (s.empty() || s.size() > 3) return std::nullopt;
    for (char c : s)
        if (c != s[0] || c < first || c > last) return std::nullopt;
    return static_cast<int>(s[0] - first) + 1 + 26 * static_cast<int>(s.size() - 1);
}

}  // namespace

std::optional<int> label_value(LabelSeries series, std::string_view label) {
    switch (series) {
    case LabelSeries::alpha: return alpha_value(label, 'a', 'z');
    case LabelSeries::upper: return alpha_value(label, 'A', 'Z');
    case LabelSeries::roman: return roman_value(label);
    case LabelSeries::digit: {
        if (label.empty() || label.size() > 3) return std::nullopt;
        int v = 0;
        for (char c : label) {
            if (c < '0' || c > '9') return std::nullopt;
            v = v * 10 + (c - '0');
        }
        return v;
    }
    }
    return std::nullopt;
}

std::optional<LabelSeries> opening_series(std::string_view label) {
    if (label == "a") return LabelSeries::alpha;
    if (label == "i") return LabelSeries::roman;
    if (label == "1") return LabelSeries::digit;
    if (label == "A") return LabelSeries::upper;
    return std::nullopt;
}

std::optional<LabelSeries> natural_series(std::string_view label) {
    for (auto s : {LabelSeries::alpha, LabelSeries::roman, LabelSeries::digit, LabelSeries::upper})
        if (label_value(s, label)) return s;
    return std::nullopt;
}

}  // namespace resdiff::parse
