#include "analyze/dates.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::analyze;

namespace {

std::optional<std::string> date(const std::string& text) {
    const auto words = split_words(text);
    if (auto d = read_end_of(words, 0)) return d->iso;
    if (auto d = read_date(words, 0)) return d->iso;
    return std::nullopt;
}

}  // namespace

TEST_CASE("dates to ISO 8601", "[analyze]") {
    CHECK(date("31 May 2023") == "2023-05-31");
    CHECK(date("May 31, 2023") == "2023-05-31");
    CHECK(date("1 July 2022") == "2022-07-01");
    CHECK(date("1st July 2022") == "2022-07-01");
    CHECK(date("29 February 2024") == "2024-02-29");
    CHECK_FALSE(date("29 February 2023"));
    CHECK_FALSE(date("31 April 2023"));
    CHECK(date("December 2017") == "2017-12");
    CHECK(date("the end of 2027") == "2027-12-31");
    CHECK(date("end of June 2021") == "2021-06-30");
    CHECK_FALSE(date("may 2023"));  // a modal, not a month
    CHECK_FALSE(date("1591 (2005)"));
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(month_number("sept") == 9);
}

TEST_CASE("bare years", "[analyze]") {
    const auto w = split_words("2030 and 1591 (2005)");
    CHECK(read_year(w, 0)->iso == "2030");
    CHECK_FALSE(read_year(w, 2));
}
