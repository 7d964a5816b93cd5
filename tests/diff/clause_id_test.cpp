#include "diff/clause_id.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>

using resdiff::diff::ClauseId;

TEST_CASE("ClauseId: one pointer that reads like an optional string", "[diff]") {
    STATIC_REQUIRE(sizeof(ClauseId) == sizeof(void*));
    const ClauseId none;
    CHECK_FALSE(none);
    CHECK(none.value_or("-") == "-");
    CHECK(none == ClauseId(std::nullopt));
    CHECK(none == std::optional<std::string>());
    CHECK_FALSE(none == "");
    CHECK(std::optional<std::string>(none) == std::nullopt);

    const ClauseId owned = std::string("op4.a");
    REQUIRE(owned);
    CHECK(*owned == "op4.a");
    CHECK(owned->size() == 5);
    CHECK(owned == "op4.a");
    CHECK(owned == std::string("op4.a"));
    CHECK(owned == std::optional<std::string>("op4.a"));
    CHECK(owned != std::optional<std::string>("op4"));
    CHECK(owned != none);
    CHECK(std::optional<std::string>(owned) == "op4.a");
}

TEST_CASE("ClauseId: a borrowed id points at its source, an owned one is a copy of its own", "[diff]") {
    std::string source = "pp2";
    const ClauseId borrowed = ClauseId::borrowed(source);
    CHECK(&*borrowed == &source);
    const ClauseId copy_of_borrowed = borrowed;  // still borrowed
    CHECK(&*copy_of_borrowed == &source);

    ClauseId owned = std::string("pp2");
    CHECK(owned == borrowed);  // by value
    ClauseId copy = owned;
    CHECK(&*copy != &*owned);  // deep copy: each frees its own
    CHECK(copy == owned);
    ClauseId moved = std::move(owned);
    CHECK_FALSE(owned);  // NOLINT(bugprone-use-after-move): a moved-from id is empty, by contract
    CHECK(moved == "pp2");

    // Assignment in every direction frees what was owned (ASan would see a leak or double free).
    copy = borrowed;
    CHECK(&*copy == &source);
    copy = ClauseId("op1");
    CHECK(copy == "op1");
    const ClauseId& same = copy;
    copy = same;  // self-assignment keeps the value
    CHECK(copy == "op1");
    copy = std::nullopt;
    CHECK_FALSE(copy);
    source = "changed";
    CHECK(borrowed == "changed");  // borrowed: reads the source as it is now
}
