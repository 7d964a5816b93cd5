#include "history/history.hpp"

#include "history_fixture.hpp"

#include <catch2/catch.hpp>

using namespace resdiff;

TEST_CASE("the mandate of op1 goes from an end date to a period", "[history]") {
    const auto s = history_test::samples_series();
    const auto& h = s->history;
    const history::MandateTrack* op1 = nullptr;
    for (const auto& t : h.mandates)
        if (t.mandate && h.chains[t.chain].ids[0] == std::optional<std::string>("op1")) op1 = &t;
    REQUIRE(op1);
    REQUIRE(op1->states.size() == 3);
    REQUIRE(op1->states[0]);
    REQUIRE(op1->states[1]);
    CHECK(op1->states[0]->until == std::optional<std::string>("2027-12-31"));
    CHECK_FALSE(op1->states[0]->period);
    CHECK(op1->states[1]->period == std::optional<std::string>("P2Y"));
    CHECK_FALSE(op1->states[1]->until);
    CHECK(op1->states[2]->period == std::optional<std::string>("P2Y"));
}

TEST_CASE("the obligation weakened in op7 → op8 has a track with its strength per version", "[history]") {
    const auto s = history_test::samples_series();
    const auto& h = s->history;
    const history::MandateTrack* track = nullptr;
    for (const auto& t : h.mandates)
        if (h.chains[t.chain].ids[0] == std::optional<std::string>("op7")) track = &t;
    REQUIRE(track);
    CHECK_FALSE(track->mandate);
    REQUIRE(track->states[0]);
    REQUIRE(track->states[1]);
    REQUIRE(track->states[0]->obligation);
    REQUIRE(track->states[1]->obligation);
    CHECK(track->states[0]->obligation->verb == "Decides");
    CHECK(track->states[1]->obligation->verb == "Requests");
    CHECK(track->states[0]->obligation->strength > track->states[1]->obligation->strength);
}
