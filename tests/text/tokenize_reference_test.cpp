// tokenize_spans against a plain reference written from its documented rules, one code point
// at a time: the tokenizer's byte-class table and fast paths must not change a single token.

#include "support/paths.hpp"
#include "text/tokenize.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace resdiff::text;

namespace {

struct Cp {
    char32_t value;
    std::size_t begin, size;
};

std::vector<Cp> code_points(std::string_view s) {
    std::vector<Cp> out;
    for (std::size_t p = 0; p < s.size();) {
        std::size_t len = 1;
        const char32_t v = decode_at(s, p, len);
        out.push_back({v, p, len});
        p += len;
    }
    return out;
}

bool blank(char32_t c) {
    static const std::u32string blanks = U" \t\n\r\f\v\u00A0\u2007\u202F\u2002\u2003\u2009\u200B\uFEFF";
    return blanks.find(c) != std::u32string::npos;
}
bool word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    static const std::u32string not_words = U"\u00A0\u00AD\u00AB\u00BB\u00B0\uFEFF";
    return not_words.find(c) == std::u32string::npos && !(c >= 0x2000 && c <= 0x206F);
}
bool joiner(char32_t c) {
    static const std::u32string joiners = U"-\u2010\u2011'\u2019/.,\u00AD";
    return joiners.find(c) != std::u32string::npos;
}
bool digit_byte(std::string_view s, std::size_t at) { return at < s.size() && s[at] >= '0' && s[at] <= '9'; }

std::vector<TokenSpan> reference(std::string_view s) {
    const auto cps = code_points(s);
    std::vector<TokenSpan> out;
    std::size_t i = 0;
    while (i < cps.size()) {
        if (blank(cps[i].value)) {
            const std::size_t from = cps[i].begin;
            while (i < cps.size() && blank(cps[i].value)) ++i;
            const std::size_t to = i < cps.size() ? cps[i].begin : s.size();
            if (!out.empty()) out.back().spaces = s.substr(from, to - from);
            continue;
        }
        const std::size_t first = i++;
        TokenKind kind = TokenKind::punct;
        if (word_char(cps[first].value)) {
            kind = digit_byte(s, cps[first].begin) ? TokenKind::number : TokenKind::word;
            bool slash = false;
            while (i < cps.size()) {
                if (word_char(cps[i].value)) {
                    ++i;
                    continue;
                }
                const char32_t j = cps[i].value;
                if (joiner(j) && i + 1 < cps.size() && word_char(cps[i + 1].value)) {
                    const bool numeric_only = j == ',' || j == '.';
                    const bool digits_around = digit_byte(s, cps[i].begin - 1) && digit_byte(s, cps[i + 1].begin);
                    if (!numeric_only || digits_around || (j == '.' && slash)) {
                        if (j == '/') slash = true;
                        ++i;
                        continue;
                    }
                }
                break;
            }
        }
        const std::size_t end = i < cps.size() ? cps[i].begin : s.size();
        const std::string_view text = s.substr(cps[first].begin, end - cps[first].begin);
        bool ascii = true;
        for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        out.push_back({text, {}, kind, ascii});
    }
    return out;
}

void same_tokens(std::string_view s) {
    std::vector<TokenSpan> got;
    tokenize_spans(s, got);
    const auto want = reference(s);
    REQUIRE(got.size() == want.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
        INFO("token " << k << " of \"" << std::string(s) << "\"");
        CHECK(got[k].text.data() == want[k].text.data());
        CHECK(got[k].text.size() == want[k].text.size());
        CHECK(got[k].spaces == want[k].spaces);
        CHECK(got[k].kind == want[k].kind);
        CHECK(got[k].ascii == want[k].ascii);
    }
}

}  // namespace

TEST_CASE("tokenize_spans: the rules on chosen texts", "[text]") {
    for (const char* s : {"", " ", "  Decides, acting under Chapter VII, to extend ", "19,626 troops; 1.5 km",
                          "S/RES/1445 (2002) and A/80/L.2.", "non-proliferation Côte d\u2019Ivoire", "a\u00A0b\u2009c\u200Bd",
                          "inter\u00ADnational", "\u201CQuoted\u201D \u2014 text\u2026", "x-", "-x", "1,a a,1 1.a a.1 1/2.3",
                          "\t\r\n\f\v", "\xEF\xBB\xBFword", "«guillemets» 20°C", "end.", "A/RES/80/1.a"})
        same_tokens(s);
}

TEST_CASE("tokenize_spans: random texts over the bytes and code points that matter", "[text]") {
    const std::vector<std::string> pieces = {"a", "Z", "7", "0", " ", "  ", "\t", "\n", "\r\n", "-", "'", "/", ".", ",", ";",
                                             "(", ")", "\u2019", "\u2010", "\u2011", "\u00AD", "\u00A0", "\u2009", "\u200B",
                                             "\uFEFF", "\u00E9", "\u00AB", "\u00B0", "\u2014", "\u4E2D", "\U0001F600", "$", "\"",
                                             "\xC3", "\x80", "\xE2\x80"};  // and broken UTF-8
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 24);
    for (int n = 0; n < 20000; ++n) {
        std::string s;
        for (std::size_t k = length(rng); k > 0; --k) s += pieces[pick(rng)];
        same_tokens(s);
    }
}

TEST_CASE("tokenize_spans: every corpus text", "[text][corpus]") {
    const auto dir = resdiff::testing::corpus_dir();
    if (!dir) {
        WARN("corpus absent, skipped");
        return;
    }
    for (const auto& file : resdiff::testing::text_files(*dir, true)) same_tokens(resdiff::testing::read_file(file));
}
