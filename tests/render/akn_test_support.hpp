#pragma once
// Helpers for the Akoma Ntoso tests (tests/render/document_akn_test.cpp and
// tests/corpus/akn_corpus_test.cpp): read back the words of a clause's element from the XML,
// and check well-formedness with xmllint (Debian: libxml2-utils) when it is installed.
//
// The words of a clause are the text content of the <p> that holds them - the <p> of the
// element's <content> or <intro> (operative paragraphs and points) or its first <p>
// (preambular containers and their items) - with <authorialNote> subtrees left out and
// entities unescaped. An element whose first child after <num> is a list has no words ("").

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace resdiff::akn_test {

inline std::string unescape_xml(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t semi = s.find(';', i);
        if (semi == std::string::npos) return out + s.substr(i);
        const std::string name = s.substr(i + 1, semi - i - 1);
        if (name == "amp") out += '&';
        else if (name == "lt") out += '<';
        else if (name == "gt") out += '>';
        else if (name == "quot") out += '"';
        else if (name == "apos") out += '\'';
        else if (!name.empty() && name[0] == '#') {
            const unsigned long cp = name.size() > 1 && (name[1] == 'x' || name[1] == 'X')
                                         ? std::strtoul(name.c_str() + 2, nullptr, 16)
                                         : std::strtoul(name.c_str() + 1, nullptr, 10);
            if (cp < 0x80) {
                out += static_cast<char>(cp);
            } else if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                out += static_cast<char>(0xF0 | (cp >> 18));
                out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            }
        } else {
            out += s.substr(i, semi - i + 1);  // unknown entity: left as is (the test then fails)
        }
        i = semi;
    }
    return out;
}

// Text content of the <p> starting at `at` (which points at "<p"), notes left out.
inline std::string p_text(const std::string& xml, std::size_t at) {
    const std::size_t open_end = xml.find('>', at);
    if (open_end == std::string::npos || xml[open_end - 1] == '/') return "";  // <p/>
    std::string raw;
    int skip = 0;
    std::size_t i = open_end + 1;
    while (i < xml.size()) {
        if (xml[i] != '<') {
            if (skip == 0) raw += xml[i];
            ++i;
            continue;
        }
        const std::size_t end = xml.find('>', i);
        if (end == std::string::npos) break;
        const std::string tag = xml.substr(i + 1, end - i - 1);
        i = end + 1;
        const bool closing = !tag.empty() && tag[0] == '/';
        const bool self_closing = !tag.empty() && tag.back() == '/';
        std::string name = tag.substr(closing ? 1 : 0);
        name = name.substr(0, name.find_first_of(" /"));
        if (name == "authorialNote" && !self_closing) skip += closing ? -1 : 1;
        else if (closing && name == "p" && skip == 0) break;
    }
    return unescape_xml(raw);
}

inline std::size_t skip_blanks(const std::string& xml, std::size_t i) {
    while (i < xml.size() && (xml[i] == ' ' || xml[i] == '\n')) ++i;
    return i;
}

inline bool at_tag(const std::string& xml, std::size_t i, const std::string& name) {
    return xml.compare(i, name.size() + 1, "<" + name) == 0 &&
           (xml[i + name.size() + 1] == '>' || xml[i + name.size() + 1] == ' ' || xml[i + name.size() + 1] == '/');
}

// The words of the element with eId `eid`, or nullopt when there is no such element.
inline std::optional<std::string> element_words(const std::string& xml, const std::string& eid) {
    const std::size_t attr = xml.find(" eId=\"" + eid + "\"");
    if (attr == std::string::npos) return std::nullopt;
    std::size_t i = xml.find('>', attr);
    if (i == std::string::npos) return std::nullopt;
    i = skip_blanks(xml, i + 1);
    if (at_tag(xml, i, "num")) i = skip_blanks(xml, xml.find("</num>", i) + 6);
    if (at_tag(xml, i, "content") || at_tag(xml, i, "intro")) i = skip_blanks(xml, xml.find('>', i) + 1);
    if (!at_tag(xml, i, "p")) return std::string();
    return p_text(xml, i);
}

// Every value of an eId attribute, in document order.
inline std::vector<std::string> all_eids(const std::string& xml) {
    std::vector<std::string> out;
    for (std::size_t at = xml.find(" eId=\""); at != std::string::npos; at = xml.find(" eId=\"", at + 1)) {
        const std::size_t b = at + 6;
        out.push_back(xml.substr(b, xml.find('"', b) - b));
    }
    return out;
}

inline bool xmllint_available() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

// Runs `xmllint --noout` on the files; returns its messages ("" when all are well-formed).
inline std::string xmllint_errors(const std::vector<std::filesystem::path>& files) {
    std::string cmd = "xmllint --noout";
    for (const auto& f : files) cmd += " '" + f.string() + "'";
    cmd += " 2>&1";
    std::string out;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return "cannot run xmllint";
    char buf[4096];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
    const int status = pclose(pipe);
    if (status != 0 && out.empty()) out = "xmllint exited with status " + std::to_string(status);
    return out;
}

}  // namespace resdiff::akn_test
