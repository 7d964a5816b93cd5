// `check --format json`: format resdiff-check/1.
#include "render/check_render.hpp"
#include "render/json_values.hpp"

namespace resdiff::render {

namespace {

using detail::Json;

Json text_or_null(const std::string& s) {
    if (s.empty()) return nullptr;
    return s;
}

Json result_json(const check::Result& r) {
    Json j = Json::object();
    j["rule"] = std::string(check::rule_id(r.rule));
    j["level"] = check::severity_name(r.severity);
    j["allowed"] = r.allowed;
    j["old"] = detail::optional_string(r.old_id);
    j["new"] = detail::optional_string(r.new_id);
    j["line"] = r.line;
    j["line_in"] = r.line_in_old ? "old" : "new";
    j["message"] = r.message;
    j["old_text"] = text_or_null(r.old_text);
    j["new_text"] = text_or_null(r.new_text);
    j["fingerprint"] = r.fingerprint;
    return j;
}

}  // namespace

void check_json(std::ostream& out, const check::Report& report) {
    std::size_t compared = 0, added = 0, removed = 0;
    Json files = Json::array();
    for (const auto& f : report.files) {
        (f.status == check::FileStatus::compared ? compared : f.status == check::FileStatus::added ? added : removed)++;
        Json j = Json::object();
        j["path"] = f.path;
        j["old"] = text_or_null(f.old_name);
        j["new"] = text_or_null(f.new_name);
        j["status"] = check::file_status_name(f.status);
        j["differs"] = f.differs;
        Json results = Json::array();
        for (const auto& r : f.results) results.push_back(result_json(r));
        j["results"] = std::move(results);
        files.push_back(std::move(j));
    }
    Json file_counts = Json::object();
    file_counts["compared"] = compared;
    file_counts["added"] = added;
    file_counts["removed"] = removed;
    Json summary = Json::object();
    summary["files"] = std::move(file_counts);
    summary["errors"] = report.count(check::Severity::error);
    summary["warnings"] = report.count(check::Severity::warning);
    summary["notices"] = report.count(check::Severity::notice);
    Json rules = Json::object();
    for (const auto& info : check::all_rules()) rules[std::string(info.id)] = check::level_name(report.policy.level(info.rule));
    Json allow = Json::array();
    for (const auto& a : report.policy.allowed_clauses) allow.push_back(a);
    Json policy = Json::object();
    policy["rules"] = std::move(rules);
    policy["allow"] = std::move(allow);
    Json root = Json::object();
    root["format"] = "resdiff-check/1";
    root["passed"] = report.passed();
    root["exit_code"] = report.exit_code();
    root["summary"] = std::move(summary);
    root["policy"] = std::move(policy);
    root["files"] = std::move(files);
    detail::write_json(out, root);
}

}  // namespace resdiff::render
