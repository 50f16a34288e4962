#include "check_findings.hpp"

#include "graph/citation_graph.hpp"

#include "ordered_parallel_text.hpp"
#include "reasons.hpp"
#include "text.hpp"
#include "text/counted.hpp"

namespace citegraph::exports_detail {

namespace {

std::string source_id(const corpus& c, std::size_t doc, std::size_t ref) {
    return c.links.sources[c.links.source_of[doc][ref]].id();
}

// Why a flagged reference is a finding, in words.
std::string flag_reason(std::string_view flag) {
    if (flag == "undated") return "no date to judge its age by";
    if (flag == "unverifiable") return "not public: a source on file, a personal communication or internal reporting";
    return "a draft, not a final text";
}

}  // namespace

std::string_view level_of(std::string_view rule) {
    if (rule == "resting-on-retracted" || rule == "retracted-source" || rule == "resting-on-stale" ||
        rule == "dangling")
        return "error";
    if (rule == "uncited" || rule == "corrected-source" || rule == "unverifiable" || rule == "draft") return "note";
    return "warning";
}

finding_fields fields_of(const corpus& c, const corpus_assessment& a, const claim_reasons& reasons, const finding& f) {
    const document& d = c.documents[f.document];
    finding_fields out;
    out.rule = f.name();
    out.level = level_of(f.name());
    out.path = &d.path;
    if (names_reference(f)) {
        const reference& r = d.references[f.item];
        out.where = r.where;
        out.id = c.vertex_id(c.reference_vertex(f.document, f.item));
        out.text = r.text;
        const bool stale = f.kind == finding_kind::stale_source;
        if (stale) out.reasons = stale_reason_texts(c, a, f.document, f.item);
        else out.reasons.push_back(flag_reason(f.name()));
        out.sources.push_back(source_id(c, f.document, f.item));
        for (std::size_t claim : a.documents[f.document].references[f.item].cited_by)
            out.claims.push_back(c.vertex_id(c.claim_vertex(f.document, claim)));
        const std::string_view state = !stale                         ? ""
                                       : f.name() == "retracted-source" ? " is retracted"
                                       : f.name() == "concern-source"   ? " is under an expression of concern"
                                       : f.name() == "corrected-source" ? " is corrected"
                                                                      : " is stale";
        out.message = "reference " + out.id + " (" + iso_or_undated(r.published) + ")" + std::string(state) +
                      ": " + join(out.reasons, "; ") + "; " +
                      text::counted(out.claims.size(), "claim rests", "claims rest") + " on it";
        return out;
    }
    const claim& cl = d.claims[f.item];
    out.where = cl.where;
    out.id = c.vertex_id(c.claim_vertex(f.document, f.item));
    out.text = cl.text;
    out.reasons = reasons.texts(f.document, f.item);
    for (int number : cl.cites)
        if (const auto ref = c.reference_index(f.document, number)) out.sources.push_back(source_id(c, f.document, *ref));
    const std::string why = reasons.explain(f, out.reasons);
    out.message = std::string(f.name()) + ": " + out.id + " \"" + clean_text(cl.text) + "\"" + (why.empty() ? "" : " — " + why);
    return out;
}

finding_fields fields_of(const corpus& c, const corpus_assessment& a, const claim_reasons& reasons,
                         const triaged_findings& all, std::size_t i) {
    const triaged_finding& t = all.findings[i];
    finding_fields out = fields_of(c, a, reasons, t.f);
    out.hash = hash_of(c, all, i);
    out.fingerprint = fingerprint_of(c, all, i);
    out.suppressed_by = all.suppressed_by(t);
    // A suppressed finding is dismissed whatever the baseline says; the baseline leaves it out.
    if (all.with_baseline && !out.suppressed_by) out.baseline_state = t.baselined ? "unchanged" : "new";
    return out;
}

const triaged_findings& triaged(const writer_input& in, triaged_findings& fallback) {
    if (in.findings) return *in.findings;
    fallback = triage(in.c, in.a, acknowledgements{});
    return fallback;
}

void stream_shown_findings(json_stream& stream, const writer_input& in, const triaged_findings& t,
                           nlohmann::ordered_json (*to_json)(finding_fields&&)) {
    const claim_reasons reasons(in.c, in.a);
    const std::size_t depth = stream.depth();
    make_in_parallel_use_in_order(
        t.findings.size(), 4096,
        [&](std::size_t i) {
            std::string element;  // "" for a finding left out
            const triaged_finding& one = t.findings[i];
            if (in.shown.shows(one.f.name()))
                json_stream::append_element(element, depth, to_json(fields_of(in.c, in.a, reasons, t, i)));
            return element;
        },
        [&](const std::string& element) { stream.items(element); });
}

std::vector<left_out_counts> count_left_out(std::size_t documents, const triaged_findings& t,
                                            const finding_filter& shown) {
    std::vector<left_out_counts> counts(documents);
    for (const triaged_finding& one : t.findings) {
        left_out_counts& n = counts[one.f.document];
        n.suppressed += one.suppression != triaged_finding::not_suppressed;
        n.baselined += one.baselined;
        if (!one.listed()) continue;
        if (shown.shows(one.f.name())) ++n.listed;
        else ++n.hidden;
    }
    return counts;
}

}  // namespace citegraph::exports_detail
