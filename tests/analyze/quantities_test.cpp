#include "analyze/quantities.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;
using Catch::Matchers::Equals;
using V = std::vector<std::string>;

TEST_CASE("troop ceilings, counts and amounts", "[analyze]") {
    const Lexicon& lex = Lexicon::builtin();
    CHECK_THAT(find_quantities("to maintain the deployment of 19,626 uniformed AMISOM personnel "
                               "until 28 February 2021",
                               lex),
               Equals(V{"19,626 uniformed AMISOM personnel"}));
    CHECK_THAT(find_quantities("a force of up to 15,000 troops and 1,200 police officers", lex),
               Equals(V{"up to 15,000 troops", "1,200 police officers"}));
    CHECK_THAT(find_quantities("a maximum of 2,500 military personnel", lex),
               Equals(V{"a maximum of 2,500 military personnel"}));
    CHECK_THAT(find_quantities("an amount of US$ 50 million", lex), Equals(V{"US$ 50 million"}));
    CHECK_THAT(find_quantities("three military observers", lex),
               Equals(V{"three military observers"}));
}

TEST_CASE("references and dates are not quantities", "[analyze]") {
    const Lexicon& lex = Lexicon::builtin();
    CHECK(find_quantities("resolution 1591 (2005), paragraph 4 of resolution 2035 (2012)", lex)
              .empty());
    CHECK(find_quantities("until 31 May 2023 the mandate", lex).empty());
    CHECK(find_quantities("one of the members", lex).empty());
}
