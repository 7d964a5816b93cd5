// grammar/lead.hpp: the lead phrase of a paragraph.

#include "grammar/lead.hpp"
#include "grammar_test_support.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace g = resdiff::grammar;
namespace pegtl = tao::pegtl;

namespace {
// The part of `text` that the lead rule consumes.
std::string lead_of(const std::string& text) {
    pegtl::memory_input in(text, "test");
    if (!pegtl::parse<g::lead>(in)) return {};
    return text.substr(0, static_cast<std::size_t>(in.current() - text.data()));
}
}  // namespace

TEST_CASE("lead phrases stop before the verb's object", "[grammar]") {
    const std::pair<const char*, const char*> cases[] = {
        {"Decides to extend the mandate", "Decides"},
        {"Further requests the Secretary-General", "Further requests"},
        {"Recalling also its resolutions", "Recalling also"},
        {"Strongly condemns all attacks", "Strongly condemns"},
        {"Once again urges States", "Once again urges"},
        {"Deeply concerned by the situation", "Deeply concerned"},
        {"Takes note with appreciation of the report", "Takes note with appreciation"},
        {"Taking note of the report", "Taking note"},
        {"Noting with grave concern the attack", "Noting with grave concern"},
        {"Bearing in mind the Charter", "Bearing in mind"},
        {"Having considered the report", "Having considered"},
        {"Acting under Chapter VII of the Charter", "Acting"},
        {"Re-emphasizes the terms", "Re-emphasizes"},
        {"Decides: (a) To renew", "Decides"},
        {"The Security Council requests the permanent members", "The Security Council requests"},
    };
    for (const auto& [text, lead] : cases) {
        INFO(text);
        CHECK(lead_of(text) == lead);
    }
}

TEST_CASE("no lead without a capitalised word", "[grammar]") {
    CHECK(lead_of("to extend the mandate").empty());
    CHECK(lead_of("(a) To protect").empty());
    CHECK(lead_of("2006, 1679 (2006)").empty());
}
