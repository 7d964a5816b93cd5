#include "analyze/durations.hpp"

#include <catch2/catch.hpp>

using resdiff::analyze::find_durations;
using resdiff::analyze::Lexicon;
using resdiff::model::Duration;
using resdiff::model::DurationRole;

namespace {

std::vector<Duration> scan(const std::string& text) {
    return find_durations(text, Lexicon::builtin());
}

// Exactly one duration, with these fields.
void check_one(const std::string& text, const std::string& quoted, DurationRole role,
               std::optional<std::string> until, std::optional<std::string> period) {
    INFO(text);
    const auto d = scan(text);
    REQUIRE(d.size() == 1);
    CHECK(d[0].text == quoted);
    CHECK(d[0].role == role);
    CHECK(d[0].until == until);
    CHECK(d[0].period == period);
}

}  // namespace

TEST_CASE("mandate ends", "[analyze]") {
    check_one("to extend the mandate of UNIFIL until 31 May 2023;", "until 31 May 2023",
              DurationRole::until, "2023-05-31", std::nullopt);
    check_one("extend until 12 March 2019 the mandate of the Panel", "until 12 March 2019",
              DurationRole::until, "2019-03-12", std::nullopt);
    check_one("until May 31, 2023, and", "until May 31, 2023", DurationRole::until, "2023-05-31",
              std::nullopt);
    check_one("through the end of 2027", "through the end of 2027", DurationRole::until,
              "2027-12-31", std::nullopt);
    check_one("until the end of February 2024", "until the end of February 2024",
              DurationRole::until, "2024-02-29", std::nullopt);
    check_one("to extend the stationing of the Force for a further period ending on 15 December 1993",
              "for a further period ending on 15 December 1993", DurationRole::until, "1993-12-15",
              std::nullopt);
    check_one("renew the mandate for a further interim period of six months, that is until 31 July 1993;",
              "for a further interim period of six months, that is until 31 July 1993",
              DurationRole::until, "1993-07-31", "P6M");
    check_one("for a period of four months, that is, until 19 January 1979",
              "for a period of four months, that is, until 19 January 1979", DurationRole::until,
              "1979-01-19", "P4M");
    check_one("the Force shall remain until 1 July 2022.", "until 1 July 2022",
              DurationRole::until, "2022-07-01", std::nullopt);
}

TEST_CASE("periods in words and digits", "[analyze]") {
    check_one("for a period of twelve months from the date of this resolution",
              "for a period of twelve months from the date of this resolution",
              DurationRole::period, std::nullopt, "P12M");
    check_one("for an initial period of 6 months", "for an initial period of 6 months",
              DurationRole::period, std::nullopt, "P6M");
    check_one("for a further 12 months from the date of this resolution;",
              "for a further 12 months from the date of this resolution", DurationRole::period,
              std::nullopt, "P12M");
    check_one("for at least two years", "for at least two years", DurationRole::period,
              std::nullopt, "P2Y");
    check_one("for another period of six months", "for another period of six months",
              DurationRole::period, std::nullopt, "P6M");
    check_one("for a six-month period", "for a six-month period", DurationRole::period,
              std::nullopt, "P6M");
    check_one("for twenty-one days", "for twenty-one days", DurationRole::period, std::nullopt,
              "P21D");
    check_one("for a further year", "for a further year", DurationRole::period, std::nullopt,
              "P1Y");
    check_one("for one hundred and eighty days", "for one hundred and eighty days",
              DurationRole::period, std::nullopt, "P180D");
}

TEST_CASE("deadlines", "[analyze]") {
    check_one("an interim report no later than 12 August 2020", "no later than 12 August 2020",
              DurationRole::deadline, "2020-08-12", std::nullopt);
    check_one("not later than 1 March 2019", "not later than 1 March 2019",
              DurationRole::deadline, "2019-03-01", std::nullopt);
    check_one("a final report by 13 January 2021 with", "by 13 January 2021",
              DurationRole::deadline, "2021-01-13", std::nullopt);
    check_one("to report within 30 days", "within 30 days", DurationRole::deadline, std::nullopt,
              "P30D");
    check_one("within a further 90 days", "within a further 90 days", DurationRole::deadline,
              std::nullopt, "P90D");
    check_one("within three (3) weeks of its adoption", "within three (3) weeks",
              DurationRole::deadline, std::nullopt, "P3W");
    check_one("by the end of September 2020", "by the end of September 2020",
              DurationRole::deadline, "2020-09-30", std::nullopt);
    check_one("no later than December 2017", "no later than December 2017",
              DurationRole::deadline, "2017-12", std::nullopt);
}

TEST_CASE("intervals", "[analyze]") {
    check_one("to provide updates every three months to the Committee", "every three months",
              DurationRole::interval, std::nullopt, "P3M");
    check_one("every 90 days", "every 90 days", DurationRole::interval, std::nullopt, "P90D");
    check_one("to report on a semi-annual basis", "on a semi-annual basis",
              DurationRole::interval, std::nullopt, "P6M");
    check_one("to report annually", "annually", DurationRole::interval, std::nullopt, "P1Y");
    check_one("on a biannual basis", "on a biannual basis", DurationRole::interval, std::nullopt,
              "P6M");
    check_one("every year", "every year", DurationRole::interval, std::nullopt, "P1Y");
    check_one("its annual report", "annual report", DurationRole::interval, std::nullopt, "P1Y");
}

TEST_CASE("several durations in order of appearance", "[analyze]") {
    const auto d = scan(
        "Decides to extend until 12 March 2019 the mandate of the Panel of Experts and requests an "
        "interim report no later than 12 August 2018, a final report by 12 January 2019 and "
        "updates every three months");
    REQUIRE(d.size() == 4);
    CHECK(d[0].until == "2019-03-12");
    CHECK(d[0].role == DurationRole::until);
    CHECK(d[1].until == "2018-08-12");
    CHECK(d[1].role == DurationRole::deadline);
    CHECK(d[2].until == "2019-01-12");
    CHECK(d[3].period == "P3M");
}

TEST_CASE("things that are not durations", "[analyze]") {
    CHECK(scan("for the implementation of resolution 186 (1964)").empty());
    CHECK(scan("adopted by the General Assembly").empty());
    CHECK(scan("by resolution 426 (1978)").empty());
    CHECK(scan("until the information is provided").empty());
    CHECK(scan("up to 15,000 troops").empty());
    CHECK(scan("until 31 February 2023").empty());  // no such day
    CHECK(scan("the Member States may act").empty());
}
