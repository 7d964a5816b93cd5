#pragma once
// Terminal layout for the text renderers: display widths, excerpts, ANSI styles and a word
// wrapper that counts visible columns only. Internal to src/render/.

#include <cstddef>
#include <ostream>
#include <string>
#include <utility>
#include <string_view>

namespace resdiff::render::detail {

// ANSI SGR sequences.
namespace ansi {
inline constexpr const char* reset = "\x1b[0m";
inline constexpr const char* bold = "\x1b[1m";
inline constexpr const char* dim = "\x1b[2m";
inline constexpr const char* deleted = "\x1b[31;9m";  // red, struck through
inline constexpr const char* inserted = "\x1b[32m";   // green
inline constexpr const char* red = "\x1b[31m";
inline constexpr const char* yellow = "\x1b[33m";
inline constexpr const char* cyan = "\x1b[36m";
inline constexpr const char* green = "\x1b[32m";
}  // namespace ansi

// `s` wrapped in `style` ... reset when colour is on, `s` as is otherwise.
std::string paint(std::string_view s, const char* style, bool color);

// Columns a string takes (code points; resolution text has no wide characters to speak of).
std::size_t display_width(std::string_view s);

// At most `max_cols` columns of `s`, cut at a word boundary with "…" when shortened.
std::string excerpt(std::string_view s, std::size_t max_cols);

// Excerpts of two versions of a phrase that show where they differ: when both are too long
// and begin alike, the shared opening words are replaced by "…" ("… until 31 May 1993").
std::pair<std::string, std::string> excerpt_pair(std::string_view old_text, std::string_view new_text,
                                                 std::size_t max_cols);

// Appends blanks to `s` until it is `cols` columns wide (nothing when it is wider).
void pad_to(std::string& s, std::size_t cols);

// Writes words separated by single blanks, breaking lines before `width` visible columns and
// indenting continuation lines. width 0 never breaks. The words are gathered in memory and
// written at finish() (or when the wrapper is destroyed): one write per clause, not per word.
class Wrapper {
public:
    Wrapper(std::ostream& out, std::size_t width, std::size_t indent);
    Wrapper(const Wrapper&) = delete;
    Wrapper& operator=(const Wrapper&) = delete;
    ~Wrapper();
    // `visible` is measured; `painted` (visible plus escape sequences) is written.
    void word(std::string_view visible, std::string_view painted, bool space_before);
    // Ends the current line if anything was written on it.
    void finish();

private:
    std::ostream& out_;
    std::size_t width_;
    std::size_t indent_;
    std::size_t column_ = 0;
    bool line_open_ = false;
    std::string pending_;  // written by finish()
    void flush();
};

}  // namespace resdiff::render::detail
