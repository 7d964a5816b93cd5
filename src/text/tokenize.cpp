#include "text/tokenize.hpp"

#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace resdiff::text {

namespace {

bool is_word_cp(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    // Letters of Latin-1 supplement and beyond count as word characters, except the
    // punctuation and blank ranges that fold_typography knows.
    if (cp == 0x00A0 || cp == 0x00AD || cp == 0x00AB || cp == 0x00BB || cp == 0x00B0) return false;
    if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
    if (cp == 0xFEFF) return false;
    return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Joiners stay inside a word when a word character follows: "non-proliferation", "19,626",
// "S/RES/1445", "Côte d'Ivoire", "A/80/L.2".
bool is_joiner(char32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019 || cp == '/' ||
           cp == '.' || cp == ',' || cp == 0x00AD;  // soft hyphen: "inter\u00ADnational" is one word
}

bool is_blank_cp(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || cp == 0x2002 || cp == 0x2003 ||
           cp == 0x2009 || cp == 0x200B || cp == 0xFEFF;  // zero-width space and BOM fold away
}

}  // namespace

namespace {
bool ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
}  // namespace

void tokenize_spans(std::string_view s, std::vector<TokenSpan>& tokens) {
    tokens.clear();
    const std::size_t size = s.size();
    std::size_t pos = 0;
    auto cp_at = [&](std::size_t p, std::size_t& len) -> char32_t {
        const auto c = static_cast<unsigned char>(s[p]);
        if (c < 0x80) {  // ASCII: no decoding
            len = 1;
            return c;
        }
        return decode_at(s, p, len);
    };
    while (pos < size) {
        std::size_t len = 1;
        char32_t cp = cp_at(pos, len);
        if (is_blank_cp(cp)) {  // leading blanks: attach to previous token or skip
            std::size_t start = pos;
            while (pos < size) {
                cp = cp_at(pos, len);
                if (!is_blank_cp(cp)) break;
                pos += len;
            }
            if (!tokens.empty()) tokens.back().spaces = s.substr(start, pos - start);
            continue;
        }
        const std::size_t start = pos;
        bool ascii = len == 1 && static_cast<unsigned char>(s[pos]) < 0x80;
        TokenKind kind = TokenKind::punct;
        if (is_word_cp(cp)) {
            kind = is_digit(s[pos]) ? TokenKind::number : TokenKind::word;
            pos += len;
            bool slash = false;  // a '/' joined so far: then '.' joins letters too ("A/80/L.2")
            while (pos < size) {
                while (pos < size && ascii_alnum(static_cast<unsigned char>(s[pos]))) ++pos;
                if (pos >= size) break;
                cp = cp_at(pos, len);
                if (is_word_cp(cp)) {
                    ascii = false;  // not ASCII: ASCII word characters were taken above
                    pos += len;
                    continue;
                }
                if (is_joiner(cp) && pos + len < size) {
                    std::size_t next_len = 1;
                    const char32_t next = cp_at(pos + len, next_len);
                    // A comma or period joins only digits ("19,626", "1.5"); other joiners
                    // join any word characters.
                    const bool numeric_only = (cp == ',' || cp == '.');
                    if (is_word_cp(next) &&
                        (!numeric_only || (is_digit(s[pos - 1]) && is_digit(s[pos + len])) ||
                         (cp == '.' && slash))) {
                        if (cp == '/') slash = true;
                        if (cp >= 0x80) ascii = false;
                        pos += len;
                        continue;
                    }
                }
                break;
            }
        } else {
            pos += len;
        }
        tokens.push_back({s.substr(start, pos - start), {}, kind, ascii});
    }
}

std::vector<Token> tokenize(std::string_view s) {
    std::vector<TokenSpan> spans;
    tokenize_spans(s, spans);
    std::vector<Token> tokens;
    tokens.reserve(spans.size());
    for (const auto& span : spans) {
        Token t;
        t.text = span.text;
        t.spaces = span.spaces;
        t.kind = span.kind;
        t.key = fold_typography(t.text);
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace resdiff::text
