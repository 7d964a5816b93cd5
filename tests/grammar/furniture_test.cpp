// grammar/furniture.hpp: page furniture lines from PDF extraction.

#include "grammar/furniture.hpp"
#include "grammar_test_support.hpp"

#include <catch2/catch.hpp>

namespace g = resdiff::grammar;
using resdiff::testing::Case;
using resdiff::testing::matches_all;

TEST_CASE("page furniture lines", "[grammar]") {
    const Case cases[] = {
        {"06-28361 (E)\n", true},
        {"22-09852 (E)      230622                                     Pleese recycle\n", true},
        {"25-17051 (E)    281025 \n", true},
        {"25-17051\n", true},
        {"*0628361*\n", true},
        {"*2517051* \n", true},
        {"2/3\n", true},
        {" 2/2 \n", true},
        {"Page 4\n", true},
        {"- 3 -\n", true},
        {"12\n", true},
        {"3. Decides\n", false},
        {"2006-2007 budget\n", false},
        {"79/7 of 4 December 2024\n", false},
        {"*Reissued for technical reasons*\n", false},
    };
    for (const auto& c : cases) {
        INFO(c.input);
        CHECK(matches_all<g::furniture_line>(c.input) == c.ok);
    }
}
