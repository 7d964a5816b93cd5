// grammar/document.hpp: the line kinds and the document rule.

#include "grammar/document.hpp"
#include "grammar_test_support.hpp"

#include <tao/pegtl/contrib/analyze.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <typeindex>
#include <typeinfo>

namespace g = resdiff::grammar;
using resdiff::testing::Case;
using resdiff::testing::matches_all;

TEST_CASE("the document grammar has no infinite loops or left recursion", "[grammar]") {
    CHECK(tao::pegtl::analyze<g::document>(-1) == 0);
    CHECK(tao::pegtl::analyze<g::lead>(-1) == 0);
}

TEST_CASE("operative paragraph lines", "[grammar]") {
    const Case cases[] = {
        {"1. Decides to extend the mandate;\n", true},
        {"1.    Decides to extend;\n", true},
        {"26.Decides to remain seized of the matter.\n", true},
        {"      3.    Requests the Secretary-General\n", true},
        {"\xE2\x80\x9C" "4. Requests the Council\n", true},  // press-release quote
        {"1, Determines that the situation\n", true},           // OCR comma
        {"1.5 million people\n", false},
        {"1.1 The\n", false},
        {"2006, 1679 (2006) of 16 May\n", false},
        {"Decides to extend\n", false},
    };
    for (const auto& c : cases) {
        INFO(c.input);
        CHECK(matches_all<g::op_line>(c.input) == c.ok);
    }
}

TEST_CASE("a paragraph number alone on its line", "[grammar]") {
    CHECK(matches_all<g::op_number_only_line>("      3.\n"));
    CHECK(matches_all<g::op_number_only_line>("1. \n"));
    CHECK_FALSE(matches_all<g::op_number_only_line>("3\n"));
    CHECK_FALSE(matches_all<g::op_number_only_line>("3. Decides\n"));
}

TEST_CASE("loose labels need a capitalised word after the number", "[grammar]") {
    CHECK(matches_all<g::loose_op_line>("11     Condemns disinformation\n"));
    CHECK(matches_all<g::loose_op_line>("15 June 1987;\n"));  // the builder rejects it by sequence
    CHECK_FALSE(matches_all<g::loose_op_line>("15 to 19 September\n"));
}

TEST_CASE("sub-paragraph lines", "[grammar]") {
    const Case cases[] = {
        {"(a) To protect civilians;\n", true},
        {"(ii)  To deter violence\n", true},
        {"(aa) Further tasks\n", true},
        {"   (c)  Supplies brought into\n", true},
        {"(a)\n", true},
        {"(1) First item\n", true},
        {"(a)and not a label\n", false},
        {"(S/2020/110) is cited\n", false},
        {"(UNIFIL) shall\n", false},
    };
    for (const auto& c : cases) {
        INFO(c.input);
        CHECK(matches_all<g::sub_line>(c.input) == c.ok);
    }
}

TEST_CASE("enacting formula lines", "[grammar]") {
    const Case cases[] = {
        {"The Security Council,\n", true},
        {"      The Security Council,\n", true},
        {"The General Assembly\n", true},
        {"\xE2\x80\x9C" "The Security Council,\n", true},
        {"The Economic and Social Council,\n", true},
        {"The Security Council, recalling\n", false},
        {"The Council,\n", false},
    };
    for (const auto& c : cases) {
        INFO(c.input);
        CHECK(matches_all<g::enacting_line>(c.input) == c.ok);
    }
}

TEST_CASE("closing lines", "[grammar]") {
    CHECK(matches_all<g::closing_line>("40th plenary meeting\n"));
    CHECK(matches_all<g::closing_line>("22nd plenary meeting 29 October 2025\n"));
    CHECK(matches_all<g::closing_line>("3rd plenary meeting\n"));
    CHECK_FALSE(matches_all<g::closing_line>("at its 40th plenary meeting\n"));
}

TEST_CASE("a document is any sequence of lines, with or without a final line end", "[grammar]") {
    CHECK(matches_all<g::document>("The Security Council,\n\n1. Decides;\n"));
    CHECK(matches_all<g::document>("The Security Council,\r\n1. Decides;"));
    CHECK(matches_all<g::document>("\xEF\xBB\xBF" "The General Assembly,\n"));
    CHECK(matches_all<g::document>(""));
}

namespace {
// `line` without its shortcuts: every kind tried in order.
struct full_line : tao::pegtl::sor<g::blank_line, g::last_blank_line, g::furniture_line, g::footnote_rule_line,
                                   g::md_separator_line, g::md_note_line, g::slash_note_line, g::enacting_line,
                                   g::op_number_only_line, g::op_line, g::loose_op_line, g::sub_line,
                                   g::closing_line, g::text_line> {};

// The first of `Kinds` that matches `input`, as PEG ordered choice would pick it.
template <class... Kinds>
std::optional<std::type_index> first_kind(const std::string& input) {
    std::optional<std::type_index> kind;
    ((kind ? void() : (matches_all<Kinds>(input) ? void(kind = std::type_index(typeid(Kinds))) : void())), ...);
    return kind;
}

// Whether any kind of line tried before text in `line` (before the shortcut) matches `input`.
bool another_kind_matches(const std::string& input) {
    return matches_all<g::blank_line>(input) || matches_all<g::last_blank_line>(input) ||
           matches_all<g::furniture_line>(input) || matches_all<g::footnote_rule_line>(input) ||
           matches_all<g::md_separator_line>(input) || matches_all<g::md_note_line>(input) ||
           matches_all<g::slash_note_line>(input) || matches_all<g::enacting_line>(input) ||
           matches_all<g::op_number_only_line>(input) || matches_all<g::op_line>(input) ||
           matches_all<g::loose_op_line>(input) || matches_all<g::sub_line>(input) ||
           matches_all<g::closing_line>(input);
}
}  // namespace

TEST_CASE("a line that opens with a letter only text opens with is text, whatever follows", "[grammar]") {
    // plain_text_line comes first in `line`: it must never take a line another kind would take.
    const std::string tails[] = {"",
                                 "he Security Council,",
                                 "age 2",
                                 "ecides to extend the mandate;",
                                 "1. Decides",
                                 "/ 2",
                                 " plenary meeting",
                                 "th meeting",
                                 "---",
                                 "_____",
                                 "(a) text",
                                 "\xE2\x80\x9C" "quoted"};
    const std::string leads[] = {"", "   ", "\t", "\xC2\xA0 "};
    int text_lines = 0;
    for (int c = 0; c < 128; ++c) {
        for (const auto& lead : leads)
            for (const auto& tail : tails)
                for (const std::string end : {"\n", "\r\n", ""}) {
                    const std::string input = lead + static_cast<char>(c) + tail + end;
                    if (!matches_all<g::plain_text_line>(input)) continue;
                    ++text_lines;
                    INFO(input);
                    CHECK(matches_all<g::text_line>(input));
                    CHECK_FALSE(another_kind_matches(input));
                }
    }
    CHECK(text_lines > 1000);
    // T and P open lines of other kinds: they take the long way.
    CHECK_FALSE(matches_all<g::plain_text_line>("The Security Council,\n"));
    CHECK_FALSE(matches_all<g::plain_text_line>("   Page 2\n"));
    CHECK(matches_all<g::plain_text_line>("   of the Force;\n"));
    CHECK(matches_all<g::plain_text_line>("Decides to extend\n"));
}

TEST_CASE("a line that opens with a digit or \"(\" is only of the kinds `line` tries for it", "[grammar]") {
    // `line` classifies such lines among digit_led_line or paren_led_line alone: no other kind
    // may match them, or the shortcut would change a line's kind.
    const std::string tails[] = {"",          ". Decides;",     ".",           ",  Determines", "   Condemns",
                                 "/ 2",       "/ See A/80/1.",  "th plenary meeting", "st meeting", "-01234 (E)",
                                 "-01234 (E)  230125", " June 1987;", "0",      "1/3",           "/5",
                                 "(a) text",  ") text",         "a) text",     "ii) text",      "a)",
                                 "A) text",   "a)and",          "text)",       "\xE2\x80\x9C" "quoted",
                                 "* *",       "---",            "_____"};
    const std::string leads[] = {"", "   ", "\t", "\xE2\x80\x9C" " "};
    int lines = 0;
    for (const char c : std::string("0123456789(")) {
        for (const auto& lead : leads)
            for (const auto& tail : tails)
                for (const std::string end : {"\n", "\r\n", ""}) {
                    const std::string input = lead + c + tail + end;
                    ++lines;
                    INFO(input);
                    // Never these, whatever the first character.
                    CHECK_FALSE(matches_all<g::blank_line>(input));
                    CHECK_FALSE(matches_all<g::last_blank_line>(input));
                    CHECK_FALSE(matches_all<g::footnote_rule_line>(input));
                    CHECK_FALSE(matches_all<g::md_separator_line>(input));
                    CHECK_FALSE(matches_all<g::md_note_line>(input));
                    CHECK_FALSE(matches_all<g::enacting_line>(input));
                    if (lead.find('\xE2') != std::string::npos) continue;  // “ first: the long way
                    if (c == '(') {
                        CHECK_FALSE(matches_all<g::furniture_line>(input));
                        CHECK_FALSE(matches_all<g::slash_note_line>(input));
                        CHECK_FALSE(matches_all<g::op_number_only_line>(input));
                        CHECK_FALSE(matches_all<g::op_line>(input));
                        CHECK_FALSE(matches_all<g::loose_op_line>(input));
                        CHECK_FALSE(matches_all<g::closing_line>(input));
                    } else {
                        CHECK_FALSE(matches_all<g::sub_line>(input));
                    }
                    // The kind picked among the few is the one picked among all of them.
                    const auto all = first_kind<g::blank_line, g::last_blank_line, g::furniture_line,
                                                g::footnote_rule_line, g::md_separator_line, g::md_note_line,
                                                g::slash_note_line, g::enacting_line, g::op_number_only_line,
                                                g::op_line, g::loose_op_line, g::sub_line, g::closing_line,
                                                g::text_line>(input);
                    if (c == '(')
                        CHECK(first_kind<g::sub_line, g::text_line>(input) == all);
                    else
                        CHECK(first_kind<g::furniture_line, g::slash_note_line, g::op_number_only_line, g::op_line,
                                         g::loose_op_line, g::closing_line, g::text_line>(input) == all);
                    CHECK(matches_all<g::line>(input) == matches_all<full_line>(input));
                }
    }
    CHECK(lines > 1000);
    CHECK(matches_all<g::digit_led_line>("3. Decides to extend;\n"));
    CHECK(matches_all<g::paren_led_line>("  (b) to monitor;\n"));
}
