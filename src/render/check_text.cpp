// `check --format text`: compiler-style diagnostics and a summary line.
#include "render/check_render.hpp"

#include <cstddef>
#include <string>

namespace resdiff::render {

std::string check_clause_label(const check::Result& r) {
    if (r.old_id && r.new_id && *r.old_id != *r.new_id) return *r.old_id + " \u2192 " + *r.new_id;
    if (r.new_id) return *r.new_id;
    if (r.old_id) return *r.old_id;
    return {};
}

namespace {

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void check_text(std::ostream& out, const check::Report& report) {
    std::size_t compared = 0, added = 0, removed = 0;
    for (const auto& f : report.files) {
        switch (f.status) {
        case check::FileStatus::compared: ++compared; break;
        case check::FileStatus::added:
            ++added;
            out << "added: " << f.path << '\n';
            break;
        case check::FileStatus::removed:
            ++removed;
            out << "removed: " << f.path << '\n';
            break;
        }
        for (const auto& r : f.results) {
            const std::string& file = r.line_in_old && !f.old_name.empty() ? f.old_name : f.path;
            out << file << ':' << (r.line ? r.line : 1) << ": " << check::severity_name(r.severity) << ": "
                << r.message << " [" << check::rule_id(r.rule) << (r.allowed ? ", allowed" : "") << ']';
            const std::string label = check_clause_label(r);
            if (!label.empty()) out << " (" << label << ')';
            out << '\n';
        }
    }
    out << "resdiff check: " << (report.passed() ? "passed" : "failed") << ": "
        << plural(report.count(check::Severity::error), "error") << ", "
        << plural(report.count(check::Severity::warning), "warning") << ", "
        << plural(report.count(check::Severity::notice), "notice") << " (" << plural(compared, "file")
        << " compared";
    if (added) out << ", " << added << " added";
    if (removed) out << ", " << removed << " removed";
    out << ")\n";
}

}  // namespace resdiff::render
