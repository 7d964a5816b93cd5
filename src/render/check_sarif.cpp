// `check --format sarif`: SARIF 2.1.0, as GitHub code scanning reads it.
#include "render/check_render.hpp"
#include "render/json_values.hpp"

#include <string>

namespace resdiff::render {

namespace {

using detail::Json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kInformationUri = "https://github.com/resdiff/resdiff";

const char* sarif_level(check::Level l) {
    switch (l) {
    case check::Level::off: return "none";
    case check::Level::warning: return "warning";
    case check::Level::error: return "error";
    }
    return "none";
}

const char* sarif_level(check::Severity s) {
    switch (s) {
    case check::Severity::notice: return "note";
    case check::Severity::warning: return "warning";
    case check::Severity::error: return "error";
    }
    return "note";
}

Json text_object(std::string_view s) {
    Json j = Json::object();
    j["text"] = std::string(s);
    return j;
}

Json rule_json(const check::RuleInfo& info, const check::Policy& policy) {
    Json j = Json::object();
    j["id"] = std::string(info.id);
    j["shortDescription"] = text_object(info.short_description);
    j["fullDescription"] = text_object(info.full_description);
    Json config = Json::object();
    config["level"] = sarif_level(policy.level(info.rule));
    j["defaultConfiguration"] = std::move(config);
    return j;
}

Json result_json(const check::FileCheck& f, const check::Result& r) {
    Json j = Json::object();
    j["ruleId"] = std::string(check::rule_id(r.rule));
    j["ruleIndex"] = check::rule_index(r.rule);
    j["level"] = sarif_level(r.severity);
    std::string message = r.message;
    const std::string label = check_clause_label(r);
    if (!label.empty()) message += " (" + label + ")";
    if (r.line_in_old && r.old_id) message += " [removed; line " + std::to_string(r.line) + " of the old version]";
    if (r.allowed) message += " [clause allowed by the policy]";
    j["message"] = text_object(message);
    Json artifact = Json::object();
    artifact["uri"] = path_to_uri(f.path);
    Json region = Json::object();
    region["startLine"] = r.line ? r.line : 1;
    Json physical = Json::object();
    physical["artifactLocation"] = std::move(artifact);
    physical["region"] = std::move(region);
    Json location = Json::object();
    location["physicalLocation"] = std::move(physical);
    j["locations"] = Json::array({std::move(location)});
    Json fingerprints = Json::object();
    fingerprints["resdiffFinding/v1"] = r.fingerprint;
    j["partialFingerprints"] = std::move(fingerprints);
    Json props = Json::object();
    props["old"] = detail::optional_string(r.old_id);
    props["new"] = detail::optional_string(r.new_id);
    props["allowed"] = r.allowed;
    j["properties"] = std::move(props);
    return j;
}

}  // namespace

std::string path_to_uri(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~' || c == '/';
        if (keep) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    return out;
}

void check_sarif(std::ostream& out, const check::Report& report, std::string_view tool_version) {
    Json rules = Json::array();
    for (const auto& info : check::all_rules()) rules.push_back(rule_json(info, report.policy));
    Json driver = Json::object();
    driver["name"] = "resdiff";
    driver["version"] = std::string(tool_version);
    driver["informationUri"] = kInformationUri;
    driver["rules"] = std::move(rules);
    Json tool = Json::object();
    tool["driver"] = std::move(driver);
    Json results = Json::array();
    for (const auto& f : report.files)
        for (const auto& r : f.results) results.push_back(result_json(f, r));
    Json run = Json::object();
    run["tool"] = std::move(tool);
    run["results"] = std::move(results);
    Json root = Json::object();
    root["$schema"] = kSchema;
    root["version"] = "2.1.0";
    root["runs"] = Json::array({std::move(run)});
    detail::write_json(out, root);
}

}  // namespace resdiff::render
