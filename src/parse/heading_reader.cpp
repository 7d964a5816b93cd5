#include "parse/heading_reader.hpp"

#include "grammar/heading.hpp"

#include "text/fold.hpp"

#include <array>
#include <cctype>
#include <cstdio>
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
template <class Rule>
std::string_view search(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
        pegtl::memory_input<pegtl::tracking_mode::lazy> in(s.data() + i, s.size() - i, "");
        if (pegtl::parse<Rule>(in)) return s.substr(i, static_cast<std::size_t>(in.current() - (s.data() + i)));
    }
    return {};
}

int month_number(std::string_view m) {
    static constexpr std::array<std::string_view, 12> months = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    for (std::size_t i = 0; i < months.size(); ++i)
        if (months[i] == m) return static_cast<int>(i) + 1;
    return 0;
}

}  // namespace

std::string iso_date(std::string_view text) {
    const std::string folded = text::collapse_spaces(text::fold_typography(text));
    const std::string_view d = search<g::date>(folded);
    if (d.empty()) return {};
    // d = "<day> <Month> <year>"
    const std::size_t s1 = d.find(' ');
    const std::size_t s2 = d.rfind(' ');
    const int day = std::stoi(std::string(d.substr(0, s1)));
    const int month = month_number(d.substr(s1 + 1, s2 - s1 - 1));
    const std::string y(d.substr(s2 + 1));
    if (day < 1 || day > 31 || month == 0) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), month, day);
    return buf;
}

std::string find_symbol(std::string_view text) {
    return std::string(search<g::symbol>(text));
}

void read_heading(const std::vector<std::string_view>& raw_lines, model::Metadata& meta) {
    // Dates of the adoption line may wrap: "Adopted ... at its 5670th meeting, on" / "30 April
    // 2007". Join the heading into one string for the date searches that need it.
    std::vector<std::string> lines;
    for (auto l : raw_lines) {
        std::string s = text::collapse_spaces(text::fold_typography(l));
        if (!s.empty() && s.front() == '"') s.erase(0, 1);  // press-release quote
        if (!s.empty()) lines.push_back(std::move(s));
    }
    std::string distr_date;
    std::string ga_number;  // "80/1" from a General Assembly resolution's title line
    bool adopted = false;   // "Resolution adopted by the General Assembly on …"
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        const std::string next = i + 1 < lines.size() ? lines[i + 1] : std::string();
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
            const std::string_view n = search<g::num>(l);
            const std::string_view y = search<g::year_paren>(l);
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
            if (iso_date(joined).empty() && i + 1 < lines.size()) joined += " " + next;
            meta.adoption = joined;
            if (auto d = iso_date(joined); !d.empty()) meta.date = d;
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
        if (!search<g::draft_words>(l).empty() &&
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
