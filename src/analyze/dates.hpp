#pragma once
// Calendar dates as the texts write them, normalised to ISO 8601: "31 May 2023",
// "May 31, 2023", "1st July 2022" -> "2023-05-31"; "December 2017" -> "2017-12";
// "the end of 2027" -> "2027-12-31", "the end of September 2020" -> "2020-09-30".

#include "analyze/words.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::analyze {

struct DateMatch {
    std::string iso;
    std::size_t words = 0;  // words consumed
};

// A date starting at words[i]: day-month-year, month-day-year, or month-year.
std::optional<DateMatch> read_date(WordSpan words, std::size_t i);

// "[the] end of <year>" or "[the] end of <month> <year>" starting at words[i]: the last day.
std::optional<DateMatch> read_end_of(WordSpan words, std::size_t i);

// A bare year "2030" (1900-2199) at words[i], not followed by a unit or number.
std::optional<DateMatch> read_year(WordSpan words, std::size_t i);

// 1-12 for an English month name in lower case ("may", "sept", "september"), else 0.
int month_number(std::string_view lower);

// Days in a month of a year (Gregorian leap years).
int days_in_month(int year, int month);

}  // namespace resdiff::analyze
