// The order of the versions of `resdiff history DIR`: date, then symbol (numbers compared as
// numbers, so that Rev.2 comes before Rev.10), then source name.
#include "history/history.hpp"

#include <algorithm>
#include <numeric>

namespace resdiff::history {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Absent values sort last.
int compare_optional(const std::optional<std::string>& a, const std::optional<std::string>& b, bool natural) {
    if (!a && !b) return 0;
    if (!a) return 1;
    if (!b) return -1;
    if (natural) return natural_compare(*a, *b);
    return a->compare(*b) < 0 ? -1 : (*a == *b ? 0 : 1);
}

}  // namespace

int natural_compare(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            std::size_t ie = i, je = j;
            while (ie < a.size() && is_digit(a[ie])) ++ie;
            while (je < b.size() && is_digit(b[je])) ++je;
            std::size_t is = i, js = j;  // skip leading zeros
            while (is + 1 < ie && a[is] == '0') ++is;
            while (js + 1 < je && b[js] == '0') ++js;
            if (ie - is != je - js) return ie - is < je - js ? -1 : 1;
            const int c = a.compare(is, ie - is, b, js, je - js);
            if (c != 0) return c < 0 ? -1 : 1;
            i = ie;
            j = je;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
        ++i;
        ++j;
    }
    if (i == a.size() && j == b.size()) return 0;
    return i == a.size() ? -1 : 1;
}

std::vector<std::size_t> version_order(const std::vector<const model::Document*>& docs) {
    std::vector<std::size_t> order(docs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const auto& a = *docs[x];
        const auto& b = *docs[y];
        if (const int c = compare_optional(a.metadata.date, b.metadata.date, false)) return c < 0;
        if (const int c = compare_optional(a.metadata.symbol, b.metadata.symbol, true)) return c < 0;
        return natural_compare(a.source, b.source) < 0;
    });
    return order;
}

}  // namespace resdiff::history
