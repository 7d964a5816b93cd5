#include "render/render.hpp"

#include "diff/diff_documents.hpp"
#include "fixtures.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace resdiff;
using Json = nlohmann::ordered_json;

namespace {
Json rendered(const diff::DocumentDiff& d) {
    std::ostringstream out;
    render::diff_json(out, d);
    return Json::parse(out.str());
}
std::vector<std::string> keys(const Json& j) {
    std::vector<std::string> k;
    for (auto it = j.begin(); it != j.end(); ++it) k.push_back(it.key());
    return k;
}
}  // namespace

TEST_CASE("diff_json follows resdiff-diff/1", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto j = rendered(s.diff);
    CHECK(keys(j) == std::vector<std::string>{"format", "old", "new", "summary", "clauses"});
    CHECK(j["format"] == "resdiff-diff/1");
    CHECK(j["old"]["source"] == "old.txt");
    CHECK(j["old"]["metadata"]["symbol"] == "S/2026/101");
    CHECK(j["old"]["metadata"]["organ"].is_null());
    CHECK(j["new"]["metadata"]["symbol"] == "S/2026/101/Rev.1");
    CHECK(j["new"]["metadata"]["date"] == "2026-03-10");

    const auto& c = j["summary"]["clauses"];
    CHECK(keys(c) == std::vector<std::string>{"unchanged", "modified", "added", "removed", "moved",
                                              "renumbered"});
    CHECK(c["unchanged"] == 5);
    CHECK(c["modified"] == 2);
    CHECK(c["renumbered"] == 3);
    const auto& f = j["summary"]["findings"];
    CHECK(keys(f) == std::vector<std::string>{"obligation", "duration", "scope", "wording"});
    CHECK(f["obligation"] == 1);
}

TEST_CASE("diff_json entries: ids, status, flags, findings, edits", "[render]") {
    render_test::SampleDiff s;
    render_test::make_sample_diff(s);
    const auto j = rendered(s.diff);
    const auto& entries = j["clauses"];
    REQUIRE(entries.size() == s.diff.entries.size());

    const auto& op1 = entries[2];
    const auto k = keys(op1);
    REQUIRE(k.size() >= 7);
    CHECK(std::vector<std::string>(k.begin(), k.begin() + 5) ==
          std::vector<std::string>{"old", "new", "status", "moved", "renumbered"});
    CHECK(k[k.size() - 2] == "findings");
    CHECK(k.back() == "edits");
    CHECK(op1["old"] == "op1");
    CHECK(op1["new"] == "op1");
    CHECK(op1["status"] == "modified");
    CHECK(op1["moved"] == false);
    CHECK(op1["renumbered"] == false);
    REQUIRE(op1["findings"].size() == 1);
    const auto& fd = op1["findings"][0];
    CHECK(keys(fd) == std::vector<std::string>{"category", "direction", "old", "new", "message"});
    CHECK(fd["category"] == "duration");
    CHECK(fd["direction"] == "changed");
    CHECK(fd["old"] == "until 31 December 2027");
    CHECK(fd["new"] == "for a further period of two years");
    REQUIRE(op1["edits"].size() == 4);
    CHECK(op1["edits"][0] == Json({{"op", "equal"}, {"text", "Decides to extend the mandate of UNSFZ "}}));
    CHECK(op1["edits"][1]["op"] == "delete");
    CHECK(op1["edits"][2]["op"] == "insert");

    const auto& added = entries[3];
    CHECK(added["old"].is_null());
    CHECK(added["new"] == "op2");
    CHECK(added["status"] == "added");
    CHECK(added["findings"][0]["old"].is_null());

    const auto& removed = entries[5];
    CHECK(removed["old"] == "op3.c");
    CHECK(removed["new"].is_null());
    CHECK(removed["status"] == "removed");
    CHECK(removed["kind"] == "subparagraph");
    CHECK(removed["depth"] == 1);
    CHECK(removed["findings"][0]["direction"] == "narrowed");
    CHECK(removed["findings"][0]["new"].is_null());

    const auto& moved = entries[7];
    CHECK(moved["moved"] == true);
    CHECK(moved["renumbered"] == true);
    CHECK(moved["split_from"].is_null());
    // An unchanged entry stores no edits: its one equal run is its clause's lead and text.
    REQUIRE(moved["edits"].size() == 1);
    CHECK(moved["edits"][0]["op"] == "equal");
    CHECK(moved["edits"][0]["text"] == "Urges all Member States to ensure free movement;");
    CHECK(entries[8]["edits"].empty());  // no clause at hand: nothing to show
}

TEST_CASE("diff_json of an empty diff", "[render]") {
    diff::DocumentDiff d;
    const auto j = rendered(d);
    CHECK(j["old"]["source"].is_null());
    CHECK(j["old"]["metadata"].is_null());
    CHECK(j["clauses"].empty());
    CHECK(j["summary"]["clauses"]["unchanged"] == 0);
}

TEST_CASE("diff_json of an empty diff, byte for byte", "[render]") {
    // Streamed field by field: empty arrays print as [], nested objects two spaces further in.
    std::ostringstream out;
    render::diff_json(out, diff::DocumentDiff{});
    CHECK(out.str() == R"({
  "format": "resdiff-diff/1",
  "old": {
    "source": null,
    "metadata": null
  },
  "new": {
    "source": null,
    "metadata": null
  },
  "summary": {
    "clauses": {
      "unchanged": 0,
      "modified": 0,
      "added": 0,
      "removed": 0,
      "moved": 0,
      "renumbered": 0
    },
    "findings": {
      "obligation": 0,
      "duration": 0,
      "scope": 0,
      "wording": 0
    }
  },
  "clauses": []
}
)");
}

TEST_CASE("diff_json goldens: samples series", "[render][golden]") {
    for (const auto& [a, b] : {std::pair{"zarnovia-v1", "zarnovia-v2"}, std::pair{"zarnovia-v2", "zarnovia-v3"},
                               std::pair{"zarnovia-v1", "zarnovia-v3"}}) {
        SECTION(std::string(a) + " -> " + b) {
            const auto old_doc = render_test::load_sample(std::string(a) + ".txt");
            if (!old_doc) return;
            const auto new_doc = render_test::load_sample(std::string(b) + ".txt");
            if (!new_doc) return;
            const auto d = diff::diff_documents(*old_doc, *new_doc);
            std::ostringstream out;
            render::diff_json(out, d);
            const std::string tail = std::string(b).substr(std::string(b).rfind('-') + 1);
            testing::check_golden("render/" + std::string(a) + "-" + tail + ".diff.json", out.str());
        }
    }
}
