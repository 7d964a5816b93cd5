// src/parse/sub_labels.cpp: label series.

#include "parse/sub_labels.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::parse;

TEST_CASE("label values in each series", "[parse]") {
    CHECK(label_value(LabelSeries::alpha, "a") == 1);
    CHECK(label_value(LabelSeries::alpha, "z") == 26);
    CHECK(label_value(LabelSeries::alpha, "aa") == 27);
    CHECK(label_value(LabelSeries::alpha, "ab") == std::nullopt);
    CHECK(label_value(LabelSeries::roman, "iv") == 4);
    CHECK(label_value(LabelSeries::roman, "xviii") == 18);
    CHECK(label_value(LabelSeries::roman, "iiii") == std::nullopt);
    CHECK(label_value(LabelSeries::roman, "vx") == std::nullopt);
    CHECK(label_value(LabelSeries::digit, "12") == 12);
    CHECK(label_value(LabelSeries::upper, "C") == 3);
    CHECK(opening_series("i") == LabelSeries::roman);
    CHECK(opening_series("a") == LabelSeries::alpha);
    CHECK(opening_series("b") == std::nullopt);
    CHECK(natural_series("v") == LabelSeries::alpha);
}
