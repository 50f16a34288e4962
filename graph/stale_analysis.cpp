// The rules are listed in README.md ("How citegraph judges sources"); keep them in step.
#include "citegraph/stale_analysis.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <span>

#include <boost/range/iterator_range.hpp>

#include "citation_graph.hpp"
#include "citegraph/claim_years.hpp"
#include "document_graph.hpp"
#include "retraction_match.hpp"
#include "series.hpp"
#include "text/parallel_indices.hpp"

namespace citegraph {

static_assert(sizeof(claim_reason) == 12);
static_assert(sizeof(reference_assessment) == 120);
static_assert(sizeof(claim_assessment) == 16);

namespace ch = std::chrono;

std::string_view to_string(claim_verdict verdict) {
    switch (verdict) {
        case claim_verdict::ok: return "ok";
        case claim_verdict::partly_stale: return "partly-stale";
        case claim_verdict::resting_on_stale: return "resting-on-stale";
        case claim_verdict::uncited: return "uncited";
        case claim_verdict::dangling: return "dangling";
        case claim_verdict::resting_on_retracted: return "resting-on-retracted";
    }
    return "ok";
}

std::string_view to_string(source_policy policy) {
    switch (policy) {
        case source_policy::report: return "report";
        case source_policy::scholarly: return "scholarly";
        case source_policy::by_format: break;
    }
    return "by-format";
}

int severity(claim_verdict verdict) {
    switch (verdict) {
        case claim_verdict::resting_on_retracted: return max_severity;
        case claim_verdict::dangling: return 4;
        case claim_verdict::resting_on_stale: return 3;
        case claim_verdict::partly_stale: return 2;
        case claim_verdict::uncited: return 1;
        case claim_verdict::ok: return 0;
    }
    return 0;
}

std::vector<std::string> flag_names(const reference_flags& flags) {
    std::vector<std::string> names;
    if (flags.undated) names.emplace_back("undated");
    if (flags.unverifiable) names.emplace_back("unverifiable");
    if (flags.draft) names.emplace_back("draft");
    if (flags.in_force) names.emplace_back("in-force");
    if (flags.retracted) names.emplace_back("retracted");
    if (flags.concern) names.emplace_back("expression-of-concern");
    if (flags.corrected) names.emplace_back("corrected");
    return names;
}

namespace {

// The last day of the period a date names: a reference dated "2017" may be from
// December 2017, so it is judged by its most favourable reading.
ch::sys_days end_of_period(const date& d) {
    const ch::year y{d.year};
    switch (d.precision) {
        case date_precision::day: {
            ch::year_month_day day{y, ch::month{static_cast<unsigned>(d.month)},
                                   ch::day{static_cast<unsigned>(d.day)}};
            if (day.ok()) return day;
            [[fallthrough]];  // e.g. "February 31": the month's end
        }
        case date_precision::month:
            return ch::year_month_day_last{y, ch::month_day_last{ch::month{static_cast<unsigned>(d.month)}}};
        default:
            return ch::year_month_day{y, ch::December, ch::day{31}};
    }
}

// as_of minus the limit; the day clamps to the month's end (2024-02-29 - 1y = 2023-02-28).
ch::sys_days cutoff(const date& as_of, const age_limit& limit) {
    ch::year_month_day start = ch::sys_days(end_of_period(as_of));
    auto ym = ch::year_month{start.year(), start.month()} - ch::years{limit.years} -
              ch::months{limit.months};
    auto day = std::min(start.day(), ch::year_month_day_last{ym.year(), ch::month_day_last{ym.month()}}.day());
    return ch::sys_days{ch::year_month_day{ym.year(), ym.month(), day}} - ch::days{limit.days};
}

stale_reason reason_of(stale_reason_kind kind) {
    stale_reason reason;
    reason.kind = kind;
    return reason;
}

bool is_unverifiable(const reference& r) {
    return r.source_on_file || r.kind == reference_kind::personal_communication ||
           r.kind == reference_kind::internal_reporting;
}

std::vector<reference_assessment> assess_references(const document& d, const date& as_of,
                                                    const stale_policy& policy, source_policy applied) {
    std::vector<reference_assessment> out(d.references.size());
    const std::vector<long> superseded_by = find_superseding_editions(d.references);
    for (std::size_t i = 0; i < d.references.size(); ++i) {
        const reference& r = d.references[i];
        reference_assessment& a = out[i];
        a.flags.undated = !r.published.known();
        a.flags.unverifiable = is_unverifiable(r);
        a.flags.draft = r.draft;
        const kind_age_limit limit = age_limit_for(policy, applied, r.kind);
        // A law an age limit of its own names is judged by age, not as in force.
        a.flags.in_force = r.kind == reference_kind::legislation && !r.draft && !limit;
        if (superseded_by[i] >= 0) {
            const reference& newer = d.references[static_cast<std::size_t>(superseded_by[i])];
            a.stale = a.superseded = true;
            a.superseded_by = newer.number;
            a.stale_reasons.push_back(reason_of(stale_reason_kind::superseded));
        }
        const bool judged_by_age = r.published.known() && as_of.known() && limit;
        if (judged_by_age && end_of_period(r.published) < cutoff(as_of, *limit)) {
            a.stale = true;
            stale_reason too_old = reason_of(stale_reason_kind::too_old);
            too_old.limit = *limit;
            a.stale_reasons.push_back(too_old);
        }
    }
    return out;
}

// The policy a document is judged by: the one asked for, or the one its format implies.
source_policy policy_for(const document& d, source_policy asked) {
    if (asked != source_policy::by_format) return asked;
    const bool paper = d.format == "jats" || d.format == "tei" || d.format == "markdown" || d.format == "html";
    return paper ? source_policy::scholarly : source_policy::report;
}

// The latest year a claim names that is not after the year it reports on (plans and
// forecasts name later years and are not events); 0 if none.
int event_year(const claim& c, int latest_event_year) {
    int year = 0;
    for (named_year y = next_year_named(c.text, 0); y.year != 0; y = next_year_named(c.text, y.end))
        if (y.year <= latest_event_year) year = std::max(year, y.year);
    return year;
}

// What judging one document's claims needs beside its reference assessments.
struct claim_inputs {
    // Each claim's sources, the indices of the references it cites, ascending:
    // source[source_start[i] .. source_start[i + 1]) for claim i (sources(i)). One array for
    // the document, not a vector per claim: that was an allocation per claim.
    std::vector<std::size_t> source_start;
    std::vector<std::size_t> source;
    int latest_event_year = 0;

    std::span<const std::size_t> sources(std::size_t claim) const {
        return {source.data() + source_start[claim], source_start[claim + 1] - source_start[claim]};
    }
};

claim_inputs gather_claim_inputs(const corpus& c, std::size_t doc, document_assessment& da) {
    const auto& g = c.graph();
    const document& d = c.documents[doc];
    claim_inputs in;
    in.latest_event_year = d.reporting_year ? d.reporting_year : da.as_of.year;
    std::size_t cited = 0;  // at least the claims' distinct sources
    for (const claim& cl : d.claims) cited += cl.cites.size();
    in.source.reserve(cited);
    in.source_start.reserve(d.claims.size() + 1);
    in.source_start.push_back(0);
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        for (auto edge : boost::make_iterator_range(boost::out_edges(c.claim_vertex(doc, i), g)))
            if (g[edge].kind == edge_kind::cites) in.source.push_back(g[boost::target(edge, g)].item);
        std::sort(in.source.begin() + static_cast<std::ptrdiff_t>(in.source_start.back()), in.source.end());
        in.source_start.push_back(in.source.size());
    }
    // Each reference's citing claims, made to measure: the assessment keeps them for the run.
    std::vector<std::size_t> citing(da.references.size(), 0);
    for (std::size_t ref : in.source) ++citing[ref];
    for (std::size_t ref = 0; ref < citing.size(); ++ref) da.references[ref].cited_by.reserve(citing[ref]);
    for (std::size_t i = 0; i < d.claims.size(); ++i)
        for (std::size_t ref : in.sources(i)) da.references[ref].cited_by.push_back(static_cast<std::uint32_t>(i));
    return in;
}

// The verdict of one claim from the judged references it cites, with its reasons, into da
// (in the room its earlier reasons had, when it is judged again).
void judge_claim(const corpus& c, std::size_t doc, std::size_t index, const claim_inputs& in,
                 document_assessment& da) {
    const document& d = c.documents[doc];
    const claim& cl = d.claims[index];
    const std::span<const std::size_t> sources = in.sources(index);
    // Gathered in a list kept per thread, then copied into the document's reasons.
    thread_local std::vector<claim_reason> reasons;
    reasons.clear();
    claim_assessment ca;
    const auto keep = [&] {
        ca.first_reason = da.claims[index].first_reason;
        ca.reason_count = da.claims[index].reason_count;
        da.claims[index] = ca;
        da.set_reasons(index, reasons);
    };
    if (cl.cites.empty()) {
        ca.verdict = claim_verdict::uncited;
        reasons.push_back(claim_reason{claim_reason_kind::uncited, 0, 0});
        keep();
        return;
    }
    bool missing = false;
    for (int number : cl.cites) {
        if (c.reference_index(doc, number)) continue;
        missing = true;
        reasons.push_back(claim_reason{claim_reason_kind::missing_reference, number, 0});
    }
    std::size_t stale = 0;
    std::size_t retracted = 0;
    bool all_predate = true;
    ca.event_year = event_year(cl, in.latest_event_year);
    for (std::size_t ref : sources) {
        const reference& r = d.references[ref];
        const reference_assessment& ra = da.references[ref];
        stale += counts_as_stale(ra);
        // One reason per source: retracted outranks stale, whose text names any notice.
        const auto reason = [&](claim_reason_kind kind) {
            reasons.push_back(claim_reason{kind, 0, static_cast<std::uint32_t>(ref)});
        };
        if (ra.flags.retracted) {
            ++retracted;
            reason(claim_reason_kind::retracted_source);
        } else if (counts_as_stale(ra)) {
            reason(claim_reason_kind::stale_source);
        } else if (ra.standing_notice) {
            reason(claim_reason_kind::noticed_source);
        }
        if (!r.published.known() || ra.flags.in_force || r.published.year >= ca.event_year)
            all_predate = false;
    }
    ca.rests_on_stale = !missing && stale == sources.size();
    if (retracted > 0) ca.verdict = claim_verdict::resting_on_retracted;
    else if (missing) ca.verdict = claim_verdict::dangling;
    else if (stale == sources.size()) ca.verdict = claim_verdict::resting_on_stale;
    else if (stale > 0) ca.verdict = claim_verdict::partly_stale;
    ca.anachronism = ca.event_year > 0 && !sources.empty() && all_predate;
    if (ca.anachronism)
        reasons.push_back(claim_reason{claim_reason_kind::predates, 0, 0});
    keep();
}

// Marks the references whose series has a strictly newer edition in another document,
// out by the citing document's as-of date: "superseded by d2:r4 (2020)".
void mark_superseded_across(const corpus& c, corpus_assessment& result) {
    if (c.documents.size() < 2) return;
    std::vector<date> as_of;
    for (const auto& da : result.documents) as_of.push_back(da.as_of);
    const auto newer = find_superseding_editions(c.documents, as_of);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        for (std::size_t i = 0; i < newer[doc].size(); ++i) {
            reference_assessment& a = result.documents[doc].references[i];
            const reference_place place = newer[doc][i];
            // An edition in the same document is judged by the document's own series keys.
            if (place == no_edition || place.document == doc || a.superseded) continue;
            a.stale = a.superseded = true;
            // Before any age reason, as a superseded edition in the same document is.
            stale_reason newer_edition = reason_of(stale_reason_kind::superseded_elsewhere);
            newer_edition.reference = place;
            a.stale_reasons.insert(a.stale_reasons.begin(), newer_edition);
        }
    }
}

}  // namespace

namespace {

// Stale-upstream references: judges the claims of every document, component by component
// of the document graph in citation order (cited documents first), and flips a reference to
// stale-upstream when the document it names has a claim resting on stale sources. Inside a
// component (documents citing each other in a circle) a worklist of documents that newly
// gained such a claim reaches the fixpoint; each reference flips at most once, so the work
// is bounded by the references and the claims citing them, and nothing recurses.
class upstream_judge {
public:
    upstream_judge(const corpus& c, corpus_assessment& result)
        : c_(c), result_(result), links_(link_documents(c)), inputs_(c.documents.size()),
          tainted_(c.documents.size(), 0), witness_(c.documents.size()),
          witness_end_(c.documents.size()), component_of_(c.documents.size(), 0) {}

    // Components that cite no component still being judged are judged together, on every
    // core: a component writes only its own documents' judgements and reads those of the
    // components it cites. In a corpus whose documents name none of each other that is all
    // of them at once.
    void run() {
        text::for_each_index_in_parallel(c_.documents.size(), [&](std::size_t doc) {
            inputs_[doc] = gather_claim_inputs(c_, doc, result_.documents[doc]);
        });
        const auto order = citation_order(links_);
        for (std::size_t k = 0; k < order.size(); ++k)
            for (std::size_t doc : order[k]) component_of_[doc] = k;
        for (const std::vector<std::size_t>& round : rounds(order))
            text::for_each_index_in_parallel(round.size(), [&](std::size_t i) {
                judge_component(round[i], order[round[i]]);
            });
    }

private:
    // The components (positions in citation order) in rounds: a component's round is one
    // past the last round of any component it cites, so a round needs only earlier ones.
    std::vector<std::vector<std::size_t>> rounds(const std::vector<std::vector<std::size_t>>& order) const {
        std::vector<std::size_t> round_of(order.size(), 0);
        std::vector<std::vector<std::size_t>> rounds;
        for (std::size_t k = 0; k < order.size(); ++k) {
            for (std::size_t doc : order[k])
                for (std::size_t cited : links_.cites[doc])
                    if (component_of_[cited] != k)
                        round_of[k] = std::max(round_of[k], round_of[component_of_[cited]] + 1);
            if (round_of[k] >= rounds.size()) rounds.resize(round_of[k] + 1);
            rounds[round_of[k]].push_back(k);
        }
        return rounds;
    }

    void judge_component(std::size_t k, const std::vector<std::size_t>& members) {
        // References naming documents of earlier components: those are final.
        for (std::size_t doc : members)
            for (std::size_t ref = 0; ref < c_.documents[doc].references.size(); ++ref) {
                const auto named = named_document(c_, doc, ref);
                if (!named) continue;
                const std::size_t cited = *named;
                if (component_of_[cited] != k && tainted_[cited]) flip({doc, ref}, cited);
            }
        std::vector<std::size_t> worklist;
        for (std::size_t doc : members) {
            auto& da = result_.documents[doc];
            da.claims.resize(c_.documents[doc].claims.size());
            for (std::size_t i = 0; i < da.claims.size(); ++i) judge_claim(c_, doc, i, inputs_[doc], da);
            if (taint(doc)) worklist.push_back(doc);
        }
        while (!worklist.empty()) {
            const std::size_t named = worklist.back();
            worklist.pop_back();
            for (const reference_place& p : links_.named_by[named]) {
                if (component_of_[p.document] != k || result_.documents[p.document].references[p.reference].stale_upstream)
                    continue;
                flip(p, named);
                auto& da = result_.documents[p.document];
                for (std::size_t claim : da.references[p.reference].cited_by)
                    judge_claim(c_, p.document, claim, inputs_[p.document], da);
                if (taint(p.document)) worklist.push_back(p.document);
            }
        }
        // The members' judgements are final: their reasons lose the room growing left.
        for (std::size_t doc : members) result_.documents[doc].claim_reasons.shrink_to_fit();
    }

    // Marks a document that has a claim resting on stale sources and records the path down
    // to a stale reference; true if it was not marked before.
    bool taint(std::size_t doc) {
        if (tainted_[doc]) return false;
        const auto& da = result_.documents[doc];
        const auto claim = std::find_if(da.claims.begin(), da.claims.end(), [](const claim_assessment& ca) {
            return ca.rests_on_stale;
        });
        if (claim == da.claims.end()) return false;
        const std::size_t ci = static_cast<std::size_t>(claim - da.claims.begin());
        const auto sources = inputs_[doc].sources(ci);
        // A source stale in itself ends the path here; else one already stale upstream,
        // whose own path is complete, continues it.
        auto ref = std::find_if(sources.begin(), sources.end(), [&](std::size_t r) { return da.references[r].stale; });
        if (ref == sources.end()) ref = sources.begin();
        auto& path = witness_[doc];
        path = {c_.vertex_id(c_.document_vertex(doc)), c_.vertex_id(c_.claim_vertex(doc, ci)),
                c_.vertex_id(c_.reference_vertex(doc, *ref))};
        const reference_assessment& ra = da.references[*ref];
        if (ra.stale) {
            witness_end_[doc] = {doc, *ref};
        } else {
            path.insert(path.end(), ra.upstream_path.begin(), ra.upstream_path.end());
            const std::size_t next = *named_document(c_, doc, *ref);
            witness_end_[doc] = witness_end_[next];
            // A long chain keeps its head and its stale end, so paths stay short.
            if (path.size() > upstream_path_limit) {
                path.erase(path.begin() + static_cast<long>(upstream_path_limit - 4), path.end() - 3);
                path.insert(path.end() - 3, "…");
            }
        }
        tainted_[doc] = 1;
        return true;
    }

    // Makes the reference at p, which names the tainted document `named`, stale upstream.
    void flip(const reference_place& p, std::size_t named) {
        reference_assessment& ra = result_.documents[p.document].references[p.reference];
        ra.stale_upstream = true;
        ra.upstream_path = witness_[named];
        stale_reason upstream = reason_of(stale_reason_kind::upstream);
        upstream.reference = witness_end_[named];
        upstream.document = named;
        ra.stale_reasons.push_back(upstream);
    }

    const corpus& c_;
    corpus_assessment& result_;
    document_links links_;
    std::vector<claim_inputs> inputs_;
    // has a claim resting on stale sources; char, not bool, so that components judged on
    // different threads write separate bytes
    std::vector<char> tainted_;
    std::vector<std::vector<std::string>> witness_;   // per tainted document: the path to its stale reference
    std::vector<reference_place> witness_end_;        // per tainted document: the stale reference ending it
    std::vector<std::size_t> component_of_;           // per document: its position in citation_order
};

date from_days(ch::sys_days day) {
    const ch::year_month_day ymd{day};
    return make_date(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day())));
}

}  // namespace

date last_day(const date& d) { return d.known() ? from_days(end_of_period(d)) : date{}; }

date age_cutoff(const date& as_of, const age_limit& limit) {
    return as_of.known() ? from_days(cutoff(as_of, limit)) : date{};
}

void document_assessment::set_reasons(std::size_t claim, std::span<const claim_reason> reasons) {
    // Reasons that are this list's own are copied first: writing into the list, or growing
    // it, would change them under the copy.
    const std::less<const claim_reason*> before;
    if (!reasons.empty() && !before(reasons.data(), claim_reasons.data()) &&
        before(reasons.data(), claim_reasons.data() + claim_reasons.size())) {
        const std::vector<claim_reason> copy(reasons.begin(), reasons.end());
        set_reasons(claim, copy);
        return;
    }
    claim_assessment& ca = claims[claim];
    if (reasons.size() <= ca.reason_count) {
        std::copy(reasons.begin(), reasons.end(), claim_reasons.begin() + ca.first_reason);
    } else {
        ca.first_reason = static_cast<std::uint32_t>(claim_reasons.size());
        claim_reasons.insert(claim_reasons.end(), reasons.begin(), reasons.end());
    }
    ca.reason_count = static_cast<std::uint32_t>(reasons.size());
}

corpus_assessment assess(const corpus& c, const stale_policy& policy, const retraction_list& notices) {
    corpus_assessment result;
    result.policy = policy;
    result.retractions = notices.path;
    const notice_index index(notices);
    // Each document's references are judged on their own, so on every core.
    result.documents.resize(c.documents.size());
    text::for_each_index_in_parallel(c.documents.size(), [&](std::size_t doc) {
        const document& d = c.documents[doc];
        document_assessment& da = result.documents[doc];
        da.as_of = policy.as_of.known() ? policy.as_of : d.as_of;
        da.sources = policy_for(d, policy.sources);
        da.references = assess_references(d, da.as_of, policy, da.sources);
        if (!notices.notices.empty())
            for (std::size_t i = 0; i < d.references.size(); ++i)
                mark_notices(da.references[i], index.about(d.references[i], d.bibliography));
    });
    mark_superseded_across(c, result);
    upstream_judge(c, result).run();
    document_cycles cycles = find_cycles(link_documents(c), cycle_limit);
    result.cycles = std::move(cycles.cycles);
    result.cycles_truncated = cycles.truncated;
    return result;
}

}  // namespace citegraph
