#include "text/tokenize.hpp"

#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <array>

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

// What an ASCII byte is to the tokenizer, looked up instead of tested (the tokenizer reads
// every byte of every clause the analysis and the differ look at).
// Bit flags, so that "a digit or a letter" is one test in the loop over a word's bytes.
enum ByteClass : unsigned char { other_byte = 0, blank_byte = 1, digit_byte = 2, letter_byte = 4, high_byte = 8 };

constexpr auto byte_classes = [] {
    std::array<ByteClass, 256> t{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 0x80) t[c] = high_byte;
        else if (c >= '0' && c <= '9') t[c] = digit_byte;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = letter_byte;
        else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] = blank_byte;
        else t[c] = other_byte;
    }
    return t;
}();

ByteClass class_of(char c) { return byte_classes[static_cast<unsigned char>(c)]; }
bool ascii_alnum(char c) { return (class_of(c) & (digit_byte | letter_byte)) != 0; }

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
        const ByteClass first = class_of(s[pos]);
        char32_t cp = first == high_byte ? decode_at(s, pos, len) : static_cast<unsigned char>(s[pos]);
        if (first == blank_byte || (first == high_byte && is_blank_cp(cp))) {
            // Blanks attach to the previous token (leading ones are skipped).
            const std::size_t start = pos;
            pos += len;
            while (pos < size) {
                const ByteClass b = class_of(s[pos]);
                if (b == blank_byte) {
                    ++pos;
                    continue;
                }
                if (b != high_byte) break;
                cp = decode_at(s, pos, len);
                if (!is_blank_cp(cp)) break;
                pos += len;
            }
            if (!tokens.empty()) tokens.back().spaces = s.substr(start, pos - start);
            continue;
        }
        const std::size_t start = pos;
        bool ascii = first != high_byte;
        TokenKind kind = TokenKind::punct;
        if (first == digit_byte || first == letter_byte || (first == high_byte && is_word_cp(cp))) {
            kind = first == digit_byte ? TokenKind::number : TokenKind::word;
            pos += len;
            bool slash = false;  // a '/' joined so far: then '.' joins letters too ("A/80/L.2")
            while (pos < size) {
                while (pos < size && ascii_alnum(s[pos])) ++pos;
                if (pos >= size) break;
                const ByteClass b = class_of(s[pos]);
                if (b == blank_byte) break;  // the common end of a word
                cp = cp_at(pos, len);
                if (b == high_byte && is_word_cp(cp)) {
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
