// src/parse/scanned_line.hpp: a scanned line keeps its content and label as 32-bit offsets into
// its raw line; the views it gives back are the ones it was given.

#include "parse/line_scan.hpp"
#include "parse/scanned_line.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace resdiff::parse;

namespace {

// Same bytes and same place: a part of the raw line, not an equal copy elsewhere.
bool same_view(std::string_view a, std::string_view b) { return a.size() == b.size() && (a.empty() || a.data() == b.data()); }

bool inside(std::string_view part, std::string_view whole) {
    return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

// The physical lines of a text as the scan sees them: split at line feeds, without the
// carriage return of a CRLF.
std::vector<std::string_view> physical_lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(from, end - from);
        while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        from = end + 1;
    }
    return out;
}

// Every scanned line of `text` is its physical line, with content and label inside it.
void check_scan(const std::string& text) {
    const auto lines = scan_lines(text);
    const auto physical = physical_lines(text);
    REQUIRE(lines.size() >= physical.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ScannedLine& l = lines[i];
        INFO("line " << i + 1 << ": \"" << std::string(l.raw()) << "\"");
        CHECK(l.number == i + 1);
        if (i < physical.size()) CHECK(same_view(l.raw(), physical[i]));
        CHECK(inside(l.content(), l.raw()));
        CHECK(inside(l.label(), l.raw()));
        CHECK(l.indent <= l.raw().size());
        const bool labelled = l.kind == LineKind::op || l.kind == LineKind::loose_op || l.kind == LineKind::op_number_only ||
                              l.kind == LineKind::sub || l.kind == LineKind::md_note || l.kind == LineKind::slash_note;
        CHECK(l.label().empty() != labelled);
        if (l.kind == LineKind::op || l.kind == LineKind::loose_op || l.kind == LineKind::op_number_only) {
            int value = 0;
            for (const char c : l.label()) value = value * 10 + (c - '0');
            CHECK(l.value == value);
        }
        if (!labelled && l.kind != LineKind::text) CHECK(same_view(l.content(), l.raw().substr(l.indent)));
    }
}

}  // namespace

TEST_CASE("a scanned line is 40 bytes", "[parse]") {
    // One per source line, all held at once: 155,809 lines of a 10 MB text were 12.5 MB at 80.
    CHECK(sizeof(ScannedLine) <= 40);
}

TEST_CASE("content and label give back the parts of the raw line they were set to", "[parse]") {
    std::mt19937 rng(11);
    std::string text(4096, ' ');
    for (char& c : text) c = static_cast<char>('a' + rng() % 26);
    for (int round = 0; round < 2000; ++round) {
        const std::size_t from = rng() % text.size();
        const std::size_t size = rng() % (text.size() - from + 1);
        const std::string_view raw = std::string_view(text).substr(from, size);
        ScannedLine l;
        l.set_raw(raw);
        CHECK(same_view(l.raw(), raw));
        CHECK(l.content().empty());
        CHECK(l.label().empty());
        const std::size_t c = rng() % (size + 1), cn = rng() % (size - c + 1);
        const std::size_t b = rng() % (size + 1), bn = std::min<std::size_t>(rng() % 8, size - b);
        l.set_content(raw.substr(c, cn));
        l.set_label(raw.substr(b, bn));
        CHECK(same_view(l.content(), raw.substr(c, cn)));
        CHECK(same_view(l.label(), raw.substr(b, bn)));
        // A shorter raw line from the same start keeps the parts that are still inside it.
        const std::size_t keep = std::max(c + cn, b + bn);
        ScannedLine cut = l;
        const std::string_view content = l.content(), label = l.label();
        cut.set_raw(raw.substr(0, keep));
        cut.set_content(content);
        cut.set_label(label);
        CHECK(same_view(cut.content(), content));
        CHECK(same_view(cut.label(), label));
    }
    ScannedLine empty;
    CHECK(empty.raw().empty());
    CHECK(empty.content().empty());
    CHECK(empty.label().empty());
}

TEST_CASE("scanned lines are views of their source lines, on random lines of every kind", "[parse]") {
    const std::vector<std::string> pieces = {" ", "\t", "\f", "\xC2\xA0", "x", "Decides", "(a)", "(iv)", "3.", "12",
                                             "123456.", "1,", "*0628361*", "\xE2\x80\x9C", "1/", "[^1]:", "---", "____",
                                             "The Security Council,", "40th plenary meeting", "Page 2", "A", ";", "."};
    std::mt19937 rng(5);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), count(0, 6);
    std::string text;
    for (int line = 0; line < 5000; ++line) {
        for (std::size_t k = count(rng); k-- > 0;) text += pieces[pick(rng)];
        text += line % 5 == 0 ? "\r\n" : "\n";
    }
    check_scan(text);
    check_scan(text.substr(0, text.size() - 1));  // no line end after the last line
}

TEST_CASE("scanned lines are views of their source lines, on the samples and the corpus", "[parse]") {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(resdiff::testing::samples_dir()))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    if (const auto corpus = resdiff::testing::corpus_dir())
        for (const auto& e : std::filesystem::recursive_directory_iterator(*corpus))
            if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    REQUIRE(!files.empty());
    for (const auto& f : files) {
        INFO(f.string());
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string text = ss.str();
        // parse_document's job, done the same way: lone carriage returns end lines.
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
        check_scan(text);
    }
}

TEST_CASE("a sub-paragraph label alone on its line has empty content", "[parse]") {
    const auto lines = scan_lines("1. Decides that:\n(a)\n  (b)   \nwords\n");
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].kind == LineKind::sub);
    CHECK(lines[1].label() == "a");
    CHECK(lines[1].content().empty());
    CHECK(lines[2].kind == LineKind::sub);
    CHECK(lines[2].label() == "b");
    CHECK(lines[2].content().empty());
}
