#include "analyze/words.hpp"

#include "text/fold.hpp"
#include "text/hash.hpp"
#include "text/tokenize.hpp"

#include <bit>
#include <cstring>

namespace resdiff::analyze {

std::uint64_t word_hash(std::string_view s) {
    // Eight bytes a step (a multiply per byte was a tenth of the whole analysis), spread into
    // the low bits the tables index by.
    return text::mix_bits(text::hash_bytes(s, 0xcbf29ce484222325ULL));
}

namespace {

// Most words are ASCII and at most 8 bytes long: their lower case and hash come from one 8-byte
// load, a few arithmetic steps on all bytes at once and one hash round, instead of a loop over
// the bytes. Fills w.lower and w.hash as the byte loop does; false (nothing done) for a longer
// word, one too close to the end of `s` to load 8 bytes, or on a big-endian machine.
bool lower_short_ascii(std::string_view s, std::size_t start, Word& w, char* low, std::size_t& used) {
    const std::size_t n = w.key.size();
    if constexpr (std::endian::native != std::endian::little) return false;
    if (n > 8 || start + 8 > s.size()) return false;
    std::uint64_t x;
    std::memcpy(&x, s.data() + start, 8);
    if (n < 8) x &= (std::uint64_t{1} << (8 * n)) - 1;  // the word's bytes only, zeros after
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    // Every byte is below 0x80, so no sum carries into the next byte: the high bit of each byte
    // of x + 0x3F says "at least 'A'", of x + 0x25 "at least '['"; 0x80 >> 2 is the case bit.
    const std::uint64_t upper = (x + ones * 0x3F) & ~(x + ones * 0x25) & (ones * 0x80);
    const std::uint64_t lowered = x | (upper >> 2);
    char bytes[8];
    std::memcpy(bytes, &lowered, 8);
    const std::string_view lower(bytes, n);
    w.hash = word_hash(lower);
    if (upper) {
        std::memcpy(low, bytes, n);
        w.lower = std::string_view(low, n);
        used += n;
    } else {
        w.lower = w.key;
    }
    return true;
}

}  // namespace

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
    // Token boundaries are text::tokenize's, so that analysis and diff see the same words.
    // The tokens and folded forms are scratch, kept by the thread from one split to the next
    // (most splits return a new Words: these would be allocated and grown every time).
    thread_local std::vector<text::TokenSpan> spans;
    thread_local std::string folded;
    text::tokenize_spans(s, spans);
    out.words_.reserve(spans.size());
    for (const text::TokenSpan& span : spans) {
        const std::size_t start = static_cast<std::size_t>(span.text.data() - s.data());
        const std::size_t pos = start + span.text.size();
        const bool word = span.kind != text::TokenKind::punct;
        const bool ascii = span.ascii;
        Word& w = out.words_.emplace_back();
        w.text = s.substr(start, pos - start);
        w.begin = start;
        w.end = pos;
        w.number = span.kind == text::TokenKind::number;
        w.punct = !word;
        if (ascii) {
            w.key = w.text;
        } else {
            folded.clear();
            text::fold_typography_append(w.text, folded);  // never longer than the token
            std::memcpy(buf + used, folded.data(), folded.size());
            w.key = std::string_view(buf + used, folded.size());
            used += folded.size();
        }
        // Lower case; the lower-case copy is kept only when it differs.
        char* low = buf + used;
        if (ascii && lower_short_ascii(s, start, w, low, used)) continue;
        bool upper = false;
        for (std::size_t i = 0; i < w.key.size(); ++i) {
            auto c = static_cast<unsigned char>(w.key[i]);
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<unsigned char>(c - 'A' + 'a');
                upper = true;
            }
            low[i] = static_cast<char>(c);
        }
        const std::uint64_t h = word_hash(std::string_view(low, w.key.size()));
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
    thread_local Words words;  // scratch: the key is a copy
    split_words(phrase, words);
    std::string key;
    append_phrase_key(words, key);
    return key;
}

}  // namespace resdiff::analyze
