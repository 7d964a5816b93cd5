#pragma once
// Shared by the HTML render tests: the hostile drafts of the escaping tests, and a tiny HTML
// scanner (tags, attributes, balance) good enough for resdiff's own, regular output.

#include "analyze/analyze_document.hpp"
#include "diff/diff_documents.hpp"
#include "parse/parse_document.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::render_test {

// Two versions of a small draft whose clauses hold markup that must stay text.
inline const char* hostile_old_text() {
    return "The Security Council,\n\n"
           "Recalling its resolution <script>alert(1)</script> on \"the situation\" & its follow-up,\n\n"
           "1. Decides that the Mission shall monitor <img src=x onerror=alert(1)> until 31 December 2027;\n\n"
           "2. Requests the Secretary-General to report on \"><svg onload=alert(2)> every 90 days;\n\n"
           "3. Decides to remain seized of the matter.\n";
}
inline const char* hostile_new_text() {
    return "The Security Council,\n\n"
           "Recalling its resolution <script>alert(1)</script> on \"the situation\" & its follow-up,\n\n"
           "1. Requests the Mission to monitor <img src=y onerror=alert(3)> for a period of one year;\n\n"
           "2. Requests the Secretary-General to report on '><iframe src=javascript:alert(4)> every 60 days;\n\n"
           "3. Welcomes </del></ins></p><script>alert(5)</script> the efforts of the parties;\n\n"
           "4. Decides to remain seized of the matter.\n";
}

struct HostileDiff {
    model::Document old_doc, new_doc;
    diff::DocumentDiff diff;
};

// Parses and analyzes both hostile texts (their sources are hostile too) and diffs them.
inline void make_hostile_diff(HostileDiff& h) {
    auto a = parse::parse_document(hostile_old_text(), "<b>old</b>.txt");
    auto b = parse::parse_document(hostile_new_text(), "\"><script>alert(6)</script>.txt");
    REQUIRE(a.document);
    REQUIRE(b.document);
    h.old_doc = std::move(*a.document);
    h.new_doc = std::move(*b.document);
    analyze::analyze_document(h.old_doc);
    analyze::analyze_document(h.new_doc);
    h.diff = diff::diff_documents(h.old_doc, h.new_doc);
}

struct Tag {
    std::string name;  // lower case, without '/'
    bool closing = false;
    std::string attributes;  // raw text between the name and '>'
    std::size_t pos = 0;     // offset of '<'
};

// Every tag outside comments, in order; the bodies of <style> and <script> are skipped.
inline std::vector<Tag> scan_tags(const std::string& html) {
    std::vector<Tag> tags;
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string::npos) {
        if (html.compare(i, 4, "<!--") == 0) {
            i = html.find("-->", i);
            if (i == std::string::npos) break;
            continue;
        }
        const auto end = html.find('>', i);
        if (end == std::string::npos) break;
        Tag t;
        t.pos = i;
        std::size_t j = i + 1;
        if (j < end && html[j] == '/') {
            t.closing = true;
            ++j;
        }
        while (j < end && html[j] != ' ' && html[j] != '/' && html[j] != '\n') {
            t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
            ++j;
        }
        t.attributes = html.substr(j, end - j);
        tags.push_back(t);
        i = end + 1;
        if (!t.closing && (t.name == "style" || t.name == "script")) {
            i = html.find("</" + t.name, i);
            if (i == std::string::npos) break;
        }
    }
    return tags;
}

// The value of attribute `name` (double-quoted) in a tag's attribute text.
inline std::optional<std::string> attribute(const Tag& t, const std::string& name) {
    const std::string key = name + "=\"";
    std::size_t p = 0;
    while ((p = t.attributes.find(key, p)) != std::string::npos) {
        if (p == 0 || t.attributes[p - 1] == ' ') {
            const auto start = p + key.size();
            const auto stop = t.attributes.find('"', start);
            return t.attributes.substr(start, stop - start);
        }
        p += key.size();
    }
    return std::nullopt;
}

inline bool is_void(const std::string& name) {
    return name == "meta" || name == "input" || name == "br" || name == "img" || name == "link" ||
           name == "hr" || name == "!doctype";
}

// Empty when every non-void element is closed in order; otherwise a description of the first fault.
inline std::string balance_error(const std::vector<Tag>& tags) {
    std::vector<std::string> stack;
    for (const auto& t : tags) {
        if (is_void(t.name)) continue;
        if (!t.closing) {
            stack.push_back(t.name);
            continue;
        }
        if (stack.empty() || stack.back() != t.name)
            return "</" + t.name + "> at " + std::to_string(t.pos) + " closes <" +
                   (stack.empty() ? std::string("nothing") : stack.back()) + ">";
        stack.pop_back();
    }
    if (!stack.empty()) return "<" + stack.back() + "> never closed";
    return {};
}

inline std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace resdiff::render_test
