// Tests src/render/json_values.cpp: the hand-written JSON string writer prints exactly what
// nlohmann's dump prints (every escape, UTF-8 kept, invalid UTF-8 replaced), and the streamed
// diff report is byte for byte the pretty-printed value it describes.

#include "render/json_values.hpp"

#include "render/render.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <sstream>
#include <string>

using namespace resdiff;
using Json = nlohmann::ordered_json;

namespace {

std::string ours(std::string_view s) {
    std::ostringstream out;
    render::detail::write_json_string(out, s);
    return out.str();
}

std::string theirs(const std::string& s) { return Json(s).dump(2, ' ', false, Json::error_handler_t::replace); }

}  // namespace

TEST_CASE("write_json_string escapes as nlohmann does", "[render]") {
    const std::vector<std::string> cases{
        "",
        "plain words",
        "quote \" backslash \\ slash /",
        std::string("nul \0 bell \a", 12),
        "\b\f\n\r\t\v\x1f\x7f",
        "Côte d’Ivoire — “quoted” …",
        "emoji \xF0\x9F\x87\xBA\xF0\x9F\x87\xB3 end",
        "cut \xE2\x80",             // a sequence cut short
        "lone \x80 continuation",   // a continuation byte alone
        "overlong \xC0\xAF",        // an overlong "/"
        "surrogate \xED\xA0\x80",   // U+D800 in UTF-8
        "past U+10FFFF \xF4\x90\x80\x80",
        "\xEF\xBB\xBF BOM",
    };
    for (const auto& s : cases) {
        INFO(s);
        CHECK(ours(s) == theirs(s));
    }
}

TEST_CASE("write_json_string agrees with nlohmann on random bytes", "[render]") {
    std::mt19937 rng(20261126);
    // Bytes drawn mostly from the interesting ones: ASCII, controls, UTF-8 lead and
    // continuation bytes, so that valid and invalid sequences both come up often.
    const std::string alphabet = std::string("aZ \"\\/\n\t\x01\x1f\x7f", 11) +
                                 "\xC2\xC3\xDF\xE0\xE2\xED\xEF\xF0\xF4\xF5\xFF\x80\x8F\x90\xA0\xBF";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 12);
    std::size_t valid = 0;
    for (int i = 0; i < 50000; ++i) {
        std::string s;
        for (std::size_t n = length(rng); n > 0; --n) s += alphabet[pick(rng)];
        const std::string expected = theirs(s);
        if (expected.find("\xEF\xBF\xBD") == std::string::npos) ++valid;
        INFO(Json(s).dump(-1, ' ', true, Json::error_handler_t::replace));
        REQUIRE(ours(s) == expected);
    }
    CHECK(valid > 1000);  // both paths were exercised
}

TEST_CASE("diff_json streams the bytes of its pretty-printed value, hostile texts included", "[render]") {
    model::Document old_doc, new_doc;
    old_doc.source = "old \"one\".txt";
    new_doc.source = "new\\two\n.txt";
    diff::DocumentDiff d;
    d.old_doc = &old_doc;
    d.new_doc = &new_doc;
    const std::vector<std::string> texts{"Decides \"to\" extend\n", "tab\tand\x01", "Côte d’Ivoire",
                                         "bad \xFF byte", ""};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        diff::ClauseEntry e;
        e.old_id = "op" + std::to_string(i);
        if (i % 2 == 0) e.new_id = texts[i];
        e.status = i % 2 ? diff::Status::removed : diff::Status::modified;
        e.moved = i == 1;
        e.split_from = i == 2 ? std::optional<std::string>("op\"1") : std::nullopt;
        e.depth = i;
        e.edits.push_back({diff::EditOp::equal, texts[i]});
        e.edits.push_back({diff::EditOp::remove, texts[(i + 1) % texts.size()]});
        e.edits.push_back({diff::EditOp::insert, texts[(i + 2) % texts.size()]});
        diff::Finding f;
        f.old_text = texts[i];
        f.message = "changed: " + texts[i];
        if (i != 3) e.findings.push_back(f);
        d.entries.push_back(e);
    }
    d.entries.push_back(diff::ClauseEntry{});  // no edits at all
    std::ostringstream out;
    render::diff_json(out, d);
    const std::string streamed = out.str();
    CHECK(Json::parse(streamed).dump(2) + "\n" == streamed);
    // A report of many entries is written by two threads taking turns by stretches: the same
    // bytes, whether the last stretch is the main thread's or the other's, full or not.
    const auto few = d.entries;
    for (const std::size_t size : {4096u, 8192u, 9000u, 12289u}) {
        INFO(size);
        d.entries.clear();
        while (d.entries.size() < size) d.entries.push_back(few[d.entries.size() % few.size()]);
        std::ostringstream many, many_one_thread;
        render::diff_json(many, d, true);
        render::diff_json(many_one_thread, d);
        CHECK(many.str() == many_one_thread.str());
        CHECK(Json::parse(many.str()).dump(2) + "\n" == many.str());
        CHECK(Json::parse(many.str())["clauses"].size() == d.entries.size());
    }
}
