// src/parse/document_builder.cpp: starts_lower decides most lines from their first byte; a
// line opening with “ must still be looked at behind the quotation mark.

#include "parse_test_support.hpp"

using namespace resdiff::testing;

TEST_CASE("a number alone before a quoted lower-case line labels the paragraph above it", "[parse]") {
    // "2." stands between a finished line and its continuation: the continuation opens lower
    // case behind “, so the number belongs to the paragraph above, as without the quote.
    for (const std::string open : {"", "\xE2\x80\x9C"}) {
        const auto d = parse_ok("The Security Council,\n\n1. Decides to act;\n\nFurther decides to act;\n2.\n" + open +
                                "measures continue to apply;\n\n3. Requests a report;\n");
        INFO("opening: " << open);
        CHECK(has_warning(d, "paragraph number 2 stands after the first line of its paragraph"));
    }
    // An upper-case line behind “ is no continuation: the number labels it instead.
    const auto d = parse_ok("The Security Council,\n\n1. Decides to act;\n\nFurther decides to act;\n2.\n\xE2\x80\x9C"
                            "Measures apply;\n\n3. Requests a report;\n");
    CHECK_FALSE(has_warning(d, "stands after the first line"));
}
