// Scope findings: places, actors, tasks, quantities and qualifiers added or removed.
//
// Places and tasks added broaden, removed narrow. Actors are "changed": naming another actor
// can widen or shift responsibility, and the text alone does not say which. A lower number in
// a quantity (a troop ceiling) narrows, a higher one broadens. A limiting qualifier ("only",
// "exclusively") added narrows and removed broadens; a widening one ("including", "inter alia")
// the reverse.
#include "diff/classify_detail.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_set>

namespace resdiff::diff::detail {

namespace {

using List = std::vector<std::string>;

// Items of `a` whose key is not among `b`'s, in `a`'s order. Most items are spelled the same in
// both versions: those are found by their text (equal texts have equal keys) and no key is made.
// The keys of `b` are made once, on the first item spelled differently (a clause's task list
// can hold dozens of long items: keys made pair by pair cost a quadratic number of foldings).
List missing_from(const List& a, const List& b) {
    List out;
    if (a.empty()) return out;
    const std::unordered_set<std::string_view> texts(b.begin(), b.end());
    std::optional<std::unordered_set<std::string>> keys;
    for (const auto& x : a) {
        if (texts.count(x)) continue;
        if (!keys) {
            keys.emplace();
            keys->reserve(b.size());
            for (const auto& y : b) keys->insert(phrase_key(y));
        }
        if (!keys->count(phrase_key(x))) out.push_back(x);
    }
    return out;
}

enum class Lean { limiting, widening, neutral };

Lean lean_of(const std::string& qualifier) {
    static constexpr std::array<std::string_view, 8> limiting{
        "only", "exclusively", "solely", "strictly", "limited to", "exclusive", "sole", "except"};
    static constexpr std::array<std::string_view, 9> widening{
        "including", "inter alia", "in particular", "among others", "including but not limited to",
        "all", "any", "as well as", "notably"};
    const auto k = phrase_key(qualifier);
    if (std::find(limiting.begin(), limiting.end(), k) != limiting.end()) return Lean::limiting;
    if (std::find(widening.begin(), widening.end(), k) != widening.end()) return Lean::widening;
    return Lean::neutral;
}

// First number in a quantity, commas dropped: "19,626 uniformed personnel" → 19626.
std::optional<double> leading_number(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) return std::nullopt;
    double v = 0;
    bool frac = false;
    double scale = 0.1;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (frac) { v += (c - '0') * scale; scale /= 10; }
            else v = v * 10 + (c - '0');
        } else if (c == ',' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
            continue;
        } else if (c == '.' && !frac && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
            frac = true;
        } else {
            break;
        }
    }
    return v;
}

void list_findings(const List& olds, const List& news, const char* what, Direction on_add,
                   Direction on_remove, std::vector<Finding>& out) {
    for (const auto& x : missing_from(news, olds))
        out.push_back(make_finding(Category::scope, on_add, "", x,
                                   std::string(what) + " added: " + quote(x)));
    for (const auto& x : missing_from(olds, news))
        out.push_back(make_finding(Category::scope, on_remove, x, "",
                                   std::string(what) + " removed: " + quote(x)));
}

void quantity_findings(const List& olds, const List& news, std::vector<Finding>& out) {
    const List gone = missing_from(olds, news), came = missing_from(news, olds);
    const std::size_t paired = std::min(gone.size(), came.size());
    for (std::size_t i = 0; i < paired; ++i) {
        const auto a = leading_number(gone[i]), b = leading_number(came[i]);
        Direction d = Direction::changed;
        std::string verb = "changed";
        if (a && b && *a != *b) {
            d = *b > *a ? Direction::broadened : Direction::narrowed;
            verb = *b > *a ? "raised" : "lowered";
        }
        out.push_back(make_finding(Category::scope, d, gone[i], came[i],
                                   "quantity " + verb + " from " + quote(gone[i]) + " to " + quote(came[i])));
    }
    for (std::size_t i = paired; i < gone.size(); ++i)
        out.push_back(make_finding(Category::scope, Direction::changed, gone[i], "",
                                   "quantity removed: " + quote(gone[i])));
    for (std::size_t i = paired; i < came.size(); ++i)
        out.push_back(make_finding(Category::scope, Direction::changed, "", came[i],
                                   "quantity added: " + quote(came[i])));
}

void qualifier_findings(const List& olds, const List& news, std::vector<Finding>& out) {
    for (const auto& q : missing_from(news, olds)) {
        const Lean l = lean_of(q);
        const Direction d = l == Lean::limiting   ? Direction::narrowed
                            : l == Lean::widening ? Direction::broadened
                                                  : Direction::changed;
        out.push_back(make_finding(Category::scope, d, "", q,
                                   "scope " + std::string(to_string(d)) + " by adding " + quote(q)));
    }
    for (const auto& q : missing_from(olds, news)) {
        const Lean l = lean_of(q);
        const Direction d = l == Lean::limiting   ? Direction::broadened
                            : l == Lean::widening ? Direction::narrowed
                                                  : Direction::changed;
        out.push_back(make_finding(Category::scope, d, q, "",
                                   "scope " + std::string(to_string(d)) + " by removing " + quote(q)));
    }
}

}  // namespace

void compare_scope(const model::Clause* old_c, const model::Clause* new_c,
                   std::vector<Finding>& out) {
    if (!old_c || !new_c) return;  // added and removed clauses are classified as a whole
    const model::Scope& o = old_c->scope();
    const model::Scope& n = new_c->scope();
    list_findings(o.places, n.places, "place", Direction::broadened, Direction::narrowed, out);
    list_findings(o.tasks, n.tasks, "task", Direction::broadened, Direction::narrowed, out);
    list_findings(o.actors, n.actors, "actor", Direction::changed, Direction::changed, out);
    quantity_findings(o.quantities, n.quantities, out);
    qualifier_findings(o.qualifiers, n.qualifiers, out);
}

}  // namespace resdiff::diff::detail
