#pragma once
// All custom error messages of the grammar in one table. The document grammar accepts any
// line of text (odd input gives warnings later, not failures), so the only commit points are
// structural ones that cannot fail on text that has passed the UTF-8 and binary checks.

#include <tao/pegtl.hpp>

namespace resdiff::grammar {

template <class Rule>
struct error_message {
    static constexpr const char* message = nullptr;  // PEGTL's default message
};
template <>
struct error_message<tao::pegtl::eof> {
    static constexpr const char* message = "text continues after the end of the document";
};

// Control class that raises positioned errors with the table's messages.
template <class Rule>
struct control : tao::pegtl::normal<Rule> {
    template <class Input, class... States>
    [[noreturn]] static void raise(const Input& in, States&&...) {
        if constexpr (error_message<Rule>::message != nullptr) {
            throw tao::pegtl::parse_error(error_message<Rule>::message, in);
        } else {
            tao::pegtl::normal<Rule>::raise(in);
        }
    }
};

}  // namespace resdiff::grammar
