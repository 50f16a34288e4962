// Analyses across the documents of a corpus: staleness travelling up citation chains,
// cycles of documents, editions superseded in another document, load-bearing sources,
// the trace under a claim and the impact of a reference.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#include "analysis_fixtures.hpp"
#include "graph/document_graph.hpp"
#include "citegraph/provenance_analysis.hpp"
#include "graph/resting_claims.hpp"
#include "graph/resting_walk.hpp"
#include "citegraph/stale_analysis.hpp"
#include "citegraph/trace.hpp"
#include "exports/reasons.hpp"

using namespace citegraph;
using namespace citegraph::fixtures;

namespace {

// A document at path with one claim per entry of `cites` (claim i cites those numbers).
document make_doc(std::string path, std::string title, std::vector<std::vector<int>> cites,
                  std::vector<reference> references, date as_of = make_date(2022, 7, 6)) {
    std::vector<claim_draft> claims;
    for (std::size_t i = 0; i < cites.size(); ++i)
        claims.push_back(make_claim("Claim " + std::to_string(i + 1) + " of " + title + ".", cites[i], i + 1));
    document d = make_document(std::move(claims), std::move(references), as_of);
    d.path = std::move(path);
    d.title = std::move(title);
    return d;
}

// Links made by hand, as link_sources would make them: `names` per document, per
// reference, the document it names or -1; each reference its own source except those
// `merged` lists, each group one source.
provenance hand_links(const std::vector<document>& docs, const std::vector<std::vector<long>>& names,
                      const std::vector<std::vector<reference_place>>& merged = {}) {
    provenance p;
    for (const auto& per_document : names) {
        auto& named = p.names_document.emplace_back();
        for (long d : per_document) named.push_back(d < 0 ? std::nullopt : std::optional(static_cast<std::size_t>(d)));
    }
    p.source_of.resize(docs.size());
    for (std::size_t doc = 0; doc < docs.size(); ++doc) p.source_of[doc].assign(docs[doc].references.size(), 0);
    std::vector<std::vector<bool>> placed(docs.size());
    for (std::size_t doc = 0; doc < docs.size(); ++doc) placed[doc].assign(docs[doc].references.size(), false);
    auto add_source = [&](const std::vector<reference_place>& members) {
        source s;
        s.number = static_cast<std::uint32_t>(p.sources.size() + 1);
        s.references = members;
        s.matched_by = members.size() > 1 ? match_basis::title : match_basis::none;
        const reference& first = docs[members.front().document].references[members.front().reference];
        s.title = first.text;
        s.published = first.published;
        for (const auto& m : members) {
            p.source_of[m.document][m.reference] = p.sources.size();
            placed[m.document][m.reference] = true;
        }
        p.sources.push_back(s);
    };
    for (const auto& group : merged) add_source(group);
    for (std::size_t doc = 0; doc < docs.size(); ++doc)
        for (std::size_t ref = 0; ref < docs[doc].references.size(); ++ref)
            if (!placed[doc][ref]) add_source({{doc, ref}});
    return p;
}

corpus linked_corpus(std::vector<document> docs, const std::vector<std::vector<long>>& names,
                     const std::vector<std::vector<reference_place>>& merged = {}) {
    corpus c = build_corpus(docs);
    c.links = hand_links(c.documents, names, merged);
    return c;
}

// summary.md -> review.html -> survey.xml, whose only source (2009 unless given) is stale;
// the summary's claims cite as summary_cites says.
corpus chain_corpus(std::vector<std::vector<int>> summary_cites = {{1}, {2}}, date survey_source = make_date(2009),
                    const std::vector<std::vector<reference_place>>& merged = {}) {
    return linked_corpus(
        {make_doc("summary.md", "Summary", std::move(summary_cites),
                  {make_reference(1, "Basin Water Review. 2021.", make_date(2021)),
                   make_reference(2, "Drought Bulletin. 2022.", make_date(2022))}),
         make_doc("review.html", "Basin Water Review", {{1}, {1, 2}},
                  {make_reference(1, "Groundwater Survey. 2021.", make_date(2021)),
                   make_reference(2, "River Flow Yearbook. 2021.", make_date(2021))}),
         make_doc("survey.xml", "Groundwater Survey", {{1}},
                  {make_reference(1, "Well census of the lower basin.", survey_source)})},
        {{1, -1}, {2, -1}, {-1}}, merged);
}

// a -> b -> c -> a, with c also citing one stale outside source.
corpus cycle_corpus(bool stale_end) {
    const date c_source = stale_end ? make_date(2009) : make_date(2021);
    return linked_corpus(
        {make_doc("a.md", "Atlas", {{1}}, {make_reference(1, "Harbour Note. 2021.", make_date(2021))}),
         make_doc("b.md", "Harbour Note", {{1}}, {make_reference(1, "Tide Records. 2021.", make_date(2021))}),
         make_doc("c.md", "Tide Records", {{1, 2}},
                  {make_reference(1, "Atlas. 2022.", make_date(2022)),
                   make_reference(2, "Tide tables of the old port. Print.", c_source)})},
        {{1}, {2}, {0, -1}});
}

// doc i cites doc i+1; the last cites a stale source.
corpus chain_of(std::size_t length) {
    std::vector<document> docs;
    std::vector<std::vector<long>> names;
    for (std::size_t i = 0; i < length; ++i) {
        const bool last = i + 1 == length;
        docs.push_back(make_doc("doc" + std::to_string(i) + ".md", "Doc " + std::to_string(i), {{1}},
                                {make_reference(1, "Next.", last ? make_date(2009) : make_date(2022))}));
        names.push_back({last ? -1L : static_cast<long>(i + 1)});
    }
    return linked_corpus(std::move(docs), names);
}

// Notes that cite earlier notes, as bench/linked_corpus.py makes them: each has three claims
// and four references; of those, one names an earlier note (from the second note on) and one
// is a work shared by every tenth note. A fixed generator keeps it the same on every run.
corpus notes_citing_earlier(std::size_t notes) {
    std::uint64_t state = 12345;
    auto next = [&state](std::size_t below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % below);
    };
    std::vector<document> docs;
    std::vector<std::vector<long>> names;
    std::vector<std::vector<reference_place>> shared((notes + 9) / 10);
    for (std::size_t n = 0; n < notes; ++n) {
        std::vector<reference> refs;
        for (int r = 1; r <= 4; ++r)
            refs.push_back(make_reference(r, "Work " + std::to_string(r) + " of note " + std::to_string(n) + ". 2020.",
                                          make_date(2020)));
        docs.push_back(make_doc("note" + std::to_string(n) + ".md", "Note " + std::to_string(n),
                                {{1, 2}, {static_cast<int>(next(4)) + 1}, {3, 4}}, std::move(refs)));
        names.push_back({n == 0 ? -1L : static_cast<long>(next(n)), -1, -1, -1});
        shared[n % shared.size()].push_back({n, 1});
    }
    return linked_corpus(std::move(docs), names, shared);
}

// Every source some claim rests on, counted exactly, in ranking order.
std::vector<source_load> ranking_by_brute_force(const corpus& c) {
    resting_claims resting(c);
    std::vector<source_load> all;
    for (std::size_t s = 0; s < c.links.sources.size(); ++s) {
        const std::size_t total = resting.count(c.links.sources[s].references);
        if (total > 0) all.push_back({s, 0, total});
    }
    std::stable_sort(all.begin(), all.end(), [](const source_load& x, const source_load& y) { return x.total > y.total; });
    return all;
}

}  // namespace

TEST_SUITE("provenance analysis") {

TEST_CASE("a reference naming a document whose claim rests on a stale source is stale upstream, with the path") {
    const corpus c = chain_corpus();
    const corpus_assessment a = assess(c, {});
    const auto& review_ref = a.documents[1].references[0];
    CHECK_FALSE(review_ref.stale);
    CHECK(review_ref.stale_upstream);
    CHECK(review_ref.upstream_path == std::vector<std::string>{"d3", "d3:c1", "d3:r1"});
    CHECK(exports_detail::stale_reason_texts(c, a, 1, 0) ==
          std::vector<std::string>{"stale upstream: d3 \"Groundwater Survey\" → d3:c1 → d3:r1 (2009; older than 3y)"});
    // The review's first claim cites only that reference: it now rests on stale sources.
    CHECK(a.documents[1].claims[0].verdict == claim_verdict::resting_on_stale);
    CHECK(a.documents[1].claims[1].verdict == claim_verdict::partly_stale);
    // ... so the summary's citation of the review is stale upstream too, through two documents.
    const auto& summary_ref = a.documents[0].references[0];
    CHECK(summary_ref.stale_upstream);
    CHECK(summary_ref.upstream_path ==
          std::vector<std::string>{"d2", "d2:c1", "d2:r1", "d3", "d3:c1", "d3:r1"});
    CHECK(exports_detail::stale_reason_texts(c, a, 0, 0).front() ==
          "stale upstream: d2 \"Basin Water Review\" → d2:c1 → d2:r1 → d3 → d3:c1 → d3:r1 (2009; older than 3y)");
    CHECK(a.documents[0].claims[0].verdict == claim_verdict::resting_on_stale);
    CHECK(exports_detail::claim_reason_texts(c, a, 0, 0).front().starts_with("1 (2021; stale upstream: d2 "));
    CHECK(exports_detail::claim_reasons(c, a).texts(0, 0) == exports_detail::claim_reason_texts(c, a, 0, 0));
    CHECK(a.documents[0].claims[1].verdict == claim_verdict::ok);
    CHECK_FALSE(a.documents[0].references[1].stale_upstream);
    CHECK(a.cycles.empty());
}

TEST_CASE("a corpus without links, or of one document, is judged as before") {
    corpus c = chain_corpus();
    c.links = {};
    const corpus_assessment a = assess(c, {});
    for (const auto& da : a.documents)
        for (const auto& ra : da.references) CHECK_FALSE(ra.stale_upstream);
    CHECK(a.documents[0].claims[0].verdict == claim_verdict::ok);
    CHECK(a.cycles.empty());
    const corpus one = build_corpus({c.documents[2]});
    CHECK(assess(one, {}).documents[0].claims[0].verdict == claim_verdict::resting_on_stale);
}

TEST_CASE("staleness goes round a cycle of documents to a fixpoint, and the cycle is reported") {
    SUBCASE("a partly stale claim inside the cycle flips nothing") {
        const corpus_assessment a = assess(cycle_corpus(true), {});
        REQUIRE(a.cycles.size() == 1);
        CHECK(a.cycles[0] == std::vector<std::size_t>{0, 1, 2});
        CHECK_FALSE(a.cycles_truncated);
        // c's claim cites the atlas and the stale tables: partly stale, and no claim of the
        // circle rests on stale sources alone, so no citation in it is stale upstream.
        CHECK(a.documents[2].claims[0].verdict == claim_verdict::partly_stale);
        for (std::size_t doc = 0; doc < 3; ++doc) CHECK_FALSE(a.documents[doc].references[0].stale_upstream);
    }
    SUBCASE("a cycle with no stale source leaves every verdict ok") {
        const corpus_assessment a = assess(cycle_corpus(false), {});
        CHECK(a.cycles.size() == 1);
        for (std::size_t doc = 0; doc < 3; ++doc) CHECK(a.documents[doc].claims[0].verdict == claim_verdict::ok);
    }
}

TEST_CASE("inside a cycle a claim resting on stale sources makes every citation of its document stale upstream") {
    // a -> b -> c -> a; c's second claim rests on a stale source alone.
    const corpus c = linked_corpus(
        {make_doc("a.md", "Atlas", {{1}}, {make_reference(1, "Harbour Note. 2021.", make_date(2021))}),
         make_doc("b.md", "Harbour Note", {{1}}, {make_reference(1, "Tide Records. 2021.", make_date(2021))}),
         make_doc("c.md", "Tide Records", {{1}, {2}},
                  {make_reference(1, "Atlas. 2022.", make_date(2022)),
                   make_reference(2, "Tide tables of the old port.", make_date(2009))})},
        {{1}, {2}, {0, -1}});
    const corpus_assessment a = assess(c, {});
    CHECK(a.documents[1].references[0].stale_upstream);  // b -> c
    CHECK(a.documents[1].references[0].upstream_path == std::vector<std::string>{"d3", "d3:c2", "d3:r2"});
    CHECK(a.documents[0].references[0].stale_upstream);  // a -> b
    CHECK(a.documents[0].references[0].upstream_path ==
          std::vector<std::string>{"d2", "d2:c1", "d2:r1", "d3", "d3:c2", "d3:r2"});
    CHECK(a.documents[2].references[0].stale_upstream);  // c -> a, round the circle
    CHECK(a.documents[2].claims[0].verdict == claim_verdict::resting_on_stale);
    CHECK(a.documents[2].references[0].upstream_path.back() == "d3:r2");
}

TEST_CASE("a long chain of documents is judged without recursion and keeps its paths short") {
    constexpr std::size_t length = 20000;
    const corpus c = chain_of(length);
    const corpus_assessment a = assess(c, {});
    const auto& first = a.documents[0].references[0];
    CHECK(first.stale_upstream);
    CHECK(first.upstream_path.size() == upstream_path_limit);
    CHECK(first.upstream_path.front() == "d2");
    CHECK(first.upstream_path.back() == "d" + std::to_string(length) + ":r1");
    CHECK(std::count(first.upstream_path.begin(), first.upstream_path.end(), "…") == 1);
    CHECK(a.documents[0].claims[0].verdict == claim_verdict::resting_on_stale);
    const auto lines = trace_claim(c, {0, 0});
    CHECK(lines.size() == 2 * length);
    CHECK(lines.back().depth == 2 * length - 1);
}

// 64 chains of 8 documents side by side, interleaved in the corpus: the documents at one
// position of every chain are judged together, on every core, after the positions they cite.
TEST_CASE("chains side by side are judged together, each document after the one it cites") {
    constexpr std::size_t chains = 64, length = 8;
    std::vector<document> docs;
    std::vector<std::vector<long>> names;
    for (std::size_t position = 0; position < length; ++position)
        for (std::size_t chain = 0; chain < chains; ++chain) {
            const bool last = position + 1 == length;
            docs.push_back(make_doc("doc" + std::to_string(docs.size()) + ".md", "Doc " + std::to_string(docs.size()),
                                    {{1}}, {make_reference(1, "Next.", last ? make_date(2009) : make_date(2022))}));
            names.push_back({last ? -1L : static_cast<long>(docs.size() - 1 + chains)});
        }
    const corpus c = linked_corpus(std::move(docs), names);
    const corpus_assessment a = assess(c, {});
    for (std::size_t doc = 0; doc < chains * (length - 1); ++doc) {
        CAPTURE(doc);
        const reference_assessment& r = a.documents[doc].references[0];
        CHECK(r.stale_upstream);
        CHECK(a.documents[doc].claims[0].verdict == claim_verdict::resting_on_stale);
        // The path ends at the stale reference of the same chain's last document.
        const std::size_t end = (length - 1) * chains + doc % chains;
        REQUIRE(!r.upstream_path.empty());
        CHECK(r.upstream_path.back() == "d" + std::to_string(end + 1) + ":r1");
    }
}

TEST_CASE("impact follows a long chain to its first document") {
    constexpr std::size_t length = 500;
    const corpus c = chain_of(length);
    const std::vector<impact_path> impact = find_impact(c, {{length - 1, 0}});
    REQUIRE(impact.size() == length);
    CHECK(impact.front().path.size() == 3 * length - 1);
    CHECK(impact.front().path[2] == "d2");
}

TEST_CASE("the citing index numbers every reference of the corpus and finds it again by its number") {
    // Documents without references share their first number with the next one.
    const corpus c = build_corpus(
        {make_doc("empty-first.md", "Empty first", {{}}, {}),
         make_doc("a.md", "A", {{1}, {2, 1}},
                  {make_reference(1, "One. 2021.", make_date(2021)), make_reference(2, "Two. 2020.", make_date(2020))}),
         make_doc("empty-between.md", "Empty between", {{}}, {}),
         make_doc("b.md", "B", {{1}}, {make_reference(1, "Three. 2019.", make_date(2019))}),
         make_doc("empty-last.md", "Empty last", {{}}, {})});
    const citing_index index(c);
    std::size_t expected_number = 0;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        for (std::size_t ref = 0; ref < c.documents[doc].references.size(); ++ref, ++expected_number) {
            CAPTURE(doc);
            CAPTURE(ref);
            const std::size_t number = index.reference_number({doc, ref});
            CHECK(number == expected_number);
            CHECK(index.reference_of(number) == reference_place{doc, ref});
        }
    CHECK(expected_number == 3);
    // The claims citing each reference, by corpus-wide claim number: A's two claims are 1 and 2.
    CHECK(std::vector<std::uint32_t>(index.citing(0).begin(), index.citing(0).end()) == std::vector<std::uint32_t>{1, 2});
    CHECK(std::vector<std::uint32_t>(index.citing(1).begin(), index.citing(1).end()) == std::vector<std::uint32_t>{2});
    CHECK(std::vector<std::uint32_t>(index.citing(2).begin(), index.citing(2).end()) == std::vector<std::uint32_t>{4});
}

TEST_CASE("the document graph's components come cited first") {
    const corpus c = linked_corpus(
        {make_doc("a.md", "A", {{1}}, {make_reference(1, "B.", make_date(2021))}),
         make_doc("b.md", "B", {{1}}, {make_reference(1, "C.", make_date(2021))}),
         make_doc("c.md", "C", {{1}}, {make_reference(1, "B.", make_date(2021))}),
         make_doc("d.md", "D", {{1}}, {make_reference(1, "A.", make_date(2021))})},
        {{1}, {2}, {1}, {0}});
    const auto order = citation_order(link_documents(c));
    CHECK(order == std::vector<std::vector<std::size_t>>{{1, 2}, {0}, {3}});
    CHECK(citation_order(link_documents(build_corpus({}))).empty());
}

TEST_CASE("cycles are listed once each, smallest document first, and capped") {
    SUBCASE("two cycles sharing a document") {
        const corpus c = linked_corpus(
            {make_doc("a.md", "A", {{1, 2}},
                      {make_reference(1, "B.", make_date(2021)), make_reference(2, "C.", make_date(2021))}),
             make_doc("b.md", "B", {{1}}, {make_reference(1, "A.", make_date(2021))}),
             make_doc("c.md", "C", {{1}}, {make_reference(1, "A.", make_date(2021))})},
            {{1, 2}, {0}, {0}});
        const auto found = find_cycles(link_documents(c), cycle_limit);
        CHECK(found.cycles == std::vector<std::vector<std::size_t>>{{0, 1}, {0, 2}});
        CHECK_FALSE(found.truncated);
    }
    SUBCASE("every document citing every other has more cycles than the cap") {
        constexpr std::size_t n = 8;
        std::vector<document> docs;
        std::vector<std::vector<long>> names(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<reference> refs;
            for (std::size_t j = 0; j < n; ++j) {
                if (j == i) continue;
                refs.push_back(make_reference(static_cast<int>(refs.size() + 1), "Doc.", make_date(2021)));
                names[i].push_back(static_cast<long>(j));
            }
            docs.push_back(make_doc("d" + std::to_string(i), "D", {{1}}, refs));
        }
        const auto found = find_cycles(link_documents(linked_corpus(docs, names)), 100);
        CHECK(found.truncated);
        CHECK(found.cycles.size() == 100);
        for (const auto& cycle : found.cycles)
            CHECK(*std::min_element(cycle.begin(), cycle.end()) == cycle.front());
    }
}

TEST_CASE("an edition is superseded by a newer one that another document cites, if it was out by the citing document's date") {
    auto corpus_at = [](date brief_as_of) {
        return linked_corpus(
            {make_doc("brief.md", "Brief", {{1}},
                      {make_reference(1, "Food Security Information Network. Global Report on Food Crises 2017. Rome; 2017.",
                                      make_date(2017))},
                      brief_as_of),
             make_doc("outlook.md", "Outlook", {{1}, {2}},
                      {make_reference(1, "Lakner C. Reducing inequality. World Bank; 2020.", make_date(2020)),
                       make_reference(2, "Food Security Information Network. Global Report on Food Crises 2020. Rome; 2020.",
                                      make_date(2020))})},
            {{-1}, {-1, -1}});
    };
    SUBCASE("out by then") {
        const corpus c = corpus_at(make_date(2020, 6, 1));
        const corpus_assessment a = assess(c, {});
        const auto& older = a.documents[0].references[0];
        CHECK(older.superseded);
        CHECK(older.stale);
        CHECK(older.superseded_by == 0);
        // The newer edition is named by place, before any age reason.
        REQUIRE_FALSE(older.stale_reasons.empty());
        CHECK(older.stale_reasons.front().kind == stale_reason_kind::superseded_elsewhere);
        CHECK(older.stale_reasons.front().reference == reference_place{1, 1});
        CHECK(exports_detail::stale_reason_texts(c, a, 0, 0) == std::vector<std::string>{"superseded by d2:r2 (2020)"});
        CHECK_FALSE(a.documents[1].references[1].superseded);
    }
    SUBCASE("not yet out") {
        const corpus_assessment a = assess(corpus_at(make_date(2019, 6, 1)), {});
        CHECK_FALSE(a.documents[0].references[0].superseded);
        CHECK_FALSE(a.documents[0].references[0].stale);
    }
}

TEST_CASE("works that share only a publisher are not editions of one series across documents") {
    const corpus c = linked_corpus(
        {make_doc("review.html", "Review", {{1}},
                  {make_reference(1, "River Flow Yearbook 2014. National Water Office; 2014.", make_date(2014))}),
         make_doc("summary.md", "Summary", {{1}},
                  {make_reference(1, "National Water Office. Basin Water Review. 2020.", make_date(2020))})},
        {{-1}, {-1}});
    const corpus_assessment a = assess(c, {});
    CHECK_FALSE(a.documents[0].references[0].superseded);
    CHECK(std::ranges::none_of(a.documents[0].references[0].stale_reasons, [](const stale_reason& r) {
        return r.kind == stale_reason_kind::superseded_elsewhere;
    }));
}

TEST_CASE("load-bearing sources are counted directly and through chains, as impact lists them") {
    // The summary's second reference and the survey's source are one work, the well census.
    const corpus c = chain_corpus({{1}, {1, 2}, {2}}, make_date(2021), {{{0, 1}, {2, 0}}});
    const corpus_assessment a = assess(c, {});
    const load_bearing_sources found = find_load_bearing(c, 100);
    // s1 is the well census, cited by the summary (claims 2, 3) and the survey (claim 1).
    REQUIRE_FALSE(found.ranking.empty());
    CHECK(c.links.sources[found.ranking[0].source].id() == "s1");
    CHECK(found.ranking[0].direct == 3);
    CHECK(found.ranking[0].total == 6);  // every claim but none: 3 direct + summary c1 + review c1, c2
    for (const source_load& load : found.ranking) {
        CAPTURE(c.links.sources[load.source].id());
        CHECK(find_impact(c, c.links.sources[load.source].references).size() == load.total);
    }
    // Single-source claims: summary c1 (review), c3 (census), review c1 (survey), survey c1.
    CHECK(found.single_source_claims ==
          std::vector<claim_place>{{0, 0}, {0, 2}, {1, 0}, {2, 0}});
    CHECK(found.single_source.size() == found.single_source_claims.size());
    CHECK(find_load_bearing(build_corpus({}), 5).ranking.empty());
    // Asked for fewer, the ranking is the head of the full one.
    const load_bearing_sources top = find_load_bearing(c, 2);
    REQUIRE(top.ranking.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(top.ranking[i].source == found.ranking[i].source);
        CHECK(top.ranking[i].total == found.ranking[i].total);
    }
}

TEST_CASE("claims resting on a source are estimated closely and exactly below the sketch size") {
    const corpus c = notes_citing_earlier(1500);
    resting_claims resting(c);
    const std::vector<double> estimate = resting.estimate_per_source();
    REQUIRE(estimate.size() == c.links.sources.size());
    std::size_t exact_below = 0, estimated = 0;
    double worst = 0, error_sum = 0;
    for (std::size_t s = 0; s < estimate.size(); ++s) {
        const auto total = static_cast<double>(resting.count(c.links.sources[s].references));
        CAPTURE(s);
        if (total < static_cast<double>(sketch_size)) {
            CHECK(estimate[s] == total);
            ++exact_below;
        } else {
            const double error = std::abs(estimate[s] - total) / total;
            worst = std::max(worst, error);
            error_sum += error;
            ++estimated;
        }
    }
    // Both kinds occur: early notes carry hundreds of later claims, late ones a few.
    CHECK(exact_below > 100);
    REQUIRE(estimated > 50);
    CHECK(error_sum / static_cast<double>(estimated) < 0.1);  // the standard error is about 9%
    CHECK(worst < 0.4);
}

TEST_CASE("the load-bearing ranking of a large linked corpus is the exact one") {
    const corpus c = notes_citing_earlier(1500);
    const std::vector<source_load> exact = ranking_by_brute_force(c);
    const load_bearing_sources found = find_load_bearing(c, 5);
    REQUIRE(found.ranking.size() == 5);
    // The top of this corpus is the shared works of the first notes, hundreds of claims resting on each.
    CHECK(exact[4].total > 500);
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(found.ranking[i].total == exact[i].total);
        if (exact[i].total != exact[i + 1].total) CHECK(found.ranking[i].source == exact[i].source);
    }
}

TEST_CASE("impact lists each claim once with its shortest chain") {
    const corpus c = chain_corpus();
    const corpus_assessment a = assess(c, {});
    const std::vector<impact_path> found = find_impact(c, {{2, 0}});
    REQUIRE(found.size() == 4);
    CHECK(found[0].path == std::vector<std::string>{"d1:c1", "d1:r1", "d2", "d2:c1", "d2:r1", "d3", "d3:c1", "d3:r1"});
    CHECK(found[1].path == std::vector<std::string>{"d2:c1", "d2:r1", "d3", "d3:c1", "d3:r1"});
    CHECK(found[2].claim == claim_place{1, 1});
    CHECK(found[3].path == std::vector<std::string>{"d3:c1", "d3:r1"});
    CHECK(find_impact(c, {}).empty());
}

TEST_CASE("trace walks the tree under a claim, expands each document once and stops at a cycle") {
    SUBCASE("a chain") {
        const corpus c = chain_corpus();
        const auto lines = trace_claim(c, {0, 0});
        std::vector<std::pair<trace_kind, std::size_t>> shape;
        for (const auto& line : lines) shape.emplace_back(line.kind, line.depth);
        CHECK(shape == std::vector<std::pair<trace_kind, std::size_t>>{
                           {trace_kind::claim, 0}, {trace_kind::reference, 1}, {trace_kind::document, 2},
                           {trace_kind::reference, 3}, {trace_kind::document, 4}, {trace_kind::reference, 5},
                           {trace_kind::reference, 3}});
        CHECK(lines[3].document == 1);
        CHECK(lines[6].item == 1);
    }
    SUBCASE("a cycle comes back to the claim's document") {
        const corpus c = cycle_corpus(true);
        const auto lines = trace_claim(c, {0, 0});
        REQUIRE(lines.size() == 8);
        CHECK(lines[5].kind == trace_kind::reference);  // c's citation of the atlas
        CHECK(lines[6].kind == trace_kind::cycle_back);
        CHECK(lines[6].document == 0);
        CHECK(lines[7].kind == trace_kind::reference);  // c's outside source
    }
}

}  // TEST_SUITE
