// src/parse/trimmed_line.hpp: the builder's trim, and the trimmed text of a scanned line taken
// from the indent the scan counted.

#include "parse/line_scan.hpp"
#include "parse/trimmed_line.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace resdiff::parse;

namespace {

// trim() as the builder wrote it before it had the scan's indent: the reference.
std::string_view trim_bytewise(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\f')) s.remove_suffix(1);
    return s;
}

}  // namespace

TEST_CASE("trimmed_raw is trim of the raw line, for every kind of scanned line", "[parse]") {
    // Blanks of every sort (those trim keeps too: vertical tab, no-break space) around and
    // inside lines of every kind.
    const std::vector<std::string> pieces = {" ", "\t", "\f", "\v", "\xC2\xA0", "\r", "x", "Decides", "(a)", "3.", "12",
                                             "*0628361*", "\xE2\x80\x9C", "1/", "[^1]:", "---", "____", "The Security Council,"};
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), count(0, 6);
    std::string text;
    for (int line = 0; line < 3000; ++line) {
        for (std::size_t k = count(rng); k-- > 0;) {
            const std::string& p = pieces[pick(rng)];
            if (p != "\r") text += p;  // a lone carriage return is normalised before scanning
        }
        text += line % 7 == 0 ? "\r\n" : "\n";
    }
    for (const ScannedLine& l : scan_lines(text)) {
        INFO("line " << l.number << ": \"" << std::string(l.raw()) << "\"");
        CHECK(trimmed_raw(l) == trim_bytewise(l.raw()));
        CHECK(trim(l.raw()) == trim_bytewise(l.raw()));
    }
}

TEST_CASE("has_prefix and has_suffix agree with string_view", "[parse]") {
    for (std::string_view s : {"", "\xE2", "\xE2\x80\x9C", "\xE2\x80\x9Cx", "x\xE2\x80\x9D", "Adopted ", "Adopted at"})
        for (std::string_view a : {"\xE2\x80\x9C", "\xE2\x80\x9D", "Adopted "}) {
            CHECK(has_prefix(s, a) == s.starts_with(a));
            CHECK(has_suffix(s, a) == s.ends_with(a));
        }
}
