// The baseline file of `check --write-baseline` / `--baseline`: JSON a reviewer can read in
// a diff, one entry per finding, matched by fingerprint alone.
#include <nlohmann/json.hpp>
#include <ostream>

#include "citegraph/triage.hpp"
#include "text/whole_file.hpp"

namespace citegraph {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view schema = "citegraph-baseline/1";

const location& where_of(const corpus& c, const finding& f) {
    const document& d = c.documents[f.document];
    return names_reference(f) ? d.references[f.item].where : d.claims[f.item].where;
}

// The position of the first byte that is not white space: where a wrong value starts.
location start_of_value(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    return locate(text, first == std::string_view::npos ? text.size() : first);
}

}  // namespace

void write_baseline(std::ostream& out, const corpus& c, const triaged_findings& t) {
    json findings = json::array();
    for (const triaged_finding& one : t.findings) {
        // A suppressed finding returns when its suppression expires, so the baseline leaves it out.
        if (one.suppressed_by) continue;
        const document& d = c.documents[one.f.document];
        const finding& f = one.f;
        findings.push_back({{"fingerprint", fingerprint_of(c, one)},
                            {"rule", f.name},
                            {"path", d.path},
                            {"line", where_of(c, f).line},
                            {"text", names_reference(f) ? d.references[f.item].text
                                                                           : d.claims[f.item].text}});
    }
    const json whole{{"schema", schema}, {"findings", std::move(findings)}};
    out << whole.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

std::map<std::string, std::size_t> read_baseline(const std::string& path) {
    const std::string text = text::read_whole_file(path, "baseline file");
    json parsed;
    try {
        parsed = json::parse(text);
    } catch (const json::parse_error& e) {
        // e.byte is the 1-based offset of the byte the parser stopped at.
        std::string why = e.what();
        if (const auto colon = why.rfind(": "); colon != std::string::npos) why = why.substr(colon + 2);
        throw input_error(path, locate(text, e.byte == 0 ? 0 : e.byte - 1), "not a baseline file (JSON): " + why);
    }
    const std::string expected =
        "not a baseline file: expected {\"schema\": \"" + std::string(schema) +
        "\", \"findings\": [{\"fingerprint\": ...}, ...]}, as check --write-baseline writes";
    if (!parsed.is_object() || parsed.value("schema", json()) != schema || !parsed.contains("findings") ||
        !parsed["findings"].is_array())
        throw input_error(path, start_of_value(text), expected);
    std::map<std::string, std::size_t> counts;
    for (const json& entry : parsed["findings"]) {
        if (!entry.is_object() || !entry.contains("fingerprint") || !entry["fingerprint"].is_string())
            throw input_error(path, start_of_value(text), expected + "; an entry has no \"fingerprint\" string");
        ++counts[entry["fingerprint"].get<std::string>()];
    }
    return counts;
}

}  // namespace citegraph
