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
    std::error_code ec;
    fs::path p = RESDIFF_BENCH_CORPUS_DIR;
    if (arg && *arg) p = arg;
    else if (const char* env = std::getenv("RESDIFF_CORPUS"); env && *env) p = env;
    auto canonical = fs::weakly_canonical(p, ec);
    return ec ? p : canonical;
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

// One paragraph, its sub-paragraphs' words run on after its own ("(a) ... (b) ..."): the synthetic
// documents give every corpus paragraph one place of their own in a two-level structure.
void flatten_text(const model::Clause& c, std::string& out) {
    if (!out.empty()) out += ' ';
    if (c.kind == model::ClauseKind::subparagraph && c.number) out += "(" + *c.number + ") ";
    if (c.lead) out += *c.lead + (c.text.empty() ? "" : " ");
    out += c.text;
    for (const auto& child : c.children) flatten_text(child, out);
}

std::size_t paragraph_bytes(const Paragraph& p) {
    std::size_t n = p.text.size() + 16;
    for (const auto& c : p.children) n += paragraph_bytes(c);
    return n;
}

// A wrapped line must not open with something the parser would take for a paragraph label.
bool looks_like_label(const std::string& word) {
    if (word.empty()) return false;
    if (word.front() == '(' || word.front() == '[') return true;
    const bool digits_then_dot = std::isdigit(static_cast<unsigned char>(word.front())) &&
                                 (word.back() == '.' || word.back() == ')');
    return digits_then_dot || (word.size() <= 5 && word.back() == ')');
}

// The words of text, where a label-like word is glued to its neighbours ("mandate; 35. Requests"
// stays on one line), so that wrapping never puts a label at the start or the end of a line.
std::vector<std::string> wrap_units(const std::string& text) {
    std::istringstream words(text);
    std::vector<std::string> units;
    bool glue_next = false;
    for (std::string w; words >> w;) {
        const bool label = looks_like_label(w);
        if (!units.empty() && (glue_next || label)) units.back() += " " + w;
        else units.push_back(w);
        glue_next = label;
    }
    return units;
}

void wrap(std::string& out, const std::string& first_prefix, const std::string& text, std::size_t width) {
    std::string line = first_prefix;
    bool line_has_word = false;
    for (const std::string& w : wrap_units(text)) {
        if (line_has_word && line.size() + 1 + w.size() > width) {
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

void render_child(std::string& out, const Paragraph& p, std::size_t ordinal) {
    const std::string label(1, static_cast<char>('a' + ordinal % 26));
    out += '\n';
    wrap(out, std::string(6, ' ') + pad("(" + label + ")", 6), p.text, 85);
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

constexpr std::size_t kMaxParagraphBytes = 4000;
// The grammar reads at most three digits as a paragraph number (a line opening "1000." continues
// the previous paragraph); 950 leaves room for the paragraphs scattered_edits() inserts.
constexpr std::size_t kMaxNumber = 950;
constexpr std::size_t kMaxChildren = 25;  // (a) .. (y)

}  // namespace

std::vector<Paragraph> corpus_operative_paragraphs(const std::vector<fs::path>& files) {
    std::vector<Paragraph> out;
    std::unordered_set<std::string> seen;
    for (const auto& f : files) {
        const std::string text = read_file(f);
        auto result = parse::parse_document(text, f.string());
        if (!result.ok()) continue;
        for (const auto& c : result.document->clauses) {
            // Skip empty paragraphs and the run-together bodies of texts stored on one line.
            if (c.kind != model::ClauseKind::operative || c.text.empty() || c.text.size() > kMaxParagraphBytes)
                continue;
            Paragraph p;
            flatten_text(c, p.text);
            if (seen.insert(p.text).second) out.push_back(std::move(p));
        }
    }
    return out;
}

std::vector<Paragraph> paragraphs_for_size(const std::vector<Paragraph>& pool, std::size_t target_bytes) {
    std::vector<Paragraph> out;
    if (pool.empty()) return out;
    std::size_t pool_bytes = 0;
    for (const auto& p : pool) pool_bytes += paragraph_bytes(p);
    const double average = static_cast<double>(pool_bytes) / static_cast<double>(pool.size());
    const auto units = static_cast<std::size_t>(static_cast<double>(target_bytes) / average) + 1;
    // Sub-paragraphs per paragraph so that the numbers stay within 1..kMaxNumber.
    const std::size_t per_paragraph = std::min<std::size_t>(kMaxChildren, (units + kMaxNumber - 1) / kMaxNumber - 1);
    std::size_t bytes = 0, next = 0;
    while (bytes < target_bytes) {
        Paragraph top = pool[next++ % pool.size()];
        bytes += paragraph_bytes(top);
        for (std::size_t k = 0; k < per_paragraph && bytes < target_bytes; ++k) {
            top.children.push_back(pool[next++ % pool.size()]);
            bytes += paragraph_bytes(top.children.back());
        }
        out.push_back(std::move(top));
    }
    return out;
}

std::vector<Paragraph> paragraphs_of_shape(const std::vector<Paragraph>& pool, std::size_t target_bytes,
                                           std::size_t children) {
    std::vector<Paragraph> out;
    if (pool.empty()) return out;
    std::size_t bytes = 0, next = 0;
    while (bytes < target_bytes) {
        Paragraph top = pool[next++ % pool.size()];
        bytes += paragraph_bytes(top);
        for (std::size_t k = 0; k < children && bytes < target_bytes; ++k) {
            top.children.push_back(pool[next++ % pool.size()]);
            bytes += paragraph_bytes(top.children.back());
        }
        out.push_back(std::move(top));
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
        for (const auto& c : p.children) render_child(out, c, k++);
    }
    return out;
}

namespace {

struct EditWalk {
    EditCounts& counts;
    std::size_t index = 0;  // 1-based position in document order, paragraphs and sub-paragraphs
    bool date_pending = false;

    Paragraph inserted() const {
        Paragraph p;
        p.text = "Requests the Secretary-General to report to the Council on the implementation of this "
                 "resolution within " + std::to_string(30 + index % 60) + " days, and every " +
                 std::to_string(60 + index % 4 * 30) + " days thereafter, in particular on item " +
                 std::to_string(index) + ";";
        return p;
    }

    // Returns the edited list of siblings; recurses into the children of kept paragraphs.
    std::vector<Paragraph> edit(const std::vector<Paragraph>& in) {
        std::vector<Paragraph> out;
        out.reserve(in.size() + in.size() / 50 + 1);
        for (const auto& original : in) {
            const std::size_t i = ++index;
            if (i % 20 == 0) date_pending = true;
            const bool drop = i % 50 == 0;
            if (drop) {
                ++counts.deleted;
                index += count(original.children);  // its sub-paragraphs go with it
            } else {
                Paragraph p;
                p.text = original.text;
                if (date_pending && change_date(p)) {
                    date_pending = false;
                    ++counts.dates_changed;
                }
                p.children = edit(original.children);
                out.push_back(std::move(p));
            }
            if (i % 70 == 0) {
                out.push_back(inserted());
                ++counts.inserted;
            }
        }
        return out;
    }

    static std::size_t count(const std::vector<Paragraph>& v) {
        std::size_t n = v.size();
        for (const auto& p : v) n += count(p.children);
        return n;
    }
};

}  // namespace

std::vector<Paragraph> scattered_edits(const std::vector<Paragraph>& old_ops, EditCounts& counts) {
    EditWalk walk{counts};
    return walk.edit(old_ops);
}

const std::vector<VersionPair>& manifest_pairs() {
    static const std::vector<VersionPair> pairs{
    {"UNIFIL", "S-RES-426-1978.txt", "S-RES-434-1978.txt"},
    {"UNIFIL", "S-RES-803-1993.txt", "S-RES-852-1993.txt"},
    {"UNDOF", "S-RES-790-1992.txt", "S-RES-830-1993.txt"},
    {"UNFICYP", "S-RES-186-1964.txt", "S-RES-839-1993.txt"},
    {"UNFICYP", "S-RES-839-1993.txt", "S-RES-889-1993.txt"},
    {"UNMIS", "S-RES-1590-2005.txt", "S-RES-1627-2005.txt"},
    {"UNMIS", "S-RES-1627-2005.txt", "S-RES-1663-2006.txt"},
    {"UNMIS", "S-RES-1663-2006.txt", "S-RES-1706-2006.txt"},
    {"UNMIS", "S-RES-1706-2006.txt", "S-RES-1709-2006.txt"},
    {"UNMIS", "S-RES-1709-2006.txt", "S-RES-1714-2006.txt"},
    {"UNMIS", "S-RES-1714-2006.txt", "S-RES-1755-2007.txt"},
    {"UNMIS", "S-RES-1755-2007.txt", "S-RES-1784-2007.txt"},
    {"UNMIS", "S-RES-1784-2007.txt", "S-RES-1812-2008.txt"},
    {"UNMIS", "S-RES-1812-2008.txt", "S-RES-1919-2010.txt"},
    {"UNMISS", "S-2016-1061-draft-2016-12-15.txt", "S-2018-221-draft-2018-03-15.txt"},
    {"UNISFA", "S-2018-341-draft-2018-04-13.txt", "S-2018-1021-draft-2018-11-15.txt"},
    {"UNSOM", "S-2018-257-draft-2018-03-27.txt", "S-2019-266-draft-2019-03-27.txt"},
    {"UNSOM", "S-2019-266-draft-2019-03-27.txt", "bulk/unbench-task3/UNBench-task3-draft-29.txt"},
    {"AMISOM", "S-2018-437-draft-2018-05-15.txt", "S-2020-445-draft-2020-05-29.txt"},
    {"Sudan 1591", "S-2018-95-draft-2018-02-08.txt", "S-2020-110-draft-2020-02-11.txt"},
    {"South Sudan sanctions", "S-2017-444-draft-2017-05-24.txt", "S-2019-441-draft-2019-05-30.txt"},
    {"CAR sanctions", "S-2017-77-draft-2017-01-27.txt", "S-2019-90-draft-2019-01-31.txt"},
    {"Yemen 2140", "S-2017-142-draft-2017-02-23.txt", "S-2022-158-draft-2022-02-28.txt"},
    {"UNAMI", "bulk/unbench-task3/UNBench-task3-draft-22.txt", "S-2020-449-draft-2020-05-29.txt"},
    {"UNAMI", "S-2020-449-draft-2020-05-29.txt", "S-2022-426-draft-2022-05-26.txt"},
    {"Colombia", "S-2021-443-draft-2021-05-11.txt", "S-2023-571-draft-2023-08-02.txt"},
    {"Libya 1970", "bulk/unbench-task3/UNBench-task3-draft-13.txt", "bulk/unbench-task3/UNBench-task3-draft-18.txt"},
    {"Gaza (related)", "S-2023-970-draft-2023-12-08.txt", "S-2024-835-draft-2024-11-20.txt"},
    {"1267/1988 (related)", "bulk/unbench-task3/UNBench-task3-draft-12.txt",
     "bulk/unbench-task3/UNBench-task3-draft-16.txt"},
    {"GA draft->res", "A-80-L.2-draft-2025-09-15.txt", "A-RES-80-1.txt"},
    {"GA draft->res", "A-80-L.6-draft-2025-10-07.txt", "A-RES-80-4.txt"},
    {"GA draft->res", "A-80-L.7-draft-2025-10-22.txt", "A-RES-80-7.txt"},
    {"GA draft->res", "A-80-L.11-draft-2025-11-06.txt", "A-RES-80-10.txt"},
    {"GA draft->res", "A-C.1-80-L.1-draft-2025-10-08.txt", "A-RES-80-17.txt"},
    };
    return pairs;
}

}  // namespace resdiff::bench
