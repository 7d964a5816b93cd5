#include "bench_support.hpp"

#include "analyze/analyze_document.hpp"
#include "parse/parse_document.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#ifndef RESDIFF_BENCH_CORPUS_DIR
#define RESDIFF_BENCH_CORPUS_DIR "../shared/corpus"
#endif

namespace resdiff::bench {

fs::path corpus_dir(const char* arg) {
    if (arg && *arg) return fs::path(arg);
    if (const char* env = std::getenv("RESDIFF_CORPUS"); env && *env) return fs::path(env);
    return fs::path(RESDIFF_BENCH_CORPUS_DIR);
}

std::vector<fs::path> corpus_files(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        const auto ext = e.path().extension();
        if ((ext == ".txt" || ext == ".md") && e.path().filename() != "MANIFEST.md") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const fs::path& p, const std::string& content) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

Timing measure(const std::function<void()>& fn, int runs, double min_run_seconds) {
    using clock = std::chrono::steady_clock;
    Timing t;
    // Calibrate: one call, then enough calls per run to reach min_run_seconds.
    const auto c0 = clock::now();
    fn();
    const double once = std::chrono::duration<double>(clock::now() - c0).count();
    if (once < min_run_seconds)
        t.calls_per_run = static_cast<std::size_t>(min_run_seconds / std::max(once, 1e-7)) + 1;
    std::vector<double> per_call;
    for (int r = 0; r < std::max(runs, 1); ++r) {
        const auto t0 = clock::now();
        for (std::size_t i = 0; i < t.calls_per_run; ++i) fn();
        const double s = std::chrono::duration<double>(clock::now() - t0).count();
        per_call.push_back(s / static_cast<double>(t.calls_per_run));
    }
    std::sort(per_call.begin(), per_call.end());
    t.min = per_call.front();
    const std::size_t n = per_call.size();
    t.median = n % 2 ? per_call[n / 2] : (per_call[n / 2 - 1] + per_call[n / 2]) / 2;
    return t;
}

double mb_per_s(std::size_t bytes, double seconds) {
    return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
}

namespace {

Paragraph from_clause(const model::Clause& c) {
    Paragraph p;
    p.label = c.number.value_or("");
    p.text = c.lead ? *c.lead + (c.text.empty() ? "" : " " + c.text) : c.text;
    for (const auto& child : c.children) p.children.push_back(from_clause(child));
    return p;
}

std::size_t paragraph_bytes(const Paragraph& p) {
    std::size_t n = p.text.size() + 16;
    for (const auto& c : p.children) n += paragraph_bytes(c);
    return n;
}

void flatten_key(const Paragraph& p, std::string& key) {
    key += p.text;
    key += '\x1f';
    for (const auto& c : p.children) flatten_key(c, key);
    key += '\x1e';
}

// A wrapped line must not open with something the parser would take for a paragraph label.
bool looks_like_label(const std::string& word) {
    if (word.empty()) return false;
    if (word.front() == '(' || word.front() == '[') return true;
    const bool digits_then_dot = std::isdigit(static_cast<unsigned char>(word.front())) &&
                                 (word.back() == '.' || word.back() == ')');
    return digits_then_dot || (word.size() <= 5 && word.back() == ')');
}

void wrap(std::string& out, const std::string& first_prefix, const std::string& text, std::size_t width) {
    std::istringstream words(text);
    std::string line = first_prefix;
    bool line_has_word = false;
    for (std::string w; words >> w;) {
        if (line_has_word && line.size() + 1 + w.size() > width && !looks_like_label(w)) {
            out += line;
            out += '\n';
            line.clear();
            line_has_word = false;
        }
        if (line_has_word) line += ' ';
        line += w;
        line_has_word = true;
    }
    out += line;
    out += '\n';
}

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    else s += ' ';
    return s;
}

void render_child(std::string& out, const Paragraph& p, std::size_t depth, std::size_t ordinal) {
    static const char* const roman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    std::string label = p.label;
    if (label.empty()) label = depth == 1 ? std::string(1, static_cast<char>('a' + ordinal % 26)) : roman[ordinal % 10];
    const std::string indent(6 * depth, ' ');
    out += '\n';
    wrap(out, indent + pad("(" + label + ")", 6), p.text, 85);
    std::size_t k = 0;
    for (const auto& c : p.children) render_child(out, c, depth + 1, k++);
}

const std::regex& date_regex() {
    static const std::regex re(
        "\\b([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|"
        "December) ([0-9]{4})\\b");
    return re;
}

// Moves the first "D Month YYYY" of the paragraph (or of a sub-paragraph) one year on.
bool change_date(Paragraph& p) {
    std::smatch m;
    if (std::regex_search(p.text, m, date_regex())) {
        const int year = std::stoi(m[3].str()) + 1;
        p.text.replace(static_cast<std::size_t>(m.position(3)), 4, std::to_string(year));
        return true;
    }
    for (auto& c : p.children)
        if (change_date(c)) return true;
    return false;
}

}  // namespace

std::vector<Paragraph> corpus_operative_paragraphs(const std::vector<fs::path>& files) {
    std::vector<Paragraph> out;
    std::unordered_set<std::string> seen;
    for (const auto& f : files) {
        const std::string text = read_file(f);
        auto result = parse::parse_document(text, f.string());
        if (!result.ok()) continue;
        for (const auto& c : result.document->clauses) {
            if (c.kind != model::ClauseKind::operative || c.text.empty()) continue;
            Paragraph p = from_clause(c);
            std::string key;
            flatten_key(p, key);
            if (seen.insert(std::move(key)).second) out.push_back(std::move(p));
        }
    }
    return out;
}

std::vector<Paragraph> paragraphs_for_size(const std::vector<Paragraph>& pool, std::size_t target_bytes) {
    std::vector<Paragraph> out;
    if (pool.empty()) return out;
    std::size_t bytes = 0;
    for (std::size_t i = 0; bytes < target_bytes; ++i) {
        out.push_back(pool[i % pool.size()]);
        bytes += paragraph_bytes(out.back());
    }
    return out;
}

std::string render_document(const std::vector<Paragraph>& ops, const std::string& symbol) {
    std::string out;
    out.reserve(ops.size() * 600);
    out += "United Nations" + std::string(56, ' ') + symbol + "\n\n";
    out += "Security Council" + std::string(49, ' ') + "Distr.: General\n";
    out += std::string(65, ' ') + "1 January 2030\n\n";
    out += "The Security Council,\n\n";
    wrap(out, std::string(6, ' '),
         "Recalling its previous resolutions and the statements of its President on the situations "
         "addressed in this resolution,",
         85);
    out += '\n';
    wrap(out, std::string(6, ' '),
         "Reaffirming its commitment to the purposes and principles of the Charter of the United Nations,", 85);
    std::size_t n = 0;
    for (const auto& p : ops) {
        out += '\n';
        wrap(out, std::string(6, ' ') + pad(std::to_string(++n) + ".", 6), p.text, 85);
        std::size_t k = 0;
        for (const auto& c : p.children) render_child(out, c, 1, k++);
    }
    return out;
}

std::vector<Paragraph> scattered_edits(const std::vector<Paragraph>& old_ops, EditCounts& counts) {
    std::vector<Paragraph> out;
    out.reserve(old_ops.size() + old_ops.size() / 70 + 1);
    bool date_pending = false;
    for (std::size_t i = 1; i <= old_ops.size(); ++i) {
        Paragraph p = old_ops[i - 1];
        if (i % 20 == 0) date_pending = true;
        const bool drop = i % 50 == 0;
        if (!drop && date_pending && change_date(p)) {
            date_pending = false;
            ++counts.dates_changed;
        }
        if (drop) ++counts.deleted;
        else out.push_back(std::move(p));
        if (i % 70 == 0) {
            Paragraph added;
            added.text = "Requests the Secretary-General to report to the Council on the implementation of "
                         "paragraph " + std::to_string(i) + " of this resolution within " +
                         std::to_string(30 + i % 60) + " days, and every 90 days thereafter;";
            out.push_back(std::move(added));
            ++counts.inserted;
        }
    }
    return out;
}

}  // namespace resdiff::bench
