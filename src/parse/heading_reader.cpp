#include "parse/heading_reader.hpp"

#include "grammar/heading.hpp"

#include "text/fold.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <tao/pegtl.hpp>

namespace resdiff::parse {

namespace pegtl = tao::pegtl;
namespace g = resdiff::grammar;

namespace {

template <class Rule>
bool matches(std::string_view s) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(s.data(), s.size(), "");
    return pegtl::parse<pegtl::seq<Rule, g::blanks, pegtl::eof>>(in);
}

// Finds the first match of Rule anywhere in s; returns it or empty. Linear in practice:
// Rule starts with a literal or digit, so most positions fail on the first byte.
// `can_start(c)` holds for every byte a match of Rule can start with: no parse is even
// tried at other positions.
template <class Rule, class CanStart>
std::string_view search(std::string_view s, CanStart can_start) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!can_start(s[i])) continue;
        if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
        pegtl::memory_input<pegtl::tracking_mode::lazy> in(s.data() + i, s.size() - i, "");
        if (pegtl::parse<Rule>(in)) return s.substr(i, static_cast<std::size_t>(in.current() - (s.data() + i)));
    }
    return {};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }  // g::date and g::num open with a digit

int month_number(std::string_view m) {
    static constexpr std::array<std::string_view, 12> months = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    for (std::size_t i = 0; i < months.size(); ++i)
        if (months[i] == m) return static_cast<int>(i) + 1;
    return 0;
}

// collapse_spaces(fold_typography(s)) == s: ASCII, single blanks between words. Most lines
// are, and then need neither of the two copies.
bool folded_already(std::string_view s) {
    if (!text::folds_to_itself(s)) return false;
    if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
    return s.find("  ") == std::string_view::npos;
}

std::string fold_and_collapse(std::string_view s) {
    if (folded_already(s)) return std::string(s);
    return text::collapse_spaces(text::fold_typography(s));
}

void append_two_digits(std::string& out, int v) {
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
}

}  // namespace

std::string iso_date(std::string_view text) {
    if (std::none_of(text.begin(), text.end(), is_digit)) return {};  // no day, no date: skip the folding
    std::string storage;
    std::string_view folded = text;
    if (!folded_already(text)) folded = storage = text::collapse_spaces(text::fold_typography(text));
    const std::string_view d = search<g::date>(folded, is_digit);
    if (d.empty()) return {};
    // d = "<day> <Month> <year>": one or two digits, a month name, four digits
    const std::size_t s1 = d.find(' ');
    const std::size_t s2 = d.rfind(' ');
    int day = 0;
    for (const char c : d.substr(0, s1)) day = day * 10 + (c - '0');
    const int month = month_number(d.substr(s1 + 1, s2 - s1 - 1));
    if (day < 1 || day > 31 || month == 0) return {};
    std::string iso(d.substr(s2 + 1));
    iso += '-';
    append_two_digits(iso, month);
    iso += '-';
    append_two_digits(iso, day);
    return iso;
}

std::string find_symbol(std::string_view text) {
    return std::string(search<g::symbol>(text, [](char c) { return c == 'S' || c == 'A'; }));  // "S/…", "A/…"
}

void read_heading(const std::vector<std::string_view>& raw_lines, model::Metadata& meta) {
    // Dates of the adoption line may wrap: "Adopted ... at its 5670th meeting, on" / "30 April
    // 2007". Join the heading into one string for the date searches that need it.
    std::vector<std::string> lines;
    for (auto l : raw_lines) {
        std::string s = fold_and_collapse(l);
        if (!s.empty() && s.front() == '"') s.erase(0, 1);  // press-release quote
        if (!s.empty()) lines.push_back(std::move(s));
    }
    std::string distr_date;
    std::string ga_number;  // "80/1" from a General Assembly resolution's title line
    bool adopted = false;   // "Resolution adopted by the General Assembly on …"
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        static const std::string none;
        const std::string& next = i + 1 < lines.size() ? lines[i + 1] : none;
        if (!meta.organ) {
            if (l.find("Security Council") != std::string::npos) meta.organ = "Security Council";
            else if (l.find("General Assembly") != std::string::npos) meta.organ = "General Assembly";
        }
        if (!meta.symbol) {
            if (auto sym = find_symbol(l); !sym.empty()) meta.symbol = sym;
        }
        if (matches<g::resolution_heading>(l) || matches<g::yearbook_heading>(l) ||
            l.rfind("The full text of resolution", 0) == 0) {
            // "Resolution 1755 (2007)" names a Security Council resolution unless told otherwise.
            const std::string_view n = search<g::num>(l, is_digit);
            const std::string_view y = search<g::year_paren>(l, [](char c) { return c == '('; });
            if (!n.empty() && !y.empty() &&
                (!meta.symbol || meta.symbol->find("/RES/") == std::string::npos))
                meta.symbol = "S/RES/" + std::string(n) + " " + std::string(y);
            if (!meta.organ) meta.organ = "Security Council";
            if (auto d = iso_date(l); !d.empty()) meta.date = d;
            else if (next.rfind("of ", 0) == 0) {
                if (auto d2 = iso_date(next); !d2.empty()) meta.date = d2;
            }
        }
        if (matches<g::adoption_line>(l) || matches<g::ga_adoption_line>(l)) {
            std::string joined = l;
            std::string d = iso_date(joined);  // looked for once per text, not twice
            if (d.empty() && i + 1 < lines.size()) {
                joined += " " + next;
                d = iso_date(joined);
            }
            meta.adoption = joined;
            if (!d.empty()) meta.date = d;
            if (!meta.organ) {
                if (joined.find("Security Council") != std::string::npos) meta.organ = "Security Council";
                else if (joined.find("General Assembly") != std::string::npos) meta.organ = "General Assembly";
            }
        }
        if (l.find("Distr.") != std::string::npos) {
            if (auto d = iso_date(l); !d.empty()) distr_date = d;
            else if (auto d2 = iso_date(next); !d2.empty()) distr_date = d2;
            if (l.find("Limited") != std::string::npos) meta.draft = true;
        }
        if (!search<g::draft_words>(l, [](char c) { return c == 'd' || c == 'D'; }).empty() &&
            (l.find(':') != std::string::npos || l.size() < 24)) {
            meta.draft = true;
            meta.sponsors = l;
            // The title follows the sponsor line in a draft.
            if (!meta.title && i + 1 < lines.size() && !matches<g::enacting_formula>(next)) meta.title = next;
        }
        if (matches<g::ga_title_line>(l)) {
            // "80/1. Participation by …": the General Assembly resolution's own number.
            const auto dot = l.find(". ");
            if (!meta.title) meta.title = l.substr(dot + 2);
            ga_number = l.substr(0, dot);
        }
        if (matches<g::ga_adoption_line>(l)) adopted = true;
    }
    if (!ga_number.empty() && (adopted || !meta.symbol || meta.symbol->find("/RES/") == std::string::npos)) {
        // The draft's symbol in "[without reference to a Main Committee (A/80/L.2/Rev.1)]"
        // is not this text's symbol.
        meta.symbol = "A/RES/" + ga_number;
        meta.organ = "General Assembly";
    }
    if (!meta.date && !distr_date.empty()) meta.date = distr_date;
    if (meta.symbol && meta.symbol->find("/L.") != std::string::npos) meta.draft = true;
    if (adopted || (meta.symbol && meta.symbol->find("/RES/") != std::string::npos)) meta.draft = false;
    if (meta.symbol && meta.symbol->rfind("S/RES/", 0) == 0 && !meta.organ) meta.organ = "Security Council";
    if (meta.symbol && meta.symbol->rfind("A/", 0) == 0 && !meta.organ) meta.organ = "General Assembly";
}

}  // namespace resdiff::parse
