#include "analyze/dates.hpp"

#include <array>
#include <string_view>

namespace resdiff::analyze {

namespace {

std::optional<int> small_int(std::string_view s, std::size_t max_digits) {
    if (s.empty() || s.size() > max_digits) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// "31", "31st", "1er" is not English; "2nd", "3rd", "4th".
std::optional<int> day_of(std::string_view lower) {
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
            lower.remove_suffix(suffix.size());
            break;
        }
    }
    auto d = small_int(lower, 2);
    if (!d || *d < 1 || *d > 31) return std::nullopt;
    return d;
}

std::optional<int> year_of(std::string_view lower) {
    auto y = small_int(lower, 4);
    if (!y || lower.size() != 4 || *y < 1900 || *y > 2199) return std::nullopt;
    return y;
}

std::string two(int v) {
    return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

std::string iso_date(int y, int m, int d) {
    return std::to_string(y) + "-" + two(m) + "-" + two(d);
}

}  // namespace

int month_number(std::string_view lower) {
    static constexpr std::array<std::string_view, 12> names = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (lower == names[k]) return static_cast<int>(k) + 1;
    }
    if (lower == "sept") return 9;
    // Abbreviations as printed in some drafts: "Jan", "Feb", ... (never "may" twice).
    if (lower.size() == 3) {
        for (std::size_t k = 0; k < names.size(); ++k) {
            if (names[k].substr(0, 3) == lower && k != 4) return static_cast<int>(k) + 1;
        }
    }
    return 0;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[(month - 1) % 12];
}

std::optional<DateMatch> read_date(WordSpan words, std::size_t i) {
    const std::size_t n = words.size();
    if (i >= n) return std::nullopt;
    // 31 May 2023
    if (auto d = day_of(words[i].lower); d && i + 2 < n) {
        const int m = month_number(words[i + 1].lower);
        std::size_t y_at = i + 2;
        if (m && words[y_at].text == "," && y_at + 1 < n) ++y_at;
        auto y = m ? year_of(words[y_at].lower) : std::nullopt;
        if (m && y && *d <= days_in_month(*y, m)) return DateMatch{iso_date(*y, m, *d), y_at - i + 1};
        return std::nullopt;
    }
    const int m = month_number(words[i].lower);
    if (!m || first_char(words[i].key) < 'A' || first_char(words[i].key) > 'Z') return std::nullopt;
    // May 31, 2023
    if (i + 1 < n) {
        if (auto d = day_of(words[i + 1].lower)) {
            std::size_t y_at = i + 2;
            if (y_at < n && words[y_at].text == ",") ++y_at;
            auto y = y_at < n ? year_of(words[y_at].lower) : std::nullopt;
            if (y && *d <= days_in_month(*y, m)) return DateMatch{iso_date(*y, m, *d), y_at - i + 1};
            return std::nullopt;
        }
        // December 2017
        if (auto y = year_of(words[i + 1].lower)) {
            return DateMatch{std::to_string(*y) + "-" + two(m), 2};
        }
    }
    return std::nullopt;
}

std::optional<DateMatch> read_end_of(WordSpan words, std::size_t i) {
    std::size_t j = i;
    if (word_is(words, j, "the")) ++j;
    if (!word_is(words, j, "end") || !word_is(words, j + 1, "of")) return std::nullopt;
    j += 2;
    if (j >= words.size()) return std::nullopt;
    if (auto y = year_of(words[j].lower)) return DateMatch{iso_date(*y, 12, 31), j - i + 1};
    const int m = month_number(words[j].lower);
    if (m && j + 1 < words.size()) {
        if (auto y = year_of(words[j + 1].lower)) {
            return DateMatch{iso_date(*y, m, days_in_month(*y, m)), j - i + 2};
        }
    }
    return std::nullopt;
}

std::optional<DateMatch> read_year(WordSpan words, std::size_t i) {
    if (i >= words.size()) return std::nullopt;
    auto y = year_of(words[i].lower);
    if (!y) return std::nullopt;
    if (i + 1 < words.size() && (words[i + 1].number || words[i + 1].text == "(")) {
        return std::nullopt;
    }
    return DateMatch{std::to_string(*y), 1};
}

}  // namespace resdiff::analyze
