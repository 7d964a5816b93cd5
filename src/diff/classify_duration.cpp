// Duration findings: end dates, periods, deadlines, reporting intervals, compared as values.
//
// Direction: a later end date, a longer period or a later deadline is "extended"; the reverse
// "shortened". A reporting interval that changes is "changed", not extended or shortened:
// reporting every 180 instead of 90 days gives the mandate no more time, and whether less
// frequent reporting is laxer is a political reading we leave to the delegate. A switch between
// kinds (end date ↔ period) or a time limit added or removed is "changed" too.
#include "diff/classify_detail.hpp"

#include <cctype>
#include <optional>

namespace resdiff::diff::detail {

namespace {

struct IsoPeriod {
    long years = 0, months = 0, weeks = 0, days = 0;
    double approx_days() const {
        return static_cast<double>(years) * 365.25 + static_cast<double>(months) * 30.44 +
               static_cast<double>(weeks) * 7.0 + static_cast<double>(days);
    }
};

// PnYnMnWnD (time parts are not used in resolutions).
std::optional<IsoPeriod> parse_period(std::string_view s) {
    if (s.size() < 3 || s[0] != 'P') return std::nullopt;
    IsoPeriod p;
    long value = -1;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = (value < 0 ? 0 : value) * 10 + (c - '0');
            continue;
        }
        if (value < 0) return std::nullopt;
        switch (c) {
        case 'Y': p.years = value; break;
        case 'M': p.months = value; break;
        case 'W': p.weeks = value; break;
        case 'D': p.days = value; break;
        default: return std::nullopt;
        }
        value = -1;
    }
    if (value >= 0) return std::nullopt;
    return p;
}

std::string plural(long n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

std::string human_period(std::string_view iso) {
    const auto p = parse_period(iso);
    if (!p) return std::string(iso);
    std::string out;
    auto add = [&](long n, const char* unit) {
        if (n == 0) return;
        if (!out.empty()) out += " and ";
        out += plural(n, unit);
    };
    add(p->years, "year");
    add(p->months, "month");
    add(p->weeks, "week");
    add(p->days, "day");
    return out.empty() ? std::string(iso) : out;
}

// The value a delegate reads: the date, or "a period of 2 years", or the words as printed.
std::string value_of(const model::Duration& d) {
    if (d.until) return *d.until;
    if (d.period) return (d.role == model::DurationRole::interval ? "every " : "a period of ") + human_period(*d.period);
    return quote(d.text);
}

std::string subject(model::DurationRole role, bool mandate) {
    switch (role) {
    case model::DurationRole::until: return mandate ? "mandate end" : "end date";
    case model::DurationRole::period: return mandate ? "mandate period" : "period";
    case model::DurationRole::deadline: return "deadline";
    case model::DurationRole::interval: return "reporting interval";
    }
    return "time limit";
}

// <0 earlier/shorter, >0 later/longer, 0 equal, nullopt not comparable.
std::optional<int> order(const model::Duration& o, const model::Duration& n) {
    if (o.until && n.until) return o.until < n.until ? 1 : (*n.until < *o.until ? -1 : 0);
    if (o.period && n.period) {
        const auto po = parse_period(*o.period), pn = parse_period(*n.period);
        if (!po || !pn) return *o.period == *n.period ? std::optional<int>(0) : std::nullopt;
        const double a = po->approx_days(), b = pn->approx_days();
        return a < b ? 1 : (b < a ? -1 : 0);
    }
    if (!o.until && !o.period && !n.until && !n.period)
        return phrase_key(o.text) == phrase_key(n.text) ? std::optional<int>(0) : std::nullopt;
    return std::nullopt;
}

void compare_pair(const model::Duration& o, const model::Duration& n, bool mandate,
                  std::vector<Finding>& out) {
    const auto ord = order(o, n);
    if (ord && *ord == 0) return;
    Direction dir = Direction::changed;
    if (ord && o.role == n.role && o.role != model::DurationRole::interval)
        dir = *ord > 0 ? Direction::extended : Direction::shortened;
    const std::string verb = dir == Direction::extended    ? "extended"
                             : dir == Direction::shortened ? "shortened"
                                                           : "changed";
    out.push_back(make_finding(Category::duration, dir, o.text, n.text,
                               subject(o.role == n.role ? n.role : model::DurationRole::until, mandate) +
                                   " " + verb + " from " + value_of(o) + " to " + value_of(n)));
}

}  // namespace

void compare_durations(const model::Clause* old_c, const model::Clause* new_c, bool mandate,
                       std::vector<Finding>& out) {
    static const std::vector<model::Duration> none;
    const auto& olds = old_c ? old_c->durations() : none;
    const auto& news = new_c ? new_c->durations() : none;
    std::vector<bool> old_used(olds.size(), false), new_used(news.size(), false);
    // Same role first, in order; then leftovers of different roles, in order.
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < olds.size(); ++i) {
            if (old_used[i]) continue;
            for (std::size_t j = 0; j < news.size(); ++j) {
                if (new_used[j] || (pass == 0 && olds[i].role != news[j].role)) continue;
                old_used[i] = new_used[j] = true;
                compare_pair(olds[i], news[j], mandate, out);
                break;
            }
        }
    }
    for (std::size_t i = 0; i < olds.size(); ++i)
        if (!old_used[i])
            out.push_back(make_finding(Category::duration, Direction::changed, olds[i].text, "",
                                       subject(olds[i].role, mandate) + " " + value_of(olds[i]) + " removed"));
    for (std::size_t j = 0; j < news.size(); ++j)
        if (!new_used[j])
            out.push_back(make_finding(Category::duration, Direction::changed, "", news[j].text,
                                       subject(news[j].role, mandate) + " " + value_of(news[j]) + " added"));
}

}  // namespace resdiff::diff::detail
