// The rules are listed in README.md ("How citegraph judges sources"); keep them in step.
#include "stale_analysis.hpp"

#include <algorithm>
#include <chrono>

#include "series.hpp"

namespace citegraph {

namespace ch = std::chrono;

std::string_view to_string(claim_verdict verdict) {
    switch (verdict) {
        case claim_verdict::ok: return "ok";
        case claim_verdict::partly_stale: return "partly-stale";
        case claim_verdict::resting_on_stale: return "resting-on-stale";
        case claim_verdict::uncited: return "uncited";
        case claim_verdict::dangling: return "dangling";
    }
    return "ok";
}

int severity(claim_verdict verdict) {
    switch (verdict) {
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

bool is_unverifiable(const reference& r) {
    return r.source_on_file || r.kind == reference_kind::personal_communication ||
           r.kind == reference_kind::internal_reporting;
}

std::vector<reference_assessment> assess_references(const document& d, const date& as_of,
                                                    const age_limit& max_age) {
    std::vector<reference_assessment> out(d.references.size());
    const std::vector<long> superseded_by = find_superseding_editions(d.references);
    for (std::size_t i = 0; i < d.references.size(); ++i) {
        const reference& r = d.references[i];
        reference_assessment& a = out[i];
        a.flags.undated = !r.published.known();
        a.flags.unverifiable = is_unverifiable(r);
        a.flags.draft = r.draft;
        a.flags.in_force = r.kind == reference_kind::legislation && !r.draft;
        if (superseded_by[i] >= 0) {
            const reference& newer = d.references[static_cast<std::size_t>(superseded_by[i])];
            a.stale = a.superseded = true;
            a.superseded_by = newer.number;
            a.stale_reasons.push_back("superseded by " + std::to_string(newer.number));
        }
        const bool judged_by_age = r.published.known() && as_of.known() &&
                                   r.kind != reference_kind::legislation;
        if (judged_by_age && end_of_period(r.published) < cutoff(as_of, max_age)) {
            a.stale = true;
            a.stale_reasons.push_back("older than " + to_string(max_age));
        }
    }
    return out;
}

// "25 (2018-06-28; superseded by 4; older than 3y)"
std::string describe_source(const reference& r, const reference_assessment& a) {
    std::string text = std::to_string(r.number) + " (" +
                       (r.published.known() ? to_iso(r.published) : std::string("undated"));
    for (const auto& reason : a.stale_reasons) text += "; " + reason;
    return text + ")";
}

// describe_source of every stale reference ("" for current ones), built once per
// document: a stale source is named by every claim that cites it.
std::vector<std::string> describe_stale_sources(const document& d,
                                                const std::vector<reference_assessment>& assessed) {
    std::vector<std::string> descriptions(d.references.size());
    for (std::size_t i = 0; i < d.references.size(); ++i)
        if (assessed[i].stale) descriptions[i] = describe_source(d.references[i], assessed[i]);
    return descriptions;
}

// The latest year a claim names that is not after the year it reports on (plans and
// forecasts name later years and are not events); 0 if none.
int event_year(const claim& c, int latest_event_year) {
    int year = 0;
    for (int named : c.years)
        if (named <= latest_event_year) year = std::max(year, named);
    return year;
}

// The verdict of one claim from the judged references it cites (sources: their indices,
// ascending); records the claim in each source's cited_by.
claim_assessment judge_claim(const corpus& c, std::size_t doc, std::size_t index,
                             const std::vector<std::size_t>& sources, document_assessment& da,
                             const std::vector<std::string>& stale_descriptions, int latest_event_year) {
    const document& d = c.documents[doc];
    const claim& cl = d.claims[index];
    claim_assessment ca;
    if (cl.cites.empty()) {
        ca.verdict = claim_verdict::uncited;
        ca.reasons.emplace_back("no citation supports it");
        return ca;
    }
    bool missing = false;
    for (int number : cl.cites) {
        if (c.reference_index(doc, number) >= 0) continue;
        missing = true;
        ca.reasons.push_back("cites " + std::to_string(number) + ", which the reference list lacks");
    }
    std::size_t stale = 0;
    bool all_predate = true;
    ca.event_year = event_year(cl, latest_event_year);
    for (std::size_t ref : sources) {
        const reference& r = d.references[ref];
        reference_assessment& ra = da.references[ref];
        ra.cited_by.push_back(index);
        if (ra.stale) {
            ++stale;
            ca.reasons.push_back(stale_descriptions[ref]);
        }
        if (!r.published.known() || ra.flags.in_force || r.published.year >= ca.event_year)
            all_predate = false;
    }
    if (missing) ca.verdict = claim_verdict::dangling;
    else if (stale == sources.size()) ca.verdict = claim_verdict::resting_on_stale;
    else if (stale > 0) ca.verdict = claim_verdict::partly_stale;
    ca.anachronism = ca.event_year > 0 && !sources.empty() && all_predate;
    if (ca.anachronism)
        ca.reasons.push_back("reports " + std::to_string(ca.event_year) + " but every source predates it");
    return ca;
}

}  // namespace

namespace {

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

corpus_assessment assess(const corpus& c, const stale_policy& policy) {
    corpus_assessment result;
    result.policy = policy;
    const auto& g = c.graph;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        document_assessment& da = result.documents.emplace_back();
        da.as_of = policy.as_of.known() ? policy.as_of : d.as_of;
        da.references = assess_references(d, da.as_of, policy.max_age);
        da.claims.resize(d.claims.size());
        const int latest_event_year = d.reporting_year ? d.reporting_year : da.as_of.year;
        const std::vector<std::string> stale_descriptions = describe_stale_sources(d, da.references);
        std::vector<std::size_t> sources;  // reused from claim to claim
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            sources.clear();
            for (auto edge : boost::make_iterator_range(boost::out_edges(c.claim_vertex(doc, i), g)))
                if (g[edge].kind == edge_kind::cites) sources.push_back(g[boost::target(edge, g)].item);
            std::sort(sources.begin(), sources.end());
            da.claims[i] = judge_claim(c, doc, i, sources, da, stale_descriptions, latest_event_year);
        }
    }
    return result;
}

}  // namespace citegraph
