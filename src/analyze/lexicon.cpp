#include "analyze/lexicon.hpp"

#include "grammar/lexicon/lexicon_files.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace resdiff::analyze {

namespace {

// One section of the format: which table it fills and which columns it takes.
enum class Column { phrase, integer, text, effect };

struct Section {
    std::string_view name;
    PhraseTable Lexicon::*table;
    std::size_t min_fields;
    std::size_t max_fields;
    Column second;  // type of the second column (when there is one)
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

std::optional<int> parse_int(std::string_view s) {
    int value = 0;
    const char* first = s.data();
    if (!s.empty() && s.front() == '+') ++first;
    auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), value);
    if (ec != std::errc{} || ptr != s.data() + s.size() || first == s.data() + s.size()) {
        return std::nullopt;
    }
    return value;
}

struct Field {
    std::string_view text;
    std::size_t column;  // 1-based, code points
};

}  // namespace

// Friend-free access to the private tables: the parser lives in this file only.
struct LexiconParser {
    static const Section* section(std::string_view name) {
        static const Section sections[] = {
            {"operative", &Lexicon::operative_, 2, 3, Column::integer},
            {"preambular", &Lexicon::preambular_, 1, 2, Column::integer},
            {"modal", &Lexicon::modals_, 2, 2, Column::integer},
            {"place", &Lexicon::places_, 2, 3, Column::text},
            {"not_place", &Lexicon::not_places_, 1, 1, Column::text},
            {"actor", &Lexicon::actors_, 2, 3, Column::text},
            {"qualifier", &Lexicon::qualifiers_, 2, 2, Column::effect},
            {"number", &Lexicon::numbers_, 2, 2, Column::integer},
            {"mandate_action", &Lexicon::mandate_actions_, 2, 2, Column::text},
            {"quantity_unit", &Lexicon::quantity_units_, 1, 1, Column::text},
        };
        for (const auto& s : sections) {
            if (s.name == name) return &s;
        }
        return nullptr;
    }

    static std::optional<LexiconError> add(Lexicon& lex, std::string_view text) {
        const Section* current = nullptr;
        std::size_t line_no = 0;
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t eol = text.find('\n', pos);
            if (eol == std::string_view::npos) eol = text.size();
            const std::string_view line = text.substr(pos, eol - pos);
            const std::size_t line_start = pos;
            pos = eol + 1;
            ++line_no;
            auto column_of = [&](std::string_view part) {
                const auto offset = static_cast<std::size_t>(part.data() - text.data()) - line_start;
                return text::count_code_points(line.substr(0, offset)) + 1;
            };
            auto error = [&](std::string_view part, std::string message) {
                return LexiconError{line_no, column_of(part), std::move(message)};
            };
            const std::string_view body = trim(line);
            if (body.empty() || body.front() == '#') continue;
            if (body.front() == '[') {
                if (body.back() != ']') return error(body, "section header without closing ']'");
                const std::string_view name = trim(body.substr(1, body.size() - 2));
                current = section(name);
                if (!current) {
                    return error(body, "unknown section [" + std::string(name) +
                                           "] (expected operative, preambular, modal, place, "
                                           "not_place, actor, qualifier, number, "
                                           "mandate_action or quantity_unit)");
                }
                continue;
            }
            if (!current) return error(body, "entry before any [section] header");
            std::vector<Field> fields;
            std::size_t start = 0;
            while (true) {
                const std::size_t tab = line.find('\t', start);
                const std::string_view raw =
                    line.substr(start, tab == std::string_view::npos ? line.size() - start : tab - start);
                const std::string_view field = trim(raw);
                if (!field.empty()) fields.push_back({field, column_of(field)});
                if (tab == std::string_view::npos) break;
                start = tab + 1;
            }
            const std::string section_name(current->name);
            if (fields.size() < current->min_fields) {
                return error(body, "[" + section_name + "] needs " +
                                       std::to_string(current->min_fields) +
                                       " tab-separated fields, found " +
                                       std::to_string(fields.size()));
            }
            if (fields.size() > current->max_fields) {
                return LexiconError{line_no, fields[current->max_fields].column,
                                    "[" + section_name + "] takes at most " +
                                        std::to_string(current->max_fields) + " fields"};
            }
            LexEntry entry;
            entry.phrase = text::collapse_spaces(text::fold_typography(fields[0].text));
            if (fields.size() > 1) {
                const Field& f = fields[1];
                switch (current->second) {
                case Column::integer: {
                    auto value = parse_int(f.text);
                    if (!value) {
                        return LexiconError{line_no, f.column,
                                            "expected an integer, found \"" +
                                                std::string(f.text) + "\""};
                    }
                    entry.value = *value;
                    break;
                }
                case Column::effect:
                    if (f.text != "widen" && f.text != "limit" && f.text != "condition") {
                        return LexiconError{line_no, f.column,
                                            "expected widen, limit or condition, found \"" +
                                                std::string(f.text) + "\""};
                    }
                    entry.kind = std::string(f.text);
                    break;
                case Column::text:
                case Column::phrase: entry.kind = std::string(f.text); break;
                }
            }
            if (fields.size() > 2) {
                if (current->second == Column::integer) {
                    entry.kind = std::string(fields[2].text);  // operative category
                } else {
                    entry.canonical = text::collapse_spaces(text::fold_typography(fields[2].text));
                }
            }
            (lex.*(current->table)).add(std::move(entry));
        }
        return std::nullopt;
    }
};

std::optional<LexiconError> Lexicon::add(std::string_view text) {
    return LexiconParser::add(*this, text);
}

const Lexicon& Lexicon::builtin() {
    static const Lexicon lexicon = [] {
        Lexicon lex;
        for (const auto& file : lexicon::files()) {
            if (auto error = lex.add(file.text)) {
                // Shipped data is tested; a bad line is a build defect, not a user error.
                throw std::logic_error(std::string(file.name) + ":" + std::to_string(error->line) +
                                       ":" + std::to_string(error->column) + ": " +
                                       error->message);
            }
        }
        return lex;
    }();
    return lexicon;
}

namespace {

const LexEntry* longest_leading(const PhraseTable& table, WordSpan words) {
    thread_local std::string key;
    thread_local std::vector<std::size_t> ends;  // key length after each word
    key.clear();
    ends.clear();
    for (const auto& w : words) {
        if (!key.empty()) key += ' ';
        key += w.lower;
        ends.push_back(key.size());
    }
    for (std::size_t n = ends.size(); n > 0; --n) {
        if (const LexEntry* e = table.find(std::string_view(key).substr(0, ends[n - 1]))) return e;
    }
    return nullptr;
}

// The lead's phrase runs on over at most this many words of the text, read from its first
// `run_on_bytes` bytes.
constexpr std::size_t max_run_on = 4;  // "Takes note with appreciation" from "Takes"
constexpr std::size_t run_on_bytes = 120;

// True when the words that the run-on reads from `words` (the whole text split) are those of
// the text's first run_on_bytes bytes split alone: each ends well before the cut (a code point
// and a joiner's look-ahead fit in 8 bytes), so no token is cut or decoded differently.
bool run_on_words_fit(std::string_view text, WordSpan words) {
    if (text.size() <= run_on_bytes) return true;
    for (std::size_t k = 0; k < words.size() && k <= max_run_on; ++k) {
        if (words[k].end + 8 > run_on_bytes) return false;
        if (k == max_run_on || words[k].punct) break;
    }
    return true;
}

}  // namespace

const LexEntry* Lexicon::operative_lead(std::string_view lead) const {
    return longest_leading(operative_, split_words(lead));
}

const LexEntry* Lexicon::operative_lead(WordSpan lead_words) const {
    return longest_leading(operative_, lead_words);
}

Lexicon::LeadMatch Lexicon::operative_lead(std::string_view lead, std::string_view text) const {
    const std::string_view head = text.substr(0, std::min(text.size(), run_on_bytes));
    thread_local Words lead_words, text_words;  // scratch
    split_words(lead, lead_words);
    // The run-on reads the first max_run_on words of head. A shorter prefix cut before a ' '
    // (where every token ends) has head's first words: when it has that many, it is enough.
    constexpr std::size_t first_bytes = 32;
    if (const std::size_t cut = head.find(' ', first_bytes); cut != std::string_view::npos) {
        split_words(head.substr(0, cut), text_words);
        if (text_words.size() >= max_run_on) return operative_lead(lead_words, head, text_words);
    }
    split_words(head, text_words);
    return operative_lead(lead_words, head, text_words);
}

Lexicon::LeadMatch Lexicon::operative_lead(WordSpan lead_words, std::string_view text,
                                           WordSpan text_words) const {
    Words prefix;
    if (!run_on_words_fit(text, text_words)) {  // rare: words of 100 bytes and more
        prefix = split_words(text.substr(0, run_on_bytes));
        text_words = prefix;
    }
    thread_local std::string key;
    thread_local std::vector<std::size_t> ends;
    key.clear();
    ends.clear();
    append_phrase_key(lead_words, key);
    for (std::size_t k = 0; k < text_words.size() && k < max_run_on && !text_words[k].punct; ++k) {
        key += ' ';
        key += text_words[k].lower;
        ends.push_back(key.size());
    }
    for (std::size_t n = ends.size(); n > 0; --n) {
        if (const LexEntry* e = operative_.find(std::string_view(key).substr(0, ends[n - 1]))) {
            return {e, n};
        }
    }
    return {operative_lead(lead_words), 0};
}

const LexEntry* Lexicon::preambular_lead(std::string_view lead) const {
    return longest_leading(preambular_, split_words(lead));
}

const LexEntry* Lexicon::preambular_lead(WordSpan lead_words) const {
    return longest_leading(preambular_, lead_words);
}

std::optional<int> Lexicon::number_word(std::string_view lower) const {
    if (const LexEntry* e = numbers_.find(lower)) return e->value;
    return std::nullopt;
}

std::optional<int> Lexicon::number_word(const Word& word) const {
    if (const LexEntry* e = numbers_.find(word.lower, word.hash)) return e->value;
    return std::nullopt;
}

bool Lexicon::is_quantity_unit(std::string_view lower) const {
    return quantity_units_.find(lower) != nullptr;
}

bool Lexicon::is_not_place(std::string_view key) const {
    return not_places_.find(text::ascii_lower(key)) != nullptr;
}

bool Lexicon::is_not_place(const Word& word) const { return not_places_.find(word.lower) != nullptr; }

LexiconLoad load_lexicon(std::string_view text, const Lexicon& base) {
    LexiconLoad result;
    Lexicon lex = base;
    if (auto error = lex.add(text)) {
        result.error = std::move(error);
    } else {
        result.lexicon = std::move(lex);
    }
    return result;
}

}  // namespace resdiff::analyze
