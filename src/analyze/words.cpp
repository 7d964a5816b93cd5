#include "analyze/words.hpp"

#include "text/utf8.hpp"

#include <cstring>

namespace resdiff::analyze {

namespace {

// The character classes of text::tokenize (src/text/tokenize.cpp), which this splitter must
// reproduce token for token (tests/analyze/words_test.cpp compares the two).
bool is_word_cp(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (cp == 0x00A0 || cp == 0x00AD || cp == 0x00AB || cp == 0x00BB || cp == 0x00B0) return false;
    if (cp >= 0x2000 && cp <= 0x206F) return false;
    if (cp == 0xFEFF) return false;
    return true;
}

bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_joiner(char32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019 || cp == '/' ||
           cp == '.' || cp == ',' || cp == 0x00AD;
}

bool is_blank_cp(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || cp == 0x2002 || cp == 0x2003 ||
           cp == 0x2009 || cp == 0x200B || cp == 0xFEFF;
}

// The code point at s[pos] and its length, decoding only what is not ASCII.
char32_t cp_at(std::string_view s, std::size_t pos, std::size_t& len) {
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    return text::decode_at(s, pos, len);
}

// text::fold_typography of a token holding a non-ASCII byte, written to `out`; returns the
// length written (never more than the token's). Decodes within the token, as tokenize does.
std::size_t fold_into(std::string_view s, char* out) {
    std::size_t n = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) {
            const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
            out[n++] = space ? ' ' : static_cast<char>(c);
            ++pos;
            continue;
        }
        std::size_t len = 1;
        const char32_t cp = text::decode_at(s, pos, len);
        switch (cp) {
        case 0x00A0: case 0x2007: case 0x202F: case 0x2002: case 0x2003: case 0x2009:
            out[n++] = ' ';
            break;
        case 0x2010: case 0x2011: case 0x2212:
            out[n++] = '-';
            break;
        case 0x00AD: case 0x200B: case 0xFEFF:
            break;
        case 0x2018: case 0x2019: case 0x201A: case 0x2032:
            out[n++] = '\'';
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x2033:
            out[n++] = '"';
            break;
        default:
            std::memcpy(out + n, s.data() + pos, len);
            n += len;
        }
        pos += len;
    }
    return n;
}

constexpr std::uint64_t fnv_offset = 14695981039346656037ULL;
constexpr std::uint64_t fnv_prime = 1099511628211ULL;

}  // namespace

std::uint64_t word_hash(std::string_view s) {
    std::uint64_t h = fnv_offset;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= fnv_prime;
    }
    return h;
}

Words split_words(std::string_view text) {
    Words words;
    split_words(text, words);
    return words;
}

void split_words(std::string_view s, Words& out) {
    out.words_.clear();
    // Folded and lower-cased forms are never longer than the token: 2 bytes per text byte
    // hold them all, so the buffer never moves while views into it are handed out.
    const std::size_t need = 2 * s.size();
    if (out.capacity_ < need) {
        out.capacity_ = need < 64 ? 64 : need + need / 2;
        out.buffer_ = std::make_unique_for_overwrite<char[]>(out.capacity_);
    }
    char* buf = out.buffer_.get();
    std::size_t used = 0;
    const std::size_t n = s.size();
    std::size_t pos = 0;
    while (pos < n) {
        const auto c0 = static_cast<unsigned char>(s[pos]);
        std::size_t len = 1;
        char32_t cp = c0;
        bool word = false;
        if (c0 < 0x80) {
            if (c0 == ' ' || c0 == '\t' || c0 == '\n' || c0 == '\r' || c0 == '\f' || c0 == '\v') {
                ++pos;
                continue;
            }
            word = is_ascii_alnum(c0);
        } else {
            cp = text::decode_at(s, pos, len);
            if (is_blank_cp(cp)) {
                pos += len;
                continue;
            }
            word = is_word_cp(cp);
        }
        const std::size_t start = pos;
        bool ascii = c0 < 0x80;
        if (word) {
            pos += len;
            bool slash = false;  // a '/' joined so far: then '.' joins any word characters
            while (pos < n) {
                const auto c = static_cast<unsigned char>(s[pos]);
                if (is_ascii_alnum(c)) {
                    ++pos;
                    continue;
                }
                cp = cp_at(s, pos, len);
                if (is_word_cp(cp)) {
                    ascii = false;
                    pos += len;
                    continue;
                }
                if (is_joiner(cp) && pos + len < n) {
                    std::size_t next_len = 1;
                    const char32_t next = cp_at(s, pos + len, next_len);
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
        Word& w = out.words_.emplace_back();
        w.text = s.substr(start, pos - start);
        w.begin = start;
        w.end = pos;
        w.number = word && is_digit(static_cast<char>(c0));
        w.punct = !word;
        if (ascii) {
            w.key = w.text;
        } else {
            const std::size_t k = fold_into(w.text, buf + used);
            w.key = std::string_view(buf + used, k);
            used += k;
        }
        // Lower case and hash in one pass; the lower-case copy is kept only when it differs.
        char* low = buf + used;
        bool upper = false;
        std::uint64_t h = fnv_offset;
        for (std::size_t i = 0; i < w.key.size(); ++i) {
            auto c = static_cast<unsigned char>(w.key[i]);
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<unsigned char>(c - 'A' + 'a');
                upper = true;
            }
            low[i] = static_cast<char>(c);
            h = (h ^ c) * fnv_prime;
        }
        if (upper) {
            w.lower = std::string_view(low, w.key.size());
            used += w.key.size();
        } else {
            w.lower = w.key;
        }
        w.hash = h;
    }
}

std::string_view span_text(std::string_view text, WordSpan words, std::size_t first,
                           std::size_t last) {
    return text.substr(words[first].begin, words[last].end - words[first].begin);
}

bool word_is(WordSpan words, std::size_t i, std::string_view lower) {
    return i < words.size() && words[i].lower == lower;
}

void append_phrase_key(WordSpan words, std::string& out) {
    const std::size_t start = out.size();
    for (const auto& w : words) {
        if (out.size() > start) out += ' ';  // as phrase_key always did: none after an empty word
        out += w.lower;
    }
}

std::string phrase_key(std::string_view phrase) {
    std::string key;
    append_phrase_key(split_words(phrase), key);
    return key;
}

}  // namespace resdiff::analyze
