// src/parse/heading_reader.cpp: metadata from heading lines.

#include "parse/heading_reader.hpp"

#include <catch2/catch.hpp>

using namespace resdiff::parse;

TEST_CASE("ISO dates and symbols from heading text", "[parse]") {
    CHECK(iso_date("on 30 April 2007") == "2007-04-30");
    CHECK(iso_date("Distr.: General 1 July 2022") == "2022-07-01");
    CHECK(iso_date("no date here").empty());
    CHECK(find_symbol("United Nations S/RES/1663 (2006)") == "S/RES/1663 (2006)");
    CHECK(find_symbol("A/80/L.2/Rev.1 Distr.") == "A/80/L.2/Rev.1");
}

TEST_CASE("headings of each period and organ", "[parse]") {
    resdiff::model::Metadata m1;
    read_heading({"Resolution 1755 (2007)", "Adopted by the Security Council at its 5670th meeting, on", "30 April 2007"}, m1);
    CHECK(m1.symbol == "S/RES/1755 (2007)");
    CHECK(m1.date == "2007-04-30");
    CHECK(m1.organ == "Security Council");
    CHECK_FALSE(m1.draft);

    resdiff::model::Metadata m2;
    read_heading({"50 (1948). Resolution of 29 May 1948", "[S/801]"}, m2);
    CHECK(m2.symbol == "S/RES/50 (1948)");
    CHECK(m2.date == "1948-05-29");

    resdiff::model::Metadata m3;
    read_heading({"United Nations A/80/L.7", "General Assembly Distr.: Limited", "22 October 2025",
                  "Australia:* draft resolution", "Report of the International Atomic Energy Agency"}, m3);
    CHECK(m3.organ == "General Assembly");
    CHECK(m3.symbol == "A/80/L.7");
    CHECK(m3.date == "2025-10-22");
    CHECK(m3.draft);
    CHECK(m3.title == "Report of the International Atomic Energy Agency");

    resdiff::model::Metadata m4;
    read_heading({"Resolution adopted by the General Assembly on 19 September 2025",
                  "80/1. Participation by the State of Palestine"}, m4);
    CHECK(m4.date == "2025-09-19");
    CHECK(m4.symbol == "A/RES/80/1");
    CHECK_FALSE(m4.draft);

    // The draft's symbol in brackets is not the resolution's (found on A/RES/80/1).
    resdiff::model::Metadata m5;
    read_heading({"General Assembly Distr.: General", "Resolution adopted by the General Assembly on 19 September 2025",
                  "[without reference to a Main Committee (A/80/L.2/Rev.1)]", "80/1. Participation by the State of Palestine"}, m5);
    CHECK(m5.symbol == "A/RES/80/1");
    CHECK_FALSE(m5.draft);
    CHECK(m4.title == "Participation by the State of Palestine");
}
