#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/provenance_analysis.hpp"
#include "citegraph/triage.hpp"
#include "check_findings.hpp"
#include "graph/citation_graph.hpp"
#include "listings.hpp"
#include "ordered_parallel_text.hpp"
#include "reasons.hpp"
#include "terminal_colour.hpp"
#include "text.hpp"
#include "text/counted.hpp"
#include "text/decimal.hpp"
#include "text/parallel_indices.hpp"

namespace citegraph::exports_detail {

namespace {

// Each document's path as printed, made once for the whole listing rather than per line.
std::vector<std::string> printable_paths(const corpus& c) {
    std::vector<std::string> paths;
    paths.reserve(c.documents.size());
    for (const document& d : c.documents) paths.push_back(printable(d.path));
    return paths;
}

// "path:line:column: ", "path:line: " when the column is unknown, "path: " when the line is;
// `path` as printable() prints it.
void append_place(std::string& out, std::string_view path, const location& where) {
    out += path;
    if (where.line > 0) {
        out += ':';
        text::append_number(out, where.line);
    }
    if (where.line > 0 && where.column > 0) {
        out += ':';
        text::append_number(out, where.column);
    }
    out += ": ";
}

// " [claim 1a2b3c4d5e6f]": what a suppression names the finding by; "" unless asked for.
std::string hash_note(const corpus& c, const triaged_findings& t, std::size_t i, bool shown) {
    if (!shown) return "";
    return (names_reference(t.findings[i].f) ? " [reference " : " [claim ") + hash_of(c, t, i) + "]";
}

// What every finding line opens with: `path:line:column: name: id "label"`. Each line is put
// together in the run's string, not written a piece at a time to a stream: a stream's
// formatting was a third of the listing.
void append_finding_opening(std::string& out, std::string_view path, const location& where, const finding& f,
                            bool colour, std::string_view id, std::string_view text, std::size_t label_chars) {
    append_place(out, path, where);
    out += coloured(f.name(), f.name(), colour);
    out += ": ";
    out += id;
    out += " \"";
    out += terminal_label(text, label_chars);
    out += '"';
}

void append_claim_finding(std::string& out, const corpus& c, std::string_view path, const claim_reasons& reasons,
                          const finding& f, const std::string& note, bool colour) {
    const claim& cl = c.documents[f.document].claims[f.item];
    append_finding_opening(out, path, cl.where, f, colour, c.vertex_id(c.claim_vertex(f.document, f.item)), cl.text, 72);
    if (const std::string why = reasons.explain(f); !why.empty()) {
        out += " — ";
        out += printable(why);
    }
    out += note;
    out += '\n';
}

// " — 9 claims rest on it", " — never cited".
std::string resting_count(std::size_t claims) {
    if (claims == 0) return " — never cited";
    return " — " + text::counted(claims, "claim rests", "claims rest") + " on it";
}

// A stale reference (fixing it mends every claim resting on it), or an undated,
// unverifiable or draft one: its id, text, date and why, and how many claims rest on it.
void append_reference_finding(std::string& out, const corpus& c, std::string_view path, const corpus_assessment& a,
                              const finding& f, const std::string& note, bool colour) {
    const reference& r = c.documents[f.document].references[f.item];
    const reference_assessment& ra = a.documents[f.document].references[f.item];
    append_finding_opening(out, path, r.where, f, colour, c.vertex_id(c.reference_vertex(f.document, f.item)), r.text,
                           80);
    out += " (";
    out += iso_or_undated(r.published);
    if (f.kind == finding_kind::stale_source) {
        out += "; ";
        out += printable(join(stale_reason_texts(c, a, f.document, f.item), "; "));
    }
    out += ')';
    out += resting_count(ra.cited_by.size());
    out += note;
    out += '\n';
}

// "43 partly-stale", in the verdict's colour when there is any.
std::string verdict_count(int n, std::string_view verdict, bool colour) {
    return coloured(std::to_string(n) + ' ' + std::string(verdict), verdict, colour && n > 0);
}

// "path: 1 new finding listed, 3 hidden by --only/--hide, 2 suppressed, 150 in the
// baseline", for a document with findings suppressed or a baseline given.
void write_left_out(std::ostream& out, const document& d, const left_out_counts& n, bool with_baseline) {
    if (n.suppressed == 0 && !with_baseline) return;
    out << printable(d.path) << ": "
        << text::counted(n.listed, with_baseline ? "new finding" : "finding", with_baseline ? "new findings" : "findings")
        << " listed";
    if (n.hidden > 0) out << ", " << n.hidden << " hidden by --only/--hide";
    if (n.suppressed > 0) out << ", " << n.suppressed << " suppressed";
    if (with_baseline) out << ", " << n.baselined << " in the baseline";
    out << '\n';
}

// " (news 1y, article never)": the kinds given age limits of their own; "" if none.
std::string own_kind_limits(const stale_policy& policy) {
    std::vector<std::string> own;
    for (const auto& [kind, limit] : policy.max_age_by_kind) own.push_back(std::string(to_string(kind)) + ' ' + to_string(limit));
    return own.empty() ? "" : " (" + join(own, ", ") + ")";
}

void write_summary(std::ostream& out, const document& d, const document_assessment& da,
                   const corpus_assessment& a, bool colour) {
    const stale_policy& policy = a.policy;
    const document_summary s = summarize(d, da);
    const std::string path = printable(d.path);
    out << path << ": " << text::counted(d.claims.size(), "claim") << ": ";
    for (auto v : summary_verdicts)
        if (in_summary(v, a))
            out << verdict_count(s.claims(v), to_string(v), colour) << (v == claim_verdict::dangling ? "" : ", ");
    out << "; "
        << coloured(text::counted(static_cast<std::size_t>(s.anachronisms), "anachronism"), "anachronism",
                    colour && s.anachronisms > 0)
        << '\n';
    out << path << ": " << text::counted(d.references.size(), "reference") << ": "
        << verdict_count(s.stale, "stale", colour) << " ("
        << s.superseded << " superseded), " << s.in_force << " legislation in force, " << s.undated
        << " undated, " << s.unverifiable << " unverifiable, " << s.drafts << " draft, "
        << s.never_cited.size() << " never cited"
        << (a.retractions.empty() ? "" : ", " + verdict_count(s.retracted, "retracted", colour) + ", " +
                                             std::to_string(s.concerns) + " under an expression of concern, " +
                                             std::to_string(s.corrected) + " corrected")
        << (s.never_cited.empty() ? "" : " (" + join(s.never_cited, ", ") + ")") << "; as of "
        << (da.as_of.known() ? to_iso(da.as_of) : "unknown") << ", max age " << to_string(policy.max_age)
        << own_kind_limits(policy)
        << (da.sources == source_policy::scholarly ? " (scholarly: articles and books age only when superseded)" : "")
        << '\n';
}

// One line per cycle of documents citing each other: "cycle: a.md → b.md → c.md → a.md".
void write_cycles(std::ostream& out, const corpus& c, const corpus_assessment& a) {
    for (const auto& cycle : a.cycles) {
        out << "cycle:";
        for (std::size_t doc : cycle) out << ' ' << printable(c.documents[doc].path) << " →";
        out << ' ' << printable(c.documents[cycle.front()].path) << '\n';
    }
    if (a.cycles_truncated) out << "cycle: more cycles exist; the first " << cycle_limit << " are listed\n";
}

// How many sources the load-bearing lines show.
constexpr std::size_t load_bearing_shown = 5;

// How many claims rest on one source, and the sources most claims rest on.
void write_load_bearing(std::ostream& out, const corpus& c, const load_bearing_sources& found) {
    std::size_t claims = 0;
    for (const document& d : c.documents) claims += d.claims.size();
    // "1 of 5 claims rests", "4 of 5 claims rest": the verb agrees with the first count.
    out << "load-bearing: " << found.single_source_claims.size() << " of " << text::counted(claims, "claim")
        << (found.single_source_claims.size() == 1 ? " rests" : " rest") << " on a single source\n";
    for (std::size_t i = 0; i < std::min(load_bearing_shown, found.ranking.size()); ++i) {
        const source_load& load = found.ranking[i];
        const source& s = c.links.sources[load.source];
        const reference_place first = s.references.front();
        const reference& r = c.documents[first.document].references[first.reference];
        out << "load-bearing: " << s.id() << " \"" << terminal_label(r.text, 60) << "\" ("
            << iso_or_undated(s.published) << "): " << text::counted(load.total, "claim rests", "claims rest")
            << " on it, " << load.direct << " directly\n";
    }
}

}  // namespace

void write_check_text(std::ostream& out, const writer_input& in) {
    const corpus& c = in.c;
    const corpus_assessment& a = in.a;
    triaged_findings fallback;
    const triaged_findings& t = triaged(in, fallback);
    // The load-bearing ranking runs on one core, so it is found beside the listing, which
    // runs on every core, rather than after it with the other cores idle.
    const bool ranks_sources = c.documents.size() > 1;
    load_bearing_sources load_bearing;
    const auto find_sources = [&] {
        if (ranks_sources) load_bearing = find_load_bearing(c, load_bearing_shown);
    };
    const auto write_listing = [&] {
        // Held for the listing only: the summaries and the load-bearing sources need none.
        const claim_reasons reasons(c, a);
        const std::vector<std::string> paths = printable_paths(c);
        write_printed_runs_in_order_in_parallel(out, t.findings.size(), [&](std::size_t first, std::size_t last) {
            std::string lines;
            // A finding's line is about 220 bytes: room for a run's at once, where doubling
            // from nothing copied the run once more as it grew.
            lines.reserve((last - first) * 256);
            for (std::size_t i = first; i < last; ++i) {
                const triaged_finding& one = t.findings[i];
                // Suppressed and baselined findings stay out whatever --only names.
                if (!one.listed() || !in.shown.shows(one.f.name())) continue;
                const std::string note = hash_note(c, t, i, in.show_hashes);
                const std::string& path = paths[one.f.document];
                if (names_reference(one.f)) append_reference_finding(lines, c, path, a, one.f, note, in.colour);
                else append_claim_finding(lines, c, path, reasons, one.f, note, in.colour);
            }
            return lines;
        });
    };
    text::run_side_by_side(find_sources, write_listing);
    const std::vector<left_out_counts> left_out = count_left_out(c.documents.size(), t, in.shown);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        write_summary(out, c.documents[doc], a.documents[doc], a, in.colour);
        write_left_out(out, c.documents[doc], left_out[doc], t.with_baseline);
    }
    if (ranks_sources) {
        write_cycles(out, c, a);
        write_load_bearing(out, c, load_bearing);
    }
}

}  // namespace citegraph::exports_detail
