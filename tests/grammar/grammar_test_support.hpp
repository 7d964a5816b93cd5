#pragma once
// Table-style grammar tests in the manner of PEGTL's own: a rule must match a whole input, or
// must not.

#include <tao/pegtl.hpp>

#include <string>

namespace resdiff::testing {

// True when Rule matches all of `input` (and nothing is left over).
template <class Rule>
bool matches_all(const std::string& input) {
    tao::pegtl::memory_input in(input, "test");
    try {
        return tao::pegtl::parse<tao::pegtl::seq<Rule, tao::pegtl::eof>>(in);
    } catch (const tao::pegtl::parse_error&) {
        return false;
    }
}

struct Case {
    const char* input;
    bool ok;
};

}  // namespace resdiff::testing
