// The stale-source analysis on the bundled report (tests/data/usdol-mali-2021.txt):
// the verdicts, editions and flags an editor would check by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>

#include "citegraph/import.hpp"
#include "citegraph/stale_analysis.hpp"
#include "exports/reasons.hpp"
#include "analysis_fixtures.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

struct analysed_report {
    corpus c;
    corpus_assessment a;
};

const analysed_report& mali() {
    static const analysed_report report = [] {
        diagnostics warnings;
        corpus c = build_corpus({import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings)});
        corpus_assessment a = assess(c, {});
        return analysed_report{std::move(c), std::move(a)};
    }();
    return report;
}

const reference_assessment& judged(int number) {
    const auto index = mali().c.reference_index(0, number);
    REQUIRE(index);
    return mali().a.documents[0].references[*index];
}

// The claim whose text starts with prefix.
std::size_t claim_starting(std::string_view prefix) {
    const auto& claims = mali().c.documents[0].claims;
    for (std::size_t i = 0; i < claims.size(); ++i)
        if (std::string_view(claims[i].text).substr(0, prefix.size()) == prefix) return i;
    FAIL("no claim starts with " << prefix);
    return 0;
}

}  // namespace

TEST_SUITE("report verdicts") {

TEST_CASE("the report is judged as of its newest reference date, July 6, 2022") {
    CHECK(to_iso(mali().a.documents[0].as_of) == "2022-07-06");
}

TEST_CASE("older Trafficking in Persons and Children and Armed Conflict editions are superseded") {
    const std::map<int, int> expected{{12, 4}, {22, 4}, {25, 4}, {63, 6}, {64, 6}, {66, 6}, {33, 31}};
    std::map<int, int> found;
    const auto& refs = mali().c.documents[0].references;
    for (std::size_t i = 0; i < refs.size(); ++i)
        if (mali().a.documents[0].references[i].superseded)
            found[refs[i].number] = mali().a.documents[0].references[i].superseded_by;
    CHECK(found == expected);
    SUBCASE("the newest editions and the country-specific report stand") {
        CHECK_FALSE(judged(4).superseded);
        CHECK_FALSE(judged(6).superseded);
        CHECK_FALSE(judged(65).superseded);
    }
}

TEST_CASE("a superseded edition is stale for that reason even when it is recent") {
    CHECK(judged(63).stale);
    CHECK(judged(63).stale_reasons == std::vector{fixtures::reason(stale_reason_kind::superseded)});
    CHECK(judged(63).superseded_by == 6);
}

TEST_CASE("laws are in force, not stale, however old") {
    for (int number : {34, 36, 41, 42, 44}) {
        CAPTURE(number);
        CHECK(judged(number).flags.in_force);
        CHECK_FALSE(judged(number).stale);
    }
    SUBCASE("a draft law is neither in force nor stale by age") {
        CHECK(judged(45).flags.draft);
        CHECK_FALSE(judged(45).flags.in_force);
    }
}

TEST_CASE("e-mails, reporting cables and sources on file are unverifiable") {
    for (int number : {3, 10, 13, 38, 57}) {
        CAPTURE(number);
        CHECK(judged(number).flags.unverifiable);
    }
    CHECK_FALSE(judged(4).flags.unverifiable);
}

TEST_CASE("every reference is cited and reference 25 carries nine claims") {
    for (const auto& r : mali().a.documents[0].references) CHECK_FALSE(r.cited_by.empty());
    CHECK(judged(25).cited_by.size() == 9);
}

TEST_CASE("claims rest on stale, partly stale or current sources as their citations say") {
    const auto& claims = mali().a.documents[0].claims;
    const auto verdict = [&](std::string_view prefix) { return claims[claim_starting(prefix)].verdict; };
    CHECK(verdict("Some children are born into slavery") == claim_verdict::resting_on_stale);
    CHECK(exports_detail::claim_reason_texts(mali().c, mali().a, 0, claim_starting("Some children are born into slavery")) ==
          std::vector<std::string>{"25 (2018-06-28; superseded by 4; older than 3y)"});
    CHECK(verdict("Children, especially of the Bellah community") == claim_verdict::partly_stale);
    CHECK(verdict("Number of Labor Inspectors — 2021: 113") == claim_verdict::ok);
    CHECK(verdict("In 2021, at least 46 displaced child slaves") == claim_verdict::ok);
    CHECK(verdict("Table 1 provides key indicators") == claim_verdict::uncited);
    SUBCASE("no claim is dangling and none is an anachronism") {
        CHECK(std::none_of(claims.begin(), claims.end(),
                           [](const claim_assessment& c) { return c.verdict == claim_verdict::dangling || c.anachronism; }));
    }
}

TEST_CASE("claims' findings come worst first, and in document order within a rank") {
    const corpus& c = mali().c;
    const corpus_assessment& a = mali().a;
    const auto rank = [&](const finding& f) {
        return f.kind == finding_kind::anachronism ? severity(claim_verdict::resting_on_stale)
                                                   : severity(a.documents[f.document].claims[f.item].verdict);
    };
    std::vector<finding> claims;
    for (const finding& f : ordered_findings(c, a))
        if (!names_reference(f)) claims.push_back(f);
    REQUIRE(claims.size() > 20);
    std::size_t ranks = 1;
    for (std::size_t i = 1; i < claims.size(); ++i) {
        const finding& before = claims[i - 1];
        const finding& after = claims[i];
        CHECK(rank(before) >= rank(after));
        if (rank(before) != rank(after)) {
            ++ranks;
            continue;
        }
        // A claim's own finding comes before its anachronism, which ranks with resting-on-stale.
        CHECK(std::pair(before.document, before.item) <= std::pair(after.document, after.item));
    }
    CHECK(ranks >= 3);  // resting-on-stale, partly-stale, uncited at least
}

TEST_CASE("the findings are counted before they are listed: their vector is made to measure") {
    const std::vector<finding> findings = ordered_findings(mali().c, mali().a);
    const auto references = std::count_if(findings.begin(), findings.end(), names_reference);
    REQUIRE(references > 0);  // stale sources and flagged references after the claims
    REQUIRE(findings.size() > static_cast<std::size_t>(references));
    // A count that missed some would have grown the vector, one that overcounted would leave room.
    CHECK(findings.capacity() == findings.size());
}

TEST_CASE("a finding holds its name as one of finding_names, and no other name") {
    for (const std::string_view name : finding_names) {
        const finding f{finding_kind::claim, 3, 70000, name};
        CHECK(f.name() == name);
        CHECK(f.name().data() == name.data());  // the list's own text, not a copy
        CHECK(f.document == 3);
        CHECK(f.item == 70000);
    }
    CHECK_THROWS_AS((finding{finding_kind::claim, 0, 0, "stale"}), std::invalid_argument);
    CHECK_THROWS_AS((finding{finding_kind::claim, 0, 0, "ok"}), std::invalid_argument);
    // Each of the Mali report's findings names what the assessment says of its claim or reference.
    const corpus_assessment& a = mali().a;
    for (const finding& f : ordered_findings(mali().c, mali().a))
        if (f.kind == finding_kind::claim) CHECK(f.name() == to_string(a.documents[f.document].claims[f.item].verdict));
}

TEST_CASE("a writer's reasons, each stale reference's text made once, are the reasons made claim by claim") {
    const corpus& c = mali().c;
    const corpus_assessment& a = mali().a;
    const exports_detail::claim_reasons reasons(c, a);
    CHECK(reasons.texts(0, claim_starting("Some children are born into slavery")) ==
          std::vector<std::string>{"25 (2018-06-28; superseded by 4; older than 3y)"});
    for (std::size_t i = 0; i < c.documents[0].claims.size(); ++i)
        CHECK(reasons.texts(0, i) == exports_detail::claim_reason_texts(c, a, 0, i));
    std::size_t explained = 0;
    for (const finding& f : ordered_findings(c, a)) {
        CHECK(reasons.explain(f) == exports_detail::explain(c, a, f));
        explained += !reasons.explain(f).empty();
    }
    CHECK(explained > 20);  // the stale and partly stale claims say why
}

}
