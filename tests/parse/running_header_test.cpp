// src/parse/document_builder.cpp: running headers (heading lines repeated on later pages) are
// dropped. Most lines are rejected by their first and last bytes before any folding of blanks;
// the property below holds the quick rejection to the full rule: a text line is a running
// header when its trimmed text, blank-folded if it holds a tab or two spaces in a row, is a
// heading line of eight bytes or more. (A vertical tab alone is not folded: "\vOriginal" is
// kept as text, as it always was.)

#include "parse_test_support.hpp"

#include "parse/line_scan.hpp"
#include "text/fold.hpp"

#include <set>

using namespace resdiff::testing;

namespace {

const std::vector<std::string> kHeading = {"Security Council Distr.: Limited", "Original: English", "Ruritania: draft resolution"};

std::string document_with(const std::string& inserted) {
    std::string text = "United Nations S/2026/7\n";
    for (const auto& h : kHeading) text += h + "\n\n";
    text += "The Security Council,\n\nRecalling its previous resolutions and the statements\n";
    text += inserted;
    text += "of its President on the situation,\n\n1. Decides to act;\n";
    return text;
}

std::string clauses_of(const resdiff::model::Document& d) {
    std::string out;
    resdiff::model::for_each_clause(d.clauses, [&](const resdiff::model::Clause& c, std::size_t) {
        out += c.id + "|" + c.lead.value_or("") + "|" + c.text + "\n";
    });
    return out;
}

// The rule without shortcuts, for lines with no slash (no symbol to look for).
bool header_by_rule(const std::string& line) {
    static const std::set<std::string> keys(kHeading.begin(), kHeading.end());
    const auto scanned = resdiff::parse::scan_lines(line);
    if (scanned.empty() || scanned[0].kind != resdiff::parse::LineKind::text) return false;
    std::string_view t = scanned[0].raw();
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\f')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r' || t.back() == '\f')) t.remove_suffix(1);
    const bool blank_run = t.find('\t') != std::string_view::npos || t.find("  ") != std::string_view::npos;
    return keys.count(blank_run ? resdiff::text::collapse_spaces(t) : std::string(t)) > 0;
}

}  // namespace

TEST_CASE("a line is a running header exactly when its folded text is a heading line", "[parse]") {
    const std::string without = clauses_of(parse_ok(document_with("")));
    const std::vector<std::string> blanks = {"", " ", "  ", "\t", "\f", "\v", " \v", "\xC2\xA0"};
    std::size_t headers = 0, others = 0;
    for (const std::string& h : kHeading) {
        std::vector<std::string> variants;
        for (const auto& before : blanks)
            for (const auto& after : blanks) variants.push_back(before + h + after);
        for (const auto& inner : blanks) {
            std::string v = h;
            v.replace(v.find(' '), 1, inner.empty() ? std::string(" ") : inner);
            variants.push_back(v);
        }
        // Other first or last bytes, a byte more or less at either end.
        variants.push_back("X" + h.substr(1));
        variants.push_back(h.substr(0, h.size() - 1) + "X");
        variants.push_back(h.substr(1));
        variants.push_back(h.substr(0, h.size() - 1));
        variants.push_back(h + ".");
        variants.push_back("A " + h);
        variants.push_back(h + " \vA");
        for (const auto& v : variants) {
            INFO("inserted line: \"" << v << "\"");
            const bool dropped = clauses_of(parse_ok(document_with(v + "\n"))) == without;
            CHECK(dropped == header_by_rule(v));
            ++(dropped ? headers : others);
        }
    }
    CHECK(headers > 0);
    CHECK(others > 0);
}

TEST_CASE("a symbol alone or beside a heading line is a running header", "[parse]") {
    const std::string without = clauses_of(parse_ok(document_with("")));
    for (const std::string v : {"S/2026/7", "  S/2026/7  ", "United Nations S/2026/7", "United  Nations\tS/2026/7",
                                "S/2026/7 Original: English"}) {
        INFO("inserted line: \"" << v << "\"");
        CHECK(clauses_of(parse_ok(document_with(v + "\n"))) == without);
    }
    CHECK(clauses_of(parse_ok(document_with("see S/2026/7 of the Council\n"))) != without);
}
