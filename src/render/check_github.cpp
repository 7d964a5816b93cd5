// `check --format github`: GitHub Actions workflow commands
// (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions).
#include "render/check_render.hpp"

#include <cstddef>
#include <string>

namespace resdiff::render {

namespace {

std::string escape(std::string_view s, bool property) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
        case '%': out += "%25"; break;
        case '\r': out += "%0D"; break;
        case '\n': out += "%0A"; break;
        case ':':
            if (property) out += "%3A";
            else out += c;
            break;
        case ',':
            if (property) out += "%2C";
            else out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

const char* command_name(check::Severity s) {
    switch (s) {
    case check::Severity::error: return "error";
    case check::Severity::warning: return "warning";
    case check::Severity::notice: return "notice";
    }
    return "notice";
}

}  // namespace

std::string github_escape_data(std::string_view s) { return escape(s, false); }
std::string github_escape_property(std::string_view s) { return escape(s, true); }

void check_github(std::ostream& out, const check::Report& report) {
    for (const auto& f : report.files) {
        for (const auto& r : f.results) {
            std::string title = "resdiff " + std::string(check::rule_id(r.rule));
            const std::string label = check_clause_label(r);
            if (!label.empty()) title += " (" + label + ")";
            std::string message = r.message;
            if (r.line_in_old && r.old_id) message += " [removed; line " + std::to_string(r.line) + " of the old version]";
            if (r.allowed) message += " [clause allowed by the policy]";
            out << "::" << command_name(r.severity) << " file=" << github_escape_property(f.path)
                << ",line=" << (r.line ? r.line : 1) << ",title=" << github_escape_property(title)
                << "::" << github_escape_data(message) << '\n';
        }
    }
    out << "resdiff check: " << (report.passed() ? "passed" : "failed") << ": "
        << report.count(check::Severity::error) << " error(s), " << report.count(check::Severity::warning)
        << " warning(s), " << report.count(check::Severity::notice) << " notice(s)\n";
}

}  // namespace resdiff::render
