#include <doctest/doctest.h>

#include <span>
#include <vector>

#include "analysis_fixtures.hpp"
#include "graph/citation_graph.hpp"
#include "graph/series.hpp"
#include "citegraph/stale_analysis.hpp"

using namespace citegraph;
using namespace citegraph::fixtures;

namespace {

corpus_assessment assess_one(document d, stale_policy policy = {}) {
    return assess(build_corpus({std::move(d)}), policy);
}

// The reasons of the only document's claim i.
std::vector<claim_reason> reasons_of(const corpus_assessment& a, std::size_t claim) {
    const std::span<const claim_reason> reasons = a.documents[0].reasons_of(claim);
    return {reasons.begin(), reasons.end()};
}

}  // namespace

TEST_SUITE("stale analysis") {

TEST_CASE("a reference older than the age limit at the document's as-of date is stale") {
    auto a = assess_one(make_document({}, {make_reference(1, "A. Old report. 2019.", make_date(2019, 7, 5)),
                                           make_reference(2, "B. New report. 2019.", make_date(2019, 7, 6))}));
    REQUIRE(a.documents.size() == 1);
    CHECK(to_iso(a.documents[0].as_of) == "2022-07-06");
    CHECK(a.documents[0].references[0].stale);
    CHECK(a.documents[0].references[0].stale_reasons ==
          std::vector{reason(stale_reason_kind::too_old, {3, 0, 0})});
    CHECK_FALSE(a.documents[0].references[1].stale);
}

TEST_CASE("a year-only date is judged by the last day of that year") {
    auto a = assess_one(make_document({}, {make_reference(1, "A. Report. 2019.", make_date(2019)),
                                           make_reference(2, "B. Report. 2018.", make_date(2018)),
                                           make_reference(3, "C. Report. June 2019.", make_date(2019, 6))}));
    CHECK_FALSE(a.documents[0].references[0].stale);
    CHECK(a.documents[0].references[1].stale);
    CHECK(a.documents[0].references[2].stale);
}

TEST_CASE("the cut-off day and a period's last day agree with what the analysis judges stale") {
    CHECK(to_iso(last_day(make_date(2017))) == "2017-12-31");
    CHECK(to_iso(last_day(make_date(2016, 4))) == "2016-04-30");
    CHECK(to_iso(last_day(make_date(2019, 2, 31))) == "2019-02-28");
    CHECK_FALSE(last_day(date{}).known());
    CHECK(to_iso(age_cutoff(make_date(2022, 7, 6), {})) == "2019-07-06");
    CHECK(to_iso(age_cutoff(make_date(2024, 2, 29), {1, 0, 0})) == "2023-02-28");
    CHECK(to_iso(age_cutoff(make_date(2022, 7, 6), parse_age_limit("1y6m"))) == "2021-01-06");
    CHECK_FALSE(age_cutoff(date{}, {}).known());
    // The day before the cut-off is stale, the cut-off itself is not (first test above).
    auto a = assess_one(make_document({}, {make_reference(1, "A. Report. 2019.", make_date(2019, 7, 5)),
                                           make_reference(2, "B. Report. 2019.", age_cutoff(make_date(2022, 7, 6), {}))}));
    CHECK(a.documents[0].references[0].stale);
    CHECK_FALSE(a.documents[0].references[1].stale);
}

TEST_CASE("the policy's as-of date and age limit override the document's") {
    document d = make_document({}, {make_reference(1, "A. Report. 2021.", make_date(2021, 1, 1))});
    SUBCASE("a later as-of date makes a source stale") {
        auto a = assess_one(d, {make_date(2026, 11, 29), {3, 0, 0}});
        CHECK(to_iso(a.documents[0].as_of) == "2026-11-29");
        CHECK(a.documents[0].references[0].stale);
    }
    SUBCASE("a shorter age limit makes a source stale") {
        auto a = assess_one(d, {date{}, {0, 18, 0}});
        CHECK(a.documents[0].references[0].stale);
        CHECK(a.documents[0].references[0].stale_reasons ==
              std::vector{reason(stale_reason_kind::too_old, {0, 18, 0})});
    }
    SUBCASE("the age limit subtracts days too") {
        auto a = assess_one(d, {make_date(2021, 1, 31), {0, 0, 29}});
        CHECK(a.documents[0].references[0].stale);
        a = assess_one(d, {make_date(2021, 1, 31), {0, 0, 30}});
        CHECK_FALSE(a.documents[0].references[0].stale);
    }
}

TEST_CASE("legislation is judged in force, not by age") {
    auto a = assess_one(make_document({}, {make_reference(1, "Government. Code du Travail. Enacted: 1992.",
                                                          make_date(1992, 9, 23), reference_kind::legislation)}));
    CHECK_FALSE(a.documents[0].references[0].stale);
    CHECK(a.documents[0].references[0].flags.in_force);
}

TEST_CASE("a kind's own age limit overrides the policy's, for that kind only") {
    document d = make_document({}, {make_reference(1, "Daily News. Floods. March 2, 2021.", make_date(2021, 3, 2), reference_kind::news),
                                    make_reference(2, "Ministry. Annual report. 2021.", make_date(2021), reference_kind::report),
                                    make_reference(3, "A. Method. J Stud. 2001.", make_date(2001), reference_kind::article),
                                    make_reference(4, "Labour Code. Enacted: 1992.", make_date(1992), reference_kind::legislation)});
    stale_policy policy{make_date(2022, 6, 30), {3, 0, 0}};
    policy.max_age_by_kind[reference_kind::news] = age_limit{1, 0, 0};
    policy.max_age_by_kind[reference_kind::article] = std::nullopt;
    const auto a = assess_one(d, policy);
    const auto& r = a.documents[0].references;
    CHECK(r[0].stale);
    CHECK(r[0].stale_reasons == std::vector{reason(stale_reason_kind::too_old, {1, 0, 0})});
    CHECK_FALSE(r[1].stale);
    CHECK_FALSE(r[2].stale);  // never by age, under the report policy too
    CHECK_FALSE(r[3].stale);
    CHECK(r[3].flags.in_force);
    CHECK(age_limit_for(policy, source_policy::scholarly, reference_kind::book) == std::nullopt);
    CHECK(age_limit_for(policy, source_policy::report, reference_kind::book) == age_limit{3, 0, 0});
    CHECK(age_limit_for(policy, source_policy::report, reference_kind::news) == age_limit{1, 0, 0});
    CHECK(to_string(parse_kind_age_limit("never")) == "never");
    CHECK(parse_reference_kind("web-page") == reference_kind::web_page);
    CHECK_FALSE(parse_reference_kind("web page"));
}

TEST_CASE("a newer edition of the same series supersedes the older one") {
    auto refs = std::vector<reference>{
        make_reference(4, "U.S. Department of State. Trafficking in Persons Report- 2020: Mali. Washington, D.C., June 25, 2020.", make_date(2020, 6, 25)),
        make_reference(12, "U.S. Department of State. Trafficking in Persons Report- 2019: Mali. Washington, D.C., June 24, 2019.", make_date(2019, 6, 24)),
        make_reference(22, "U.S. Department of State. Trafficking in Persons Report- 2017: Mali. Washington, D.C., June 27, 2017.", make_date(2017, 6, 27)),
        make_reference(6, "UN Security Council. Report of the Secretary-General: Children and Armed Conflict. A/76/871-S/2022/493. June 23, 2022.", make_date(2022, 6, 23)),
        make_reference(63, "UN Secretary General. Report of the Secretary-General: Children and Armed Conflict. June 9, 2020: A/74/845–S/2020/525. Source on file.", make_date(2020, 6, 9)),
        make_reference(65, "UN Security Council. Report of the Secretary-General on children and armed conflict in Mali. August 24, 2017. Source on file.", make_date(2017, 8, 24)),
    };
    auto a = assess_one(make_document({}, refs), {make_date(2020, 12, 31), {3, 0, 0}});
    const auto& r = a.documents[0].references;
    CHECK_FALSE(r[0].superseded);
    CHECK(r[1].superseded);
    CHECK(r[1].superseded_by == 4);
    CHECK(r[1].stale);
    CHECK(r[1].stale_reasons == std::vector{reason(stale_reason_kind::superseded)});
    CHECK(r[2].superseded_by == 4);
    CHECK(r[2].stale_reasons ==
          std::vector{reason(stale_reason_kind::superseded), reason(stale_reason_kind::too_old, {3, 0, 0})});
    CHECK_FALSE(r[3].superseded);
    CHECK(r[4].superseded_by == 6);
    SUBCASE("a report on one country is not an edition of the global series") {
        CHECK_FALSE(r[5].superseded);
    }
}

TEST_CASE("reporting cables, e-mails and laws are not editions of a series") {
    auto refs = std::vector<reference>{
        make_reference(3, "U.S. Embassy- Bamako. Reporting. February 14, 2020.", make_date(2020, 2, 14), reference_kind::internal_reporting),
        make_reference(5, "U.S. Embassy- Bamako. Reporting. January 26, 2021.", make_date(2021, 1, 26), reference_kind::internal_reporting),
        make_reference(13, "U.S. Embassy- Bamako official. E-mail communication to USDOL official. June 21, 2022.", make_date(2022, 6, 21), reference_kind::personal_communication),
        make_reference(14, "U.S. Embassy- Bamako official. E-mail communication to USDOL official. June 21, 2021.", make_date(2021, 6, 21), reference_kind::personal_communication),
    };
    auto superseding = find_superseding_editions(refs);
    CHECK(superseding == std::vector<long>{-1, -1, -1, -1});
}

TEST_CASE("a series key folds years, digits, punctuation and case") {
    CHECK(series_key(make_reference(1, "U.S. Department of State. Trafficking in Persons Report- 2017: Mali. Washington, D.C., June 27, 2017. <https://www.state.gov/reports/2017-trafficking-in-persons-report/mali/>", make_date(2017))) ==
          "trafficking in persons report mali");
    CHECK(series_key(make_reference(2, "U.S. Embassy- Bamako. Reporting. March 1, 2021.", make_date(2021))) == "");
    // Words full of h, and a URL glued to the end of one: only "http" starts a URL.
    CHECK(series_key(make_reference(3, "Human Rights Watch. Hhhhhhhhhhttp://x.org Child health through the harvest, "
                                       "<https://hrw.org/a> high heat. 2019.", make_date(2019))) ==
          "hhhhhhhhh child health through the harvest high heat");
}

TEST_CASE("a series key and an edition's title leave out URLs and <...> wherever they fall") {
    const std::string title = "Trafficking in Persons Report- 2017: Mali";
    const std::string plain = "U.S. Department of State. " + title + ". Washington, D.C., June 27, 2017.";
    // A bare URL, a bracketed one and a tag, before, inside and after the title's segment.
    for (const std::string url : {"https://www.state.gov/reports/2017/mali/", "<https://www.state.gov/x>", "<i>"})
        for (const std::size_t at : {std::size_t{0}, plain.find("Trafficking"), plain.find("Washington"), plain.size()}) {
            std::string text = plain;
            text.insert(at, at == plain.size() ? " " + url : url + " ");
            CAPTURE(text);
            const reference r = make_reference(1, text, make_date(2017));
            CHECK(series_key(r) == "trafficking in persons report mali");
            CHECK(edition_title(r).ends_with(title));  // a space the URL left may stand first
        }
}

TEST_CASE("flags: undated, unverifiable and draft stand apart from staleness") {
    auto on_file = make_reference(1, "Government. Plan. 2010. Source on file.", make_date(2010));
    on_file.source_on_file = true;
    auto draft = make_reference(2, "Government. Draft Loi. November 7, 2019. Source on file.", make_date(2019, 11, 7), reference_kind::legislation);
    draft.draft = true;
    auto mail = make_reference(3, "Official. E-mail communication. June 21, 2022.", make_date(2022, 6, 21), reference_kind::personal_communication);
    auto undated = make_reference(4, "Somebody. A page.", date{});
    auto a = assess_one(make_document({}, {on_file, draft, mail, undated}));
    const auto& r = a.documents[0].references;
    CHECK(flag_names(r[0].flags) == std::vector<std::string>{"unverifiable"});
    CHECK(flag_names(r[1].flags) == std::vector<std::string>{"draft"});
    CHECK_FALSE(r[1].flags.in_force);
    CHECK(flag_names(r[2].flags) == std::vector<std::string>{"unverifiable"});
    CHECK(flag_names(r[3].flags) == std::vector<std::string>{"undated"});
    CHECK_FALSE(r[3].stale);
}

TEST_CASE("claim verdicts follow the staleness of the sources they cite") {
    auto refs = std::vector<reference>{make_reference(1, "A. Old. 2010.", make_date(2010)),
                                       make_reference(2, "B. Older. 2011.", make_date(2011)),
                                       make_reference(3, "C. New. 2022.", make_date(2022, 1, 1))};
    auto a = assess_one(make_document({make_claim("All old.", {1, 2}), make_claim("Half old.", {1, 3}),
                                       make_claim("New.", {3}), make_claim("Nothing.", {}),
                                       make_claim("Missing.", {3, 81})},
                                      refs));
    const auto& c = a.documents[0].claims;
    CHECK(c[0].verdict == claim_verdict::resting_on_stale);
    CHECK(reasons_of(a, 0) == std::vector{stale_source(0), stale_source(1)});
    CHECK(c[1].verdict == claim_verdict::partly_stale);
    CHECK(reasons_of(a, 1) == std::vector{stale_source(0)});
    CHECK(c[2].verdict == claim_verdict::ok);
    CHECK(reasons_of(a, 2).empty());
    CHECK(c[3].verdict == claim_verdict::uncited);
    CHECK(c[4].verdict == claim_verdict::dangling);
    CHECK(reasons_of(a, 4) == std::vector{missing_reference(81)});
}

TEST_CASE("a claim judged again keeps its reasons in their place when they fit, else after the others") {
    document_assessment da;
    da.claims.resize(3);
    da.set_reasons(0, std::vector{stale_source(1)});
    da.set_reasons(1, std::vector{stale_source(0), stale_source(2)});
    da.set_reasons(2, std::vector<claim_reason>{});
    CHECK(da.claim_reasons.size() == 3);
    // Fewer reasons than before: in place.
    da.set_reasons(1, std::vector{missing_reference(9)});
    CHECK(da.claim_reasons.size() == 3);
    // More: after every other claim's, which stay as they were.
    da.set_reasons(0, std::vector{stale_source(1), stale_source(3)});
    CHECK(da.claim_reasons.size() == 5);
    // Its own reasons, given back to another claim, are copied before the list grows.
    da.set_reasons(2, da.reasons_of(0));
    const auto held = [&](std::size_t claim) {
        const std::span<const claim_reason> r = da.reasons_of(claim);
        return std::vector<claim_reason>(r.begin(), r.end());
    };
    CHECK(held(0) == std::vector{stale_source(1), stale_source(3)});
    CHECK(held(1) == std::vector{missing_reference(9)});
    CHECK(held(2) == std::vector{stale_source(1), stale_source(3)});
}

TEST_CASE("each reference knows the claims resting on it, unused ones have none") {
    auto refs = std::vector<reference>{make_reference(1, "A. 2021.", make_date(2021)),
                                       make_reference(2, "B. 2021.", make_date(2021)),
                                       make_reference(3, "C. 2021.", make_date(2021))};
    auto a = assess_one(make_document({make_claim("x.", {1, 2}), make_claim("y.", {2, 2})}, refs));
    const auto& r = a.documents[0].references;
    CHECK(r[0].cited_by == std::vector<std::uint32_t>{0});
    CHECK(r[1].cited_by == std::vector<std::uint32_t>{0, 1});
    CHECK(r[2].cited_by.empty());
}

TEST_CASE("a claim reporting a year that every source predates is an anachronism") {
    auto refs = std::vector<reference>{make_reference(1, "A. 2020.", make_date(2020, 12, 1)),
                                       make_reference(2, "B. 2021.", make_date(2021, 1, 26)),
                                       make_reference(3, "Law. Enacted: 1992.", make_date(1992), reference_kind::legislation),
                                       make_reference(4, "Undated.", date{})};
    auto a = assess_one(make_document({make_claim("In 2021, 46 slaves were freed.", {1}),
                                       make_claim("In 2021, it happened.", {1, 2}),
                                       make_claim("In 2021, a mechanism existed.", {3}),
                                       make_claim("It will end in 2022.", {1}),
                                       make_claim("In 2021, something.", {4})},
                                      refs));
    const auto& c = a.documents[0].claims;
    CHECK(c[0].anachronism);
    CHECK(c[0].event_year == 2021);
    CHECK(reasons_of(a, 0).back().kind == claim_reason_kind::predates);
    CHECK_FALSE(c[1].anachronism);
    SUBCASE("a law in force supports a later event") { CHECK_FALSE(c[2].anachronism); }
    SUBCASE("a year after the reporting year is a plan, not an event") { CHECK_FALSE(c[3].anachronism); }
    SUBCASE("an undated source cannot be said to predate") { CHECK_FALSE(c[4].anachronism); }
}

TEST_CASE("several documents make one graph and each keeps its own as-of date") {
    auto first = make_document({make_claim("x.", {1})}, {make_reference(1, "A. 2018.", make_date(2018))},
                               make_date(2022, 7, 6));
    auto second = make_document({make_claim("y.", {1})}, {make_reference(1, "A. 2018.", make_date(2018))},
                                make_date(2019, 1, 1));
    second.path = "other.txt";
    corpus c = build_corpus({first, second});
    CHECK(boost::num_vertices(c.graph()) == 2 * (1 + 1 + 1 + 1));
    auto a = assess(c, {});
    CHECK(a.documents[0].claims[0].verdict == claim_verdict::resting_on_stale);
    CHECK(a.documents[1].claims[0].verdict == claim_verdict::ok);
}

}
