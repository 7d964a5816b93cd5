#include "diff/word_diff.hpp"

#include "text/fold.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>

namespace resdiff::diff {

namespace {


// One stretch of the script: equal when both ranges hold the same keys.
struct Segment {
    bool equal = false;
    std::size_t a_begin = 0, a_end = 0, b_begin = 0, b_end = 0;
};

// Beyond this many differences Myers' trace gets large; the middle becomes one replacement.
constexpr std::size_t max_edit_distance = 4000;
// Work budget of one Myers run (diagonals visited, trace cells kept and token comparisons in
// snakes): two long clauses with little in common would otherwise cost O((N+M)·D) time and
// O(D²) memory. Beyond it the middle becomes one replacement too. 16M units ≈ 64 MB of trace
// at most and some tens of milliseconds; no clause of a real resolution comes near.
constexpr std::size_t max_myers_work = 16'000'000;

// The templates below take a std::vector<text::Token> or CompareTokens: t[i] has text, spaces,
// key and kind (for CompareTokens a view made on access, of which the compiler keeps only what
// is read), and t.size().

// Key comparison in the hot loops: CompareTokens' bases read once per run.
struct TokenKeys {
    const std::vector<text::Token>& t;
    bool equal(std::size_t i, const TokenKeys& o, std::size_t j) const { return t[i].key == o.t[j].key; }
};
TokenKeys keys_of(const std::vector<text::Token>& t) { return {t}; }
CompareTokens::Keys keys_of(const CompareTokens& t) { return t.keys(); }

// Myers' greedy forward algorithm with the V array of every step kept (O(D²) memory) for the
// backtrack. Returns one op per token: 0 equal, 1 delete (a), 2 insert (b), in order.
template <class Tokens>
std::vector<int> myers(const Tokens& a, std::size_t a0, std::size_t a1, const Tokens& b,
                       std::size_t b0, std::size_t b1) {
    const auto n = static_cast<std::ptrdiff_t>(a1 - a0), m = static_cast<std::ptrdiff_t>(b1 - b0);
    const std::ptrdiff_t max = n + m;
    const auto ka = keys_of(a), kb = keys_of(b);
    auto same = [&](std::ptrdiff_t x, std::ptrdiff_t y) {
        return ka.equal(a0 + static_cast<std::size_t>(x), kb, b0 + static_cast<std::size_t>(y));
    };
    std::ptrdiff_t found_d = -1;
    // trace[d² + k + d] = V[k] after step d (step d keeps 2d+1 cells: steps 0..d-1 fill d²).
    // Kept by the thread from one clause pair to the next: a growing trace is otherwise fresh
    // memory for every pair, page-faulted in each time. One of over 4 MB is let go after use.
    thread_local std::vector<std::int32_t> trace;
    trace.clear();
    struct Trim {
        std::vector<std::int32_t>& kept;
        ~Trim() {
            if (kept.capacity() > (std::size_t{1} << 20)) std::vector<std::int32_t>().swap(kept);
        }
    } trim{trace};
    if (max < INT32_MAX) {
        std::vector<std::ptrdiff_t> v(static_cast<std::size_t>(2 * max + 3), 0);
        auto V = [&](std::ptrdiff_t k) -> std::ptrdiff_t& { return v[static_cast<std::size_t>(k + max + 1)]; };
        std::size_t work = 0;
        for (std::ptrdiff_t d = 0; d <= max; ++d) {
            if (static_cast<std::size_t>(d) > max_edit_distance) break;
            work += 2 * static_cast<std::size_t>(d) + 1;
            for (std::ptrdiff_t k = -d; k <= d; k += 2) {
                std::ptrdiff_t x = (k == -d || (k != d && V(k - 1) < V(k + 1))) ? V(k + 1) : V(k - 1) + 1;
                std::ptrdiff_t y = x - k;
                const std::ptrdiff_t x0 = x;
                while (x < n && y < m && same(x, y)) { ++x; ++y; }
                work += static_cast<std::size_t>(x - x0);
                V(k) = x;
                if (x >= n && y >= m) found_d = d;
            }
            if (work > max_myers_work) {
                found_d = -1;
                break;
            }
            trace.insert(trace.end(), v.begin() + (max + 1 - d), v.begin() + (max + 1 + d + 1));
            if (found_d >= 0) break;
        }
    }
    std::vector<int> ops;
    if (found_d < 0) {  // too different: replace the whole middle
        ops.assign(static_cast<std::size_t>(n), 1);
        ops.insert(ops.end(), static_cast<std::size_t>(m), 2);
        return ops;
    }
    std::ptrdiff_t x = n, y = m;
    for (std::ptrdiff_t d = found_d; d > 0; --d) {
        const std::size_t prev = static_cast<std::size_t>((d - 1) * (d - 1));
        auto P = [&](std::ptrdiff_t k) -> std::ptrdiff_t { return trace[prev + static_cast<std::size_t>(k + d - 1)]; };
        const std::ptrdiff_t k = x - y;
        const bool down = (k == -d || (k != d && P(k - 1) < P(k + 1)));
        const std::ptrdiff_t pk = down ? k + 1 : k - 1;
        const std::ptrdiff_t px = P(pk), py = px - pk;
        // The single move lands at (px, py+1) or (px+1, py); a diagonal run leads on to (x, y).
        const std::ptrdiff_t mx = down ? px : px + 1, my = down ? py + 1 : py;
        while (x > mx && y > my) {
            ops.push_back(0);
            --x;
            --y;
        }
        ops.push_back(down ? 2 : 1);
        x = px;
        y = py;
    }
    while (x > 0 && y > 0) { ops.push_back(0); --x; --y; }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

template <class Tokens>
std::vector<Segment> segments(const Tokens& a, const Tokens& b) {
    const auto ka = keys_of(a), kb = keys_of(b);
    std::size_t pre = 0;
    while (pre < a.size() && pre < b.size() && ka.equal(pre, kb, pre)) ++pre;
    std::size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && ka.equal(a.size() - 1 - suf, kb, b.size() - 1 - suf))
        ++suf;
    std::vector<int> ops(pre, 0);
    const auto mid = myers(a, pre, a.size() - suf, b, pre, b.size() - suf);
    ops.insert(ops.end(), mid.begin(), mid.end());
    ops.insert(ops.end(), suf, 0);

    std::vector<Segment> out;
    std::size_t i = 0, j = 0;
    for (int op : ops) {
        const bool eq = op == 0;
        if (out.empty() || out.back().equal != eq) out.push_back({eq, i, i, j, j});
        if (op != 2) out.back().a_end = ++i;
        if (op != 1) out.back().b_end = ++j;
    }
    return out;
}

bool is_month(std::string_view k) {
    static constexpr std::array<std::string_view, 12> months{
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    return std::find(months.begin(), months.end(), k) != months.end();
}

// A month name, or a number next to one ("31 March 2019"): other numbers are not dates.
template <class Tokens>
bool date_part(const Tokens& t, std::size_t i) {
    if (is_month(t[i].key)) return true;
    if (t[i].kind != text::TokenKind::number) return false;
    return (i > 0 && is_month(t[i - 1].key)) || (i + 1 < t.size() && is_month(t[i + 1].key));
}

template <class Tokens>
bool weak_run(const Tokens& b, const Segment& s) {
    if (s.b_end - s.b_begin <= 2) return true;
    for (std::size_t i = s.b_begin; i < s.b_end; ++i)
        if (b[i].kind != text::TokenKind::punct && !is_stop_word(text::ascii_lower(b[i].key))) return false;
    return true;
}

Segment join(const Segment& x, const Segment& y) { return {false, x.a_begin, y.a_end, x.b_begin, y.b_end}; }

// Absorb weak equal runs between changes: "until 31 December 2027" → "for an initial period of
// two years" is one replacement, not five fragments around a shared "of".
template <class Tokens>
std::vector<Segment> merge_weak_equals(const std::vector<Segment>& in, const Tokens& b) {
    std::vector<Segment> out;
    for (const auto& s : in) {
        if (!s.equal && out.size() >= 2 && out.back().equal && !out[out.size() - 2].equal &&
            weak_run(b, out.back())) {
            out.pop_back();
            out.back() = join(out.back(), s);
            continue;
        }
        if (!out.empty() && out.back().equal == s.equal) {
            out.back() = s.equal ? Segment{true, out.back().a_begin, s.a_end, out.back().b_begin, s.b_end}
                                 : join(out.back(), s);
            continue;
        }
        out.push_back(s);
    }
    return out;
}

// A change that touches a date takes the whole date: "31 March 2019" → "31 March 2020", not
// just the year.
template <class Tokens>
void widen_dates(std::vector<Segment>& segs, const Tokens& a, const Tokens& b) {
    auto has_date_part = [&](const Segment& s) {
        for (std::size_t i = s.a_begin; i < s.a_end; ++i) if (date_part(a, i)) return true;
        for (std::size_t i = s.b_begin; i < s.b_end; ++i) if (date_part(b, i)) return true;
        return false;
    };
    for (std::size_t i = 0; i < segs.size(); ++i) {
        if (segs[i].equal || !has_date_part(segs[i])) continue;
        if (i > 0 && segs[i - 1].equal) {
            auto& e = segs[i - 1];
            while (e.b_end > e.b_begin && date_part(b, e.b_end - 1)) {
                --e.a_end; --e.b_end; --segs[i].a_begin; --segs[i].b_begin;
            }
        }
        if (i + 1 < segs.size() && segs[i + 1].equal) {
            auto& e = segs[i + 1];
            while (e.b_end > e.b_begin && date_part(b, e.b_begin)) {
                ++e.a_begin; ++e.b_begin; ++segs[i].a_end; ++segs[i].b_end;
            }
        }
    }
    segs.erase(std::remove_if(segs.begin(), segs.end(),
                              [](const Segment& s) { return s.equal && s.b_begin == s.b_end; }),
               segs.end());
}

template <class Tokens>
std::string spell(const Tokens& t, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        out.append(t[i].text);
        out.append(t[i].spaces);
    }
    return out;
}

void push(std::vector<Edit>& out, EditOp op, std::string text) {
    if (text.empty()) return;
    if (!out.empty() && out.back().op == op) {
        out.back().text += text;
        return;
    }
    Edit e;
    e.op = op;
    e.text = std::move(text);
    out.push_back(std::move(e));
}

std::string_view trailing_blanks(std::string_view s) {
    std::size_t n = s.size();
    while (n > 0 && text::is_space(s[n - 1])) --n;
    return s.substr(n);
}

bool is_stop_word_key(std::string_view key);

// A pure deletion or insertion can often sit at several places with the same result
// ("participating [in person] in the" = "participating in [person in] the"). Slide it left
// while it ends on a small word that the text before it also ends on, so that the marked
// phrase ends on a content word, as a person would mark it: "[in person]".
template <class Tokens>
void slide_pure_edits(std::vector<Segment>& segs, const Tokens& a, const Tokens& b) {
    for (std::size_t i = 1; i + 1 < segs.size(); ++i) {
        Segment& prev = segs[i - 1];
        Segment& edit = segs[i];
        Segment& next = segs[i + 1];
        if (edit.equal || !prev.equal || !next.equal) continue;
        const bool deletion = edit.b_begin == edit.b_end && edit.a_begin < edit.a_end;
        const bool insertion = edit.a_begin == edit.a_end && edit.b_begin < edit.b_end;
        if (!deletion && !insertion) continue;
        const Tokens& t = deletion ? a : b;
        std::size_t& begin = deletion ? edit.a_begin : edit.b_begin;
        std::size_t& end = deletion ? edit.a_end : edit.b_end;
        while (prev.a_end > prev.a_begin + 1 && is_stop_word_key(t[end - 1].key) &&
               t[end - 1].key == t[begin - 1].key && t[end - 1].spaces == t[begin - 1].spaces) {
            --begin;
            --end;
            if (deletion) {  // the empty range on the other side moves along
                --edit.b_begin;
                --edit.b_end;
            } else {
                --edit.a_begin;
                --edit.a_end;
            }
            --prev.a_end;
            --prev.b_end;
            --next.a_begin;
            --next.b_begin;
        }
    }
}

}  // namespace

bool is_stop_word(std::string_view key) { return is_stop_word_key(key); }

namespace {
bool is_stop_word_key(std::string_view key) {
    // By length, so that a content word costs one comparison of its size.
    static constexpr std::array<std::string_view, 1> one{"a"};
    static constexpr std::array<std::string_view, 12> two{"an", "as", "at", "be", "by", "in", "is", "it", "of", "on", "or", "to"};
    static constexpr std::array<std::string_view, 7> three{"and", "for", "its", "the", "all", "are", "has"};
    static constexpr std::array<std::string_view, 4> four{"from", "that", "this", "with"};
    static constexpr std::array<std::string_view, 2> five{"their", "which"};
    auto in = [&](const auto& words) { return std::find(words.begin(), words.end(), key) != words.end(); };
    switch (key.size()) {
    case 1: return in(one);
    case 2: return in(two);
    case 3: return in(three);
    case 4: return in(four);
    case 5: return in(five);
    default: return false;
    }
}
template <class Tokens>
std::vector<Edit> word_diff_of(const Tokens& a, const Tokens& b) {
    auto raw = segments(a, b);
    slide_pure_edits(raw, a, b);
    auto segs = merge_weak_equals(raw, b);
    widen_dates(segs, a, b);
    segs = merge_weak_equals(segs, b);
    std::vector<Edit> out;
    // Blanks after the last word of an equal run may differ between the versions ("x y" →
    // "x y z"): they then open the following change on each side instead.
    std::string old_gap, new_gap;
    for (std::size_t i = 0; i < segs.size(); ++i) {
        const auto& s = segs[i];
        if (s.equal) {
            std::string same = spell(b, s.b_begin, s.b_end);
            const auto old_tail = a[s.a_end - 1].spaces, new_tail = b[s.b_end - 1].spaces;
            if (old_tail != new_tail && i + 1 < segs.size()) {
                same.resize(same.size() - new_tail.size());
                old_gap = std::string(old_tail);
                new_gap = std::string(new_tail);
            }
            push(out, EditOp::equal, std::move(same));
            continue;
        }
        std::string del = old_gap + spell(a, s.a_begin, s.a_end);
        std::string ins = new_gap + spell(b, s.b_begin, s.b_end);
        old_gap.clear();
        new_gap.clear();
        // A replacement's shared trailing blank belongs to the text that follows, so that the
        // marked phrases end on a word.
        std::string moved;
        if (!del.empty() && !ins.empty() && i + 1 < segs.size()) {
            const auto td = trailing_blanks(del), ti = trailing_blanks(ins);
            if (!td.empty() && td == ti && td.size() < del.size() && ti.size() < ins.size()) {
                moved = std::string(td);
                del.resize(del.size() - moved.size());
                ins.resize(ins.size() - moved.size());
            }
        }
        push(out, EditOp::remove, std::move(del));
        push(out, EditOp::insert, std::move(ins));
        if (!moved.empty()) push(out, EditOp::equal, std::move(moved));
    }
    return out;
}

}  // namespace

std::vector<Edit> word_diff(const std::vector<text::Token>& a, const std::vector<text::Token>& b) {
    return word_diff_of(a, b);
}

std::vector<Edit> word_diff(const CompareTokens& a, const CompareTokens& b) {
    return word_diff_of(a, b);
}

std::vector<Edit> word_diff(std::string_view old_text, std::string_view new_text) {
    return word_diff(text::tokenize(old_text), text::tokenize(new_text));
}

}  // namespace resdiff::diff
