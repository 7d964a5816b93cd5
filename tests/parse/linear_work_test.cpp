// src/parse/document_builder.cpp: the work of parse_document grows linearly with hostile input.
//
// Not a timed test: it counts the bytes the parser allocates. A pass that rebuilds a growing
// text for every line it appends (footnotes, closing words) allocates quadratically many
// bytes — gigabytes on the inputs below — where a linear parser stays within a small multiple
// of the input. Timing figures for the same shapes: see the parse_document benchmark notes.

#include "parse_test_support.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

// Every operator new of this test program goes through here; the tests read the counter.
// All the unaligned forms are replaced together, so that new and delete always pair up
// (a sanitizer's own operator new would otherwise meet this file's delete).
std::atomic<std::size_t> g_allocated{0};

void* counted_malloc(std::size_t size) noexcept {
    g_allocated.fetch_add(size, std::memory_order_relaxed);
    return std::malloc(size == 0 ? 1 : size);
}

}  // namespace

void* operator new(std::size_t size) {
    if (void* p = counted_malloc(size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    if (void* p = counted_malloc(size)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return counted_malloc(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return counted_malloc(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

using namespace resdiff::testing;

namespace {

// Parses `text` and returns the document and the bytes allocated per input byte.
std::pair<resdiff::model::Document, double> parse_counting(const std::string& text) {
    const std::size_t before = g_allocated.load();
    auto d = parse_ok(text);
    const std::size_t bytes = g_allocated.load() - before;
    return {std::move(d), static_cast<double>(bytes) / static_cast<double>(text.size())};
}

// A linear parser allocates about ten bytes per input byte on these short lines (the scanned
// lines, held once, dominate); the quadratic passes fixed here allocated thousands, and a
// builder that copied the line list allocated 22 to 38.
constexpr double kBudget = 20.0;
constexpr int kLines = 10000;

std::string repeat(const std::string& line, int n) {
    std::string s;
    s.reserve(line.size() * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) s += line;
    return s;
}

}  // namespace

TEST_CASE("a footnote continued over many lines is collapsed once per line", "[parse][hostile]") {
    // "1/ A note" and its continuation lines: each line used to re-collapse the whole note.
    const auto [d, per_byte] = parse_counting("The Security Council,\n\n1. Decides;\n\n1/ A  note\n" +
                                              repeat("and   more\t text\n", kLines));
    REQUIRE(d.footnotes.size() == 1);
    CHECK(d.footnotes[0].text.size() == 6 + 14 * static_cast<std::size_t>(kLines));
    CHECK(d.footnotes[0].text.substr(0, 20) == "A note and more text");
    CHECK(per_byte < kBudget);
}

TEST_CASE("a footnote under a rule continued over many lines", "[parse][hostile]") {
    const auto [d, per_byte] = parse_counting(
        "The Security Council,\n\n1. Decides that,1\n2. Requests;\n__________________\n1 See   A/80/1 and\n" +
        repeat("further  text\n", kLines));
    REQUIRE(d.footnotes.size() == 1);
    CHECK(d.footnotes[0].text.substr(0, 33) == "See A/80/1 and further text furth");
    CHECK(d.footnotes[0].text.size() == 14 + 13 * static_cast<std::size_t>(kLines));
    CHECK(per_byte < kBudget);
}

TEST_CASE("many lines after the closing line join the meeting words", "[parse][hostile]") {
    const auto [d, per_byte] = parse_counting("The Security Council,\n\n1. Decides;\n\n40th plenary meeting\n" +
                                              repeat("more  closing\twords\n", kLines));
    REQUIRE(d.metadata.meeting);
    CHECK(d.metadata.meeting->substr(0, 45) == "40th plenary meeting more closing words more ");
    CHECK(d.metadata.meeting->size() == 20 + 19 * static_cast<std::size_t>(kLines));
    CHECK(per_byte < kBudget);
}

TEST_CASE("a note after the closing line continued over many lines", "[parse][hostile]") {
    const auto [d, per_byte] = parse_counting("The Security Council,\n\n1. Decides;\n\n40th plenary meeting\n1/ A note\n" +
                                              repeat("note   text\n", kLines));
    REQUIRE(d.footnotes.size() == 1);
    CHECK(d.footnotes[0].text.size() == 6 + 10 * static_cast<std::size_t>(kLines));
    CHECK(d.metadata.meeting == "40th plenary meeting");
    CHECK(per_byte < kBudget);
}

TEST_CASE("many dates after the operative part join the meeting words", "[parse][hostile]") {
    const auto [d, per_byte] =
        parse_counting("The Security Council,\n\n1. Decides;\n\n" + repeat("14 November 2025\n\n", kLines));
    REQUIRE(d.metadata.meeting);
    CHECK(d.metadata.meeting->size() == 17 * static_cast<std::size_t>(kLines) - 1);
    CHECK(per_byte < kBudget);
}

TEST_CASE("a long text of ordinary paragraphs is neither copied nor regrown line by line", "[parse][memory]") {
    // Wrapped operative paragraphs with a sub-paragraph each, as real resolutions are laid out:
    // about 8 bytes per input byte (a Clause is large); a second copy of the scanned lines, or a
    // line list regrown from a short reserve, took it to 13.
    std::string text = "The Security Council,\n\n";
    for (int i = 1; i <= 2000; ++i)
        text += "      " + std::to_string(i) +
                ".    Decides to keep the matter under review and to consider further\n"
                "measures as appropriate, in the light of the reports of the Secretary-General;\n\n"
                "      (a)   Requests the Secretary-General to report on the implementation of the\n"
                "present resolution;\n\n";
    const auto [d, per_byte] = parse_counting(text);
    REQUIRE(d.clauses.size() == 2000);
    CHECK(d.clauses[1999].children.size() == 1);
    CHECK(per_byte < 10.0);
}
