// src/parse/parse_document.cpp: the search for control bytes (a binary file) tests sixteen
// bytes at once; it must name the same byte as a byte-by-byte search, wherever it sits.

#include "parse/parse_document.hpp"

#include <catch2/catch.hpp>

#include <string>

using resdiff::parse::parse_document;

namespace {

bool is_binary_byte(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}

const std::string kText =
    "The Security Council,\n\n\tRecalling\vits resolutions \xE2\x80\x9C" "all\xE2\x80\x9D,\r\n\f"
    "1. Decides to act\xC2\xA0now;\n\n2. Requests a report, 100% ~ {x};\n";

}  // namespace

TEST_CASE("every control byte is found at every position, and no other byte is", "[parse]") {
    for (int b = 0; b < 0x80; ++b) {
        const auto c = static_cast<unsigned char>(b);
        // Every offset within and across the sixteen-byte blocks, and in the tail after them.
        for (std::size_t at = 0; at < kText.size(); ++at) {
            if (static_cast<unsigned char>(kText[at]) >= 0x80) continue;  // an ASCII byte for an ASCII byte: valid UTF-8
            std::string text = kText;
            text[at] = static_cast<char>(c);
            const auto r = parse_document(text, "x");
            const bool binary = !r.ok() && r.error->message.find("binary") != std::string::npos;
            INFO("byte " << b << " at " << at);
            REQUIRE(binary == is_binary_byte(c));
            if (binary) CHECK(r.error->message.find("at byte " + std::to_string(at) + ")") != std::string::npos);
        }
    }
}

TEST_CASE("the first of several control bytes is the one named", "[parse]") {
    std::string text(100, 'a');
    text[37] = '\x01';
    text[40] = '\x7F';
    text[90] = '\x02';
    const auto r = parse_document(text, "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->message.find("control byte 1 at byte 37") != std::string::npos);
}
