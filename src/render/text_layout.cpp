#include "render/text_layout.hpp"

#include "text/utf8.hpp"

namespace resdiff::render::detail {

std::string paint(std::string_view s, const char* style, bool color) {
    if (!color || s.empty()) return std::string(s);
    std::string out = style;
    out += s;
    out += ansi::reset;
    return out;
}

std::size_t display_width(std::string_view s) { return text::count_code_points(s); }

std::string excerpt(std::string_view s, std::size_t max_cols) {
    if (display_width(s) <= max_cols) return std::string(s);
    if (max_cols == 0) return {};
    // Keep whole code points up to max_cols - 1 columns, leaving room for the ellipsis.
    std::size_t cols = 0, end = 0, last_space = std::string_view::npos;
    while (end < s.size() && cols < max_cols - 1) {
        std::size_t len = 1;
        text::decode_at(s, end, len);
        if (s[end] == ' ') last_space = end;
        end += len;
        ++cols;
    }
    if (end < s.size() && s[end] != ' ' && last_space != std::string_view::npos &&
        last_space > end / 2)
        end = last_space;
    std::string out(s.substr(0, end));
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';'))
        out.pop_back();
    out += "\u2026";
    return out;
}

std::pair<std::string, std::string> excerpt_pair(std::string_view a, std::string_view b, std::size_t max_cols) {
    if (display_width(a) > max_cols || display_width(b) > max_cols) {
        std::size_t same = 0;
        while (same < a.size() && same < b.size() && a[same] == b[same]) ++same;
        // Back up to the start of the word where they part.
        while (same > 0 && a[same - 1] != ' ') --same;
        if (same > 0) {
            a.remove_prefix(same);
            b.remove_prefix(same);
            return {"\u2026 " + excerpt(a, max_cols - 2), "\u2026 " + excerpt(b, max_cols - 2)};
        }
    }
    return {excerpt(a, max_cols), excerpt(b, max_cols)};
}

void pad_to(std::string& s, std::size_t cols) {
    std::size_t w = display_width(s);
    if (w < cols) s.append(cols - w, ' ');
}

Wrapper::Wrapper(std::ostream& out, std::size_t width, std::size_t indent)
    : out_(out), width_(width), indent_(indent) {}

Wrapper::~Wrapper() {
    try {
        flush();
    } catch (...) {  // a stream set to throw: the words are lost, as they would be half-written
    }
}

void Wrapper::flush() {
    out_.write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
    pending_.clear();
}

void Wrapper::word(std::string_view visible, std::string_view painted, bool space_before) {
    const std::size_t w = display_width(visible);
    if (!line_open_) {
        pending_.append(indent_, ' ');
        column_ = indent_;
        line_open_ = true;
    } else if (width_ != 0 && space_before && column_ > indent_ && column_ + 1 + w > width_) {
        pending_ += '\n';
        pending_.append(indent_, ' ');
        column_ = indent_;
        space_before = false;
    }
    if (space_before && column_ > indent_) {
        pending_ += ' ';
        ++column_;
    }
    pending_ += painted;
    column_ += w;
}

void Wrapper::finish() {
    if (line_open_) pending_ += '\n';
    flush();
    line_open_ = false;
    column_ = 0;
}

}  // namespace resdiff::render::detail
