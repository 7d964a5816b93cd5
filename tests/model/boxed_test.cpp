#include "model/boxed.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using resdiff::model::Boxed;

namespace {
using Words = std::vector<std::string>;
}  // namespace

TEST_CASE("Boxed: empty by default, one pointer in size", "[model]") {
    const Boxed<Words> b;
    CHECK_FALSE(b.has_value());
    CHECK_FALSE(b);
    STATIC_REQUIRE(sizeof(Boxed<Words>) == sizeof(void*));
}

TEST_CASE("Boxed: a copy is deep", "[model]") {
    Boxed<Words> a(Words{"one", "two"});
    Boxed<Words> b = a;
    REQUIRE(b);
    CHECK(*b == Words{"one", "two"});
    CHECK(&*b != &*a);
    b->push_back("three");
    CHECK(a->size() == 2);

    const Boxed<Words> none;
    const Boxed<Words> still_none = none;
    CHECK_FALSE(still_none);
}

TEST_CASE("Boxed: a move takes the value and leaves the source empty", "[model]") {
    Boxed<Words> a(Words{"one"});
    const Words* inside = &*a;
    Boxed<Words> b = std::move(a);
    CHECK_FALSE(a);  // NOLINT(bugprone-use-after-move): the moved-from state is specified
    REQUIRE(b);
    CHECK(&*b == inside);  // no copy made

    Boxed<Words> c;
    c = std::move(b);
    CHECK_FALSE(b);  // NOLINT(bugprone-use-after-move)
    CHECK(&*c == inside);
}

TEST_CASE("Boxed: copy assignment between empty and full, both ways", "[model]") {
    const Boxed<Words> full(Words{"x"});
    const Boxed<Words> empty;

    Boxed<Words> target;
    target = full;  // empty <- full
    REQUIRE(target);
    CHECK(*target == Words{"x"});
    CHECK(&*target != &*full);

    target = empty;  // full <- empty
    CHECK_FALSE(target);

    Boxed<Words> other(Words{"y", "z"});
    target = other;
    target = full;  // full <- full: the value is replaced, the original untouched
    CHECK(*target == Words{"x"});
    CHECK(*other == Words{"y", "z"});

    auto& self = target;
    target = self;  // self-assignment keeps the value
    CHECK(*target == Words{"x"});
}

TEST_CASE("Boxed: move assignment between empty and full, both ways", "[model]") {
    Boxed<Words> target(Words{"old"});
    target = Boxed<Words>();  // full <- empty
    CHECK_FALSE(target);
    target = Boxed<Words>(Words{"new"});  // empty <- full
    REQUIRE(target);
    CHECK(*target == Words{"new"});
}

TEST_CASE("Boxed: get_or_make makes the value once, reset drops it", "[model]") {
    Boxed<Words> b;
    b.get_or_make().push_back("a");
    b.get_or_make().push_back("b");
    CHECK(*b == Words{"a", "b"});
    b.reset();
    CHECK_FALSE(b);
}
