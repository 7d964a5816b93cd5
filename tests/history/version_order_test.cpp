#include "history/history.hpp"

#include <catch2/catch.hpp>

using namespace resdiff;

namespace {

model::Document doc(std::string source, std::optional<std::string> date, std::optional<std::string> symbol) {
    model::Document d;
    d.source = std::move(source);
    d.metadata.date = std::move(date);
    d.metadata.symbol = std::move(symbol);
    return d;
}

}  // namespace

TEST_CASE("natural_compare compares numbers as numbers", "[history]") {
    CHECK(history::natural_compare("S/2026/101", "S/2026/101/Rev.1") < 0);
    CHECK(history::natural_compare("S/2026/101/Rev.2", "S/2026/101/Rev.10") < 0);
    CHECK(history::natural_compare("Rev.10", "Rev.2") > 0);
    CHECK(history::natural_compare("a007", "a7") == 0);
    CHECK(history::natural_compare("abc", "abc") == 0);
    CHECK(history::natural_compare("abc", "abd") < 0);
}

TEST_CASE("versions are ordered by date, then symbol, then source", "[history]") {
    const auto a = doc("z.txt", "2026-03-10", "S/2026/101/Rev.1");
    const auto b = doc("y.txt", "2026-03-03", "S/2026/101");
    const auto c = doc("x.txt", "2026-03-10", "S/2026/101/Rev.10");
    const auto d = doc("w.txt", "2026-03-10", "S/2026/101/Rev.2");
    const auto e = doc("v.txt", std::nullopt, "S/2026/101/Rev.3");
    const auto f = doc("b.txt", std::nullopt, std::nullopt);
    const auto g = doc("a.txt", std::nullopt, std::nullopt);
    const auto order = history::version_order({&a, &b, &c, &d, &e, &f, &g});
    CHECK(order == std::vector<std::size_t>{1, 0, 3, 2, 4, 6, 5});
}
