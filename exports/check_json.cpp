// `check --format json`: the findings and each document's summary, for scripts.
#include <nlohmann/json.hpp>
#include <ostream>

#include "check_findings.hpp"
#include "json_stream.hpp"
#include "citegraph/findings.hpp"
#include "listings.hpp"
#include "policy_json.hpp"
#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

using json = nlohmann::ordered_json;

json iso_or_null(const date& d) { return d.known() ? json(to_iso(d)) : json(nullptr); }

// Where and why a finding was acknowledged: {"reason", "expires", "file", "line"}.
json suppression_json(const suppression& s) {
    return json{{"reason", s.reason}, {"expires", iso_or_null(s.expires)}, {"file", s.file}, {"line", s.where.line}};
}

json finding_json(finding_fields&& f) {
    json out{{"rule", f.rule}, {"level", f.level}, {"path", *f.path},
             {"line", f.where.line}, {"column", f.where.column}, {"id", std::move(f.id)}, {"text", std::move(f.text)},
             {"message", std::move(f.message)},
             {"reasons", std::move(f.reasons)}, {"sources", std::move(f.sources)}};
    if (!f.claims.empty() || f.rule.ends_with("-source") || f.rule == "stale-upstream" || f.rule == "undated" ||
        f.rule == "unverifiable" || f.rule == "draft")
        out["claims"] = std::move(f.claims);
    out["hash"] = std::move(f.hash);
    out["fingerprint"] = std::move(f.fingerprint);
    out["suppression"] = f.suppressed_by ? suppression_json(*f.suppressed_by) : json(nullptr);
    out["baseline"] = f.baseline_state.empty() ? json(nullptr) : json(f.baseline_state);
    return out;
}

json summary_json(const document& d, const document_assessment& da, const left_out_counts& left_out,
                  bool with_baseline) {
    const document_summary s = summarize(d, da);
    json verdicts = json::object();
    for (auto v : summary_verdicts) verdicts[std::string(to_string(v))] = s.claims(v);
    return json{{"path", d.path},
                {"claims", d.claims.size()},
                {"verdicts", verdicts},
                {"anachronisms", s.anachronisms},
                {"references", d.references.size()},
                {"stale", s.stale},
                {"superseded", s.superseded},
                {"in_force", s.in_force},
                {"undated", s.undated},
                {"unverifiable", s.unverifiable},
                {"drafts", s.drafts},
                {"retracted", s.retracted},
                {"expressions_of_concern", s.concerns},
                {"corrected", s.corrected},
                {"never_cited", s.never_cited},
                {"as_of", iso_or_null(da.as_of)},
                {"policy", to_string(da.sources)},
                {"suppressed", left_out.suppressed},
                {"baselined", with_baseline ? json(left_out.baselined) : json(nullptr)}};
}

}  // namespace

void write_check_json(std::ostream& out, const writer_input& in) {
    triaged_findings fallback;
    const triaged_findings& t = triaged(in, fallback);
    json_stream whole(out);
    whole.begin_object();
    whole.key("schema");
    whole.value("citegraph-check/1");
    whole.key("policy");
    whole.value(policy_json(in.a));
    whole.key("shown");
    whole.value(json{{"only", in.shown.only}, {"hide", in.shown.hide}});
    whole.key("findings");
    whole.begin_array();
    stream_shown_findings(whole, in, t, finding_json);
    whole.end_array();
    whole.key("documents");
    whole.begin_array();
    const std::vector<left_out_counts> left_out = count_left_out(in.c.documents.size(), t, in.shown);
    for (std::size_t doc = 0; doc < in.c.documents.size(); ++doc)
        whole.value(summary_json(in.c.documents[doc], in.a.documents[doc], left_out[doc], t.with_baseline));
    whole.end_array();
    whole.end_object();
    out << '\n';
}

}  // namespace citegraph::exports_detail
