// `check --format sarif`: the findings as SARIF 2.1.0, which code-scanning dashboards read
// (GitHub, GitLab, Azure DevOps): one rule per verdict, each result at file:line:column
// with the claim's id and its sources in the result's properties.
#include <nlohmann/json.hpp>
#include <array>
#include <ostream>

#include "check_findings.hpp"
#include "json_stream.hpp"
#include "citegraph/version.hpp"
#include "listings.hpp"

namespace citegraph::exports_detail {

namespace {

using json = nlohmann::ordered_json;

struct rule {
    std::string_view id;
    std::string_view text;
};

constexpr std::array<rule, 14> rules{{
    {"resting-on-retracted", "A claim citing a retracted work"},
    {"resting-on-stale", "A claim every source of which is stale"},
    {"dangling", "A claim citing a number the reference list lacks"},
    {"anachronism", "A claim naming an event that every source predates"},
    {"partly-stale", "A claim some sources of which are stale"},
    {"uncited", "A claim no citation supports"},
    {"stale-source", "A stale reference: old, superseded, or resting on stale sources itself"},
    {"stale-upstream", "A reference naming a corpus document whose claims rest on stale sources"},
    {"retracted-source", "A reference to a retracted work, by the Retraction Watch database"},
    {"concern-source", "A reference to a work under an expression of concern"},
    {"corrected-source", "A reference to a work that has been corrected"},
    {"undated", "A reference with no date to judge its age by"},
    {"unverifiable", "A reference that is not public: a source on file, a personal communication, internal reporting"},
    {"draft", "A reference to a draft or bill, not a final text"},
}};

// A path as a URI reference relative to the run's directory: bytes outside the unreserved
// set and "/" percent-encoded, so spaces, "#" and "?" in file names survive.
std::string uri_of(const std::string& path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri;
    for (unsigned char ch : path) {
        const bool plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                           ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/';
        if (plain) uri += static_cast<char>(ch);
        else uri += {'%', hex[ch >> 4], hex[ch & 15]};
    }
    return uri;
}

json rules_json() {
    json out = json::array();
    for (const rule& r : rules)
        out.push_back({{"id", r.id},
                       {"shortDescription", {{"text", r.text}}},
                       {"defaultConfiguration", {{"level", level_of(r.id)}}}});
    return out;
}

std::size_t rule_index(std::string_view id) {
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].id == id) return i;
    return 0;
}

json result_json(finding_fields&& f) {
    json region{{"startLine", std::max<std::size_t>(f.where.line, 1)}};
    if (f.where.column > 0) region["startColumn"] = f.where.column;
    json properties{{"id", std::move(f.id)}, {"text", std::move(f.text)}, {"reasons", std::move(f.reasons)},
                    {"sources", std::move(f.sources)}};
    if (!f.claims.empty()) properties["claims"] = std::move(f.claims);
    properties["hash"] = std::move(f.hash);
    json result{{"ruleId", f.rule},
                {"ruleIndex", rule_index(f.rule)},
                {"level", f.level},
                {"message", {{"text", std::move(f.message)}}},
                {"locations",
                 json::array({{{"physicalLocation",
                                {{"artifactLocation", {{"uri", uri_of(*f.path)}}}, {"region", std::move(region)}}}}})},
                {"partialFingerprints", {{"citegraph/v1", f.fingerprint}}}};
    // Acknowledged in citegraph.toml: SARIF's "external" suppression, which dashboards show
    // as dismissed with its justification.
    if (f.suppressed_by)
        result["suppressions"] = json::array({{{"kind", "external"}, {"status", "accepted"},
                                               {"justification", f.suppressed_by->reason}}});
    if (!f.baseline_state.empty()) result["baselineState"] = f.baseline_state;
    result["properties"] = std::move(properties);
    return result;
}

}  // namespace

void write_check_sarif(std::ostream& out, const writer_input& in) {
    triaged_findings fallback;
    const triaged_findings& t = triaged(in, fallback);
    json_stream log(out);
    log.begin_object();
    log.key("$schema");
    log.value("https://json.schemastore.org/sarif-2.1.0.json");
    log.key("version");
    log.value("2.1.0");
    log.key("runs");
    log.begin_array();
    log.begin_object();
    log.key("tool");
    log.value(json{{"driver", {{"name", "citegraph"}, {"version", CITEGRAPH_VERSION}, {"rules", rules_json()}}}});
    log.key("results");
    log.begin_array();
    stream_shown_findings(log, in, t, result_json);
    log.end_array();
    log.end_object();
    log.end_array();
    log.end_object();
    out << '\n';
}

}  // namespace citegraph::exports_detail
