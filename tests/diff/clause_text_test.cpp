#include "diff/clause_text.hpp"

#include "diff/flat_tree.hpp"
#include "diff/word_diff.hpp"
#include "parse/parse_document.hpp"
#include "support/paths.hpp"
#include "text/fold.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

using namespace resdiff::diff;

namespace {
std::string key(const std::string& s, const std::vector<std::string>& labels = {}) {
    return join_keys(comparable_tokens(s, labels));
}
std::string rebuild(const std::vector<resdiff::text::Token>& ts) {
    std::string out;
    for (const auto& t : ts) out += std::string(t.text) + std::string(t.spaces);
    return out;
}
}  // namespace

TEST_CASE("clause text: footnote markers are layout", "[diff]") {
    const std::vector<std::string> labels{"1", "2", "3", "9", "10", "12"};
    CHECK(key("Political Rights, 1 the Covenant", labels) == key("Political Rights, the Covenant", labels));
    CHECK(key("Programme of Action 9 and the Programme", labels) == key("Programme of Action and the Programme", labels));
    CHECK(key("Development,10", labels) == key("Development,", labels));
    CHECK(key("the Council1 decided", labels) == key("the Council decided", labels));
    CHECK(key("in Lebanon 1/ and", labels) == key("in Lebanon and", labels));
    // Numbers the text uses stay.
    CHECK(key("paragraph 3 of resolution 12", labels) != key("paragraph of resolution", labels));
    CHECK(key("until 12 March 2019", labels) != key("until March 2019", labels));
    CHECK(key("for 3 months", labels) != key("for months", labels));
    CHECK(key("recommendation No. 39 (2022)", labels) != key("recommendation No. (2022)", labels));
    CHECK(key("(2) the", labels) != key("() the", labels));
    const std::string s = "Rights, 1 the Covenant,10";
    CHECK(rebuild(comparable_tokens(s, labels)) == s);
}

TEST_CASE("clause text: a wrapped hyphen is one word", "[diff]") {
    CHECK(key("a nuclear- weapon-free zone") == key("a nuclear-weapon-free zone"));
    CHECK(key("the Non- Proliferation Treaty") == key("the Non\u2011Proliferation Treaty"));
    CHECK(key("pre- and post-conflict") != key("pre and post-conflict"));
    const std::string s = "a nuclear- weapon-free zone";
    CHECK(rebuild(comparable_tokens(s, {})) == s);
}

TEST_CASE("clause text: similarity measures", "[diff]") {
    const auto a = word_features(comparable_tokens("Decides to extend the mandate of the Panel", {}));
    const auto b = word_features(comparable_tokens("Decides to extend the mandate of the Mission", {}));
    CHECK(dice(a, a) == 1.0);
    CHECK(dice(a, b) == Approx(0.75));  // stop words left out: decides extend mandate panel/mission
    CHECK(containment(a, b) == Approx(0.75));
    CHECK(dice({}, {}) == 1.0);
    CHECK(containment({}, a) == 0.0);
}

namespace {
// "" when `ct` holds, view for view, what comparable_tokens gave as strings (text and blanks
// at the same places of `text`, the same keys and kinds); else the first difference.
std::string differs(std::string_view text, const CompareTokens& ct, const std::vector<resdiff::text::Token>& ts) {
    if (ct.size() != ts.size()) return "count " + std::to_string(ct.size()) + " != " + std::to_string(ts.size());
    std::string spelled;
    for (std::size_t i = 0; i < ct.size(); ++i) {
        const auto v = ct[i];
        const auto& t = ts[i];
        const std::string at = "token " + std::to_string(i) + " '" + std::string(t.text) + "': ";
        if (v.text.data() != t.text.data() || v.text.size() != t.text.size()) return at + "text";
        if (v.spaces.data() != t.spaces.data() || v.spaces.size() != t.spaces.size()) return at + "spaces";
        if (v.key != t.key || ct.key(i) != t.key) return at + "key '" + std::string(v.key) + "'";
        // Apart from the builder: the folded text, blanks of a joined wrapped hyphen left out.
        std::string folded = resdiff::text::fold_typography(v.text);
        std::erase_if(folded, resdiff::text::is_space);
        if (v.key != folded) return at + "key '" + std::string(v.key) + "' is not its folded text";
        if (v.kind != t.kind) return at + "kind";
        spelled += v.text;
        spelled += v.spaces;
    }
    if (spelled != text) return "the tokens do not spell the text";
    if (join_keys(ct) != join_keys(ts)) return "join_keys";
    if (word_features(ct) != word_features(ts)) return "word_features";
    return "";
}

bool same_edits(const std::vector<Edit>& a, const std::vector<Edit>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].op != b[i].op || a[i].text != b[i].text) return false;
    return true;
}
}  // namespace

TEST_CASE("CompareToken: offsets in 24 bytes", "[diff]") {
    // Three views took 56: the tokens of a large revision's changed clauses are megabytes.
    CHECK(sizeof(CompareToken) <= 24);
}

TEST_CASE("CompareTokens: views by offset survive a copy and a move", "[diff]") {
    // A folded key short enough to sit inside the string object: a view kept as a pointer would
    // dangle after the move.
    const std::string text = "the \u201CPanel\u201D of Experts\u00A01 and";
    const std::vector<std::string> labels{"1"};
    CompareScratch scratch;
    CompareTokens ct;
    comparable_tokens_into(text, labels, {}, scratch, ct);
    const auto expected = comparable_tokens(text, labels);
    REQUIRE(differs(text, ct, expected).empty());
    const CompareTokens copied = ct;
    CompareTokens moved = std::move(ct);
    comparable_tokens_into("other words", {}, {}, scratch, ct);  // the moved-from one reused
    CHECK(differs(text, copied, expected).empty());
    CHECK(differs(text, moved, expected).empty());
    CHECK(join_keys(copied) == "the \" Panel \" of Experts and");
    CHECK(join_keys(moved) == "the \" Panel \" of Experts and");
    CHECK(differs("other words", ct, comparable_tokens("other words", {})).empty());
}

TEST_CASE("CompareTokens: on the corpus, the views are comparable_tokens and word_diff agrees", "[diff][corpus]") {
    const auto corpus = resdiff::testing::corpus_dir();
    if (!corpus) {
        WARN("corpus absent");
        return;
    }
    std::size_t documents = 0, tokens = 0, folded = 0, pairs = 0;
    for (const auto& path : resdiff::testing::text_files(*corpus, false)) {
        const auto parsed = resdiff::parse::parse_document(resdiff::testing::read_file(path), path.filename().string());
        if (!parsed.ok()) continue;
        ++documents;
        std::vector<std::string> labels;
        for (const auto& f : parsed.document->footnotes) labels.push_back(f.label);
        FlatTree built = flatten(parsed.document->clauses, labels);
        for (std::size_t n = 0; n < built.nodes.size(); ++n) built.tokens(n);
        const FlatTree tree = std::move(built);  // tokens made before the move still read right
        std::string failure;
        const std::vector<resdiff::text::Token>* previous = nullptr;
        std::vector<std::vector<resdiff::text::Token>> all(tree.nodes.size());
        for (std::size_t n = 0; n < tree.nodes.size() && failure.empty(); ++n) {
            const auto& node = tree.nodes[n];
            auto with_refs = labels;
            with_refs.insert(with_refs.end(), node.clause->footnote_refs.begin(), node.clause->footnote_refs.end());
            const CompareTokens& ct = tree.tokens(n);
            const std::string_view text = tree.compared_text(n);
            if (text != clause_text(*node.clause)) failure = node.clause->id + ": compared text";
            all[n] = comparable_tokens(text, with_refs);
            tokens += ct.size();
            for (const auto& t : all[n]) folded += t.key != t.text;
            if (const auto d = differs(text, ct, all[n]); !d.empty()) failure = node.clause->id + ": " + d;
            // Word diff of neighbours: the templates read the views as they read the strings.
            if (previous && !same_edits(word_diff(tree.tokens(n - 1), ct), word_diff(*previous, all[n])))
                failure = node.clause->id + ": word_diff after the clause before";
            previous = &all[n];
            ++pairs;
        }
        INFO(path.filename().string() << " " << failure);
        CHECK(failure.empty());
    }
    CHECK(documents > 100);
    CHECK(tokens > 100000);
    CHECK(folded > 100);  // folded keys (curly quotes, wrapped hyphens) are among them
    CHECK(pairs > 1000);
}
