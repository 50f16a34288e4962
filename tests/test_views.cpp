// Views that narrow the graph (graph/view), and the writers honouring them, on the bundled
// Mali report: what each view keeps is derived from the analysis, not written down.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>

#include <boost/range/iterator_range.hpp>
#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "analysed_report.hpp"
#include "analysis_fixtures.hpp"
#include "citegraph/import.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/stale_analysis.hpp"
#include "citegraph/views.hpp"
#include "graph/citation_graph.hpp"

using namespace citegraph;
using citegraph::testing::analyse;
using citegraph::testing::analysed_report;
using citegraph::testing::mali;
using citegraph::testing::mali_document;

namespace {

// The ids of the vertices the filter keeps.
std::set<std::string> kept_ids(const corpus& c, const vertex_filter& keep) {
    std::set<std::string> ids;
    for (vertex v : boost::make_iterator_range(boost::vertices(c.graph())))
        if (keeps(keep, v)) ids.insert(c.vertex_id(v));
    return ids;
}

// What a view over the first document should keep, given which of its claims it keeps:
// those claims, their sections, the document and (unless `only` names references) every
// reference the claims cite.
std::set<std::string> expected_ids(const corpus& c, const std::vector<std::size_t>& claims,
                                   const std::vector<int>& only = {}) {
    std::set<std::string> ids;
    const document& d = c.documents[0];
    if (!claims.empty() || !only.empty()) ids.insert(c.vertex_id(c.document_vertex(0)));
    for (std::size_t i : claims) {
        ids.insert(c.vertex_id(c.claim_vertex(0, i)));
        ids.insert(c.vertex_id(c.section_vertex(0, d.claims[i].section)));
        if (!only.empty()) continue;
        for (int number : d.claims[i].cites)
            if (const auto r = c.reference_index(0, number)) ids.insert(c.vertex_id(c.reference_vertex(0, *r)));
    }
    for (int number : only) {
        const auto r = c.reference_index(0, number);
        REQUIRE(r);
        ids.insert(c.vertex_id(c.reference_vertex(0, *r)));
    }
    return ids;
}

// Indices of the first document's claims that satisfy pred.
template <typename Pred>
std::vector<std::size_t> claims_where(const analysed_report& r, Pred pred) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < r.c.documents[0].claims.size(); ++i)
        if (pred(r.c.documents[0].claims[i], r.a.documents[0].claims[i])) found.push_back(i);
    return found;
}

bool is_stale(claim_verdict v) {
    return v == claim_verdict::resting_on_stale || v == claim_verdict::partly_stale;
}

std::size_t count_kind(const corpus& c, const vertex_filter& keep, node_kind kind) {
    std::size_t n = 0;
    for (vertex v : boost::make_iterator_range(boost::vertices(c.graph())))
        n += keeps(keep, v) && c.graph()[v].kind == kind ? 1 : 0;
    return n;
}

struct cgraph_closer {
    void operator()(Agraph_t* g) const { agclose(g); }
};

}  // namespace

TEST_SUITE("views") {

TEST_CASE("a view with no selector keeps the whole graph") {
    const vertex_filter keep = select_vertices(mali().c, mali().a, graph_view{});
    CHECK(keep.empty());
    CHECK(kept_count(mali().c, keep) == boost::num_vertices(mali().c.graph()));
}

TEST_CASE("--only stale keeps the resting-on-stale and partly-stale claims with every source they cite") {
    const auto& r = mali();
    graph_view view;
    view.only_stale = true;
    const vertex_filter keep = select_vertices(r.c, r.a, view);
    const auto stale = claims_where(r, [](const claim&, const claim_assessment& ca) {
        return is_stale(ca.verdict);
    });
    const auto resting = claims_where(r, [](const claim&, const claim_assessment& ca) {
        return ca.verdict == claim_verdict::resting_on_stale;
    });
    REQUIRE(!resting.empty());
    REQUIRE(stale.size() > resting.size());  // partly-stale claims too
    CHECK(count_kind(r.c, keep, node_kind::claim) == stale.size());
    CHECK(kept_ids(r.c, keep) == expected_ids(r.c, stale));
    CHECK(kept_count(r.c, keep) == expected_ids(r.c, stale).size());
    // Partly-stale claims bring their current sources along.
    bool current_kept = false;
    for (std::size_t i = 0; i < r.c.documents[0].references.size(); ++i)
        current_kept = current_kept || (keep[r.c.reference_vertex(0, i)] && !r.a.documents[0].references[i].stale);
    CHECK(current_kept);
}

TEST_CASE("--claim keeps that claim, its section and the references it cites") {
    const auto& r = mali();
    // The first claim citing three or more references.
    const auto many = claims_where(r, [](const claim& cl, const claim_assessment&) { return cl.cites.size() >= 3; });
    REQUIRE(!many.empty());
    const std::size_t chosen = many.front();
    const std::string id = r.c.vertex_id(r.c.claim_vertex(0, chosen));
    CAPTURE(id);
    for (const std::string& name : {id, id.substr(id.find(':') + 1)}) {
        graph_view view;
        view.claims = {name};
        const vertex_filter keep = select_vertices(r.c, r.a, view);
        CHECK(kept_ids(r.c, keep) == expected_ids(r.c, {chosen}));
        CHECK(count_kind(r.c, keep, node_kind::reference) == r.c.documents[0].claims[chosen].cites.size());
    }
}

TEST_CASE("--reference 25 keeps reference 25 and exactly the claims citing it") {
    const auto& r = mali();
    const auto index = r.c.reference_index(0, 25);
    REQUIRE(index);
    const auto& cited_by = r.a.documents[0].references[*index].cited_by;
    REQUIRE(cited_by.size() > 1);
    for (const char* name : {"25", "d1:r25", "d1:25"}) {
        CAPTURE(name);
        graph_view view;
        view.references = {name};
        const vertex_filter keep = select_vertices(r.c, r.a, view);
        CHECK(count_kind(r.c, keep, node_kind::claim) == cited_by.size());
        CHECK(count_kind(r.c, keep, node_kind::reference) == 1);
        CHECK(kept_ids(r.c, keep) == expected_ids(r.c, {cited_by.begin(), cited_by.end()}, {25}));
    }
}

TEST_CASE("--section matches part of a title, ignoring case, and keeps its claims with their sources") {
    const auto& r = mali();
    graph_view view;
    view.sections = {"legal framework"};
    const vertex_filter keep = select_vertices(r.c, r.a, view);
    const auto legal = claims_where(r, [&](const claim& cl, const claim_assessment&) {
        return r.c.documents[0].sections[cl.section].title == "II. LEGAL FRAMEWORK FOR CHILD LABOR";
    });
    REQUIRE(!legal.empty());
    CHECK(kept_ids(r.c, keep) == expected_ids(r.c, legal));
    SUBCASE("two sections keep the claims of both") {
        view.sections.push_back("Enforcement");
        const auto both = claims_where(r, [&](const claim& cl, const claim_assessment&) {
            const std::string& title = r.c.documents[0].sections[cl.section].title;
            return title.starts_with("II. ") || title.starts_with("III. ");
        });
        CHECK(kept_ids(r.c, select_vertices(r.c, r.a, view)) == expected_ids(r.c, both));
    }
}

TEST_CASE("selectors of different kinds narrow together") {
    const auto& r = mali();
    graph_view view;
    view.only_stale = true;
    view.sections = {"PREVALENCE"};
    const auto expected = claims_where(r, [&](const claim& cl, const claim_assessment& ca) {
        return is_stale(ca.verdict) && r.c.documents[0].sections[cl.section].title.starts_with("I. ");
    });
    REQUIRE(!expected.empty());
    CHECK(kept_ids(r.c, select_vertices(r.c, r.a, view)) == expected_ids(r.c, expected));
}

TEST_CASE("a name the corpus lacks is a view_error that names it") {
    const auto& r = mali();
    struct row {
        graph_view view;
        const char* message;
    };
    graph_view claim, claim_zero, reference, section, bad_document;
    claim.claims = {"d1:c9999"};
    claim_zero.claims = {"d1:c0"};
    reference.references = {"250"};
    section.sections = {"appendix"};
    bad_document.claims = {"d2:c1"};
    for (const row& each : {row{claim, "no claim 'd1:c9999'"}, row{claim_zero, "no claim 'd1:c0'"},
                            row{reference, "no reference '250'"},
                            row{section, "no section title contains 'appendix'"},
                            row{bad_document, "no claim 'd2:c1'"}}) {
        CAPTURE(each.message);
        CHECK_THROWS_WITH_AS(select_vertices(r.c, r.a, each.view), doctest::Contains(each.message),
                             view_error);
    }
}

TEST_CASE("with several documents a bare reference number must be unique") {
    using namespace fixtures;
    const auto r = analyse({mali_document(), make_document({make_claim("A claim (25).", {25})},
                                                           {make_reference(25, "Other.", make_date(2022))})});
    graph_view view;
    view.references = {"25"};
    CHECK_THROWS_WITH_AS(select_vertices(r.c, r.a, view), doctest::Contains("reference 25 is in 2 documents"),
                         view_error);
    view.references = {"d2:r25"};
    const vertex_filter keep = select_vertices(r.c, r.a, view);
    CHECK(kept_ids(r.c, keep) == std::set<std::string>{"d2", "d2:s0", "d2:c1", "d2:r25"});
    view.references.clear();
    view.claims = {"c1"};  // a claim needs its document too
    CHECK_THROWS_WITH_AS(select_vertices(r.c, r.a, view), doctest::Contains("no claim 'c1'"), view_error);
    view.claims = {"d2:c1"};
    CHECK(kept_ids(r.c, select_vertices(r.c, r.a, view)) ==
          std::set<std::string>{"d2", "d2:s0", "d2:c1", "d2:r25"});
}

TEST_CASE("the writers write only what the view keeps") {
    const auto& r = mali();
    graph_view view;
    view.only_stale = true;
    const vertex_filter keep = select_vertices(r.c, r.a, view);
    const std::size_t kept = kept_count(r.c, keep);
    std::size_t kept_edges = 0;
    for (auto e : boost::make_iterator_range(boost::edges(r.c.graph())))
        kept_edges += keep[boost::source(e, r.c.graph())] && keep[boost::target(e, r.c.graph())] ? 1 : 0;
    REQUIRE(kept < boost::num_vertices(r.c.graph()));

    SUBCASE("GraphML") {
        std::ostringstream out;
        write_graphml(out, r.c, r.a, keep);
        pugi::xml_document xml;
        REQUIRE(xml.load_string(out.str().c_str()));
        const pugi::xml_node graph = xml.child("graphml").child("graph");
        std::set<std::string> ids;
        for (pugi::xml_node node : graph.children("node")) ids.insert(node.attribute("id").value());
        CHECK(ids == kept_ids(r.c, keep));
        const auto edges = graph.children("edge");
        CHECK(static_cast<std::size_t>(std::distance(edges.begin(), edges.end())) == kept_edges);
    }
    SUBCASE("JSON") {
        std::ostringstream out;
        write_json(out, r.c, r.a, keep);
        const auto j = nlohmann::json::parse(out.str());
        REQUIRE(j["documents"].size() == 1);
        CHECK(j["documents"][0]["claims"].size() == count_kind(r.c, keep, node_kind::claim));
        CHECK(j["documents"][0]["references"].size() == count_kind(r.c, keep, node_kind::reference));
        std::set<std::string> claim_ids;
        for (const auto& cl : j["documents"][0]["claims"]) {
            claim_ids.insert(cl["id"].get<std::string>());
            CHECK((cl["verdict"] == "resting-on-stale" || cl["verdict"] == "partly-stale"));
        }
        for (const auto& ref : j["documents"][0]["references"])
            for (const auto& id : ref["cited_by"]) CHECK(claim_ids.count(id.get<std::string>()) == 1);
    }
    SUBCASE("DOT") {
        std::ostringstream out;
        write_dot(out, r.c, r.a, keep);
        std::unique_ptr<Agraph_t, cgraph_closer> g(agmemread(out.str().c_str()));
        REQUIRE(g != nullptr);
        CHECK(static_cast<std::size_t>(agnnodes(g.get())) == kept + 1);  // and the legend
        CHECK(static_cast<std::size_t>(agnedges(g.get())) == kept_edges);
        for (const std::string& id : kept_ids(r.c, keep))
            CHECK(agnode(g.get(), const_cast<char*>(id.c_str()), 0) != nullptr);
    }
}

TEST_CASE("a view that matches nothing writes an empty graph") {
    using namespace fixtures;
    const auto r = analyse({make_document({make_claim("Fresh (1).", {1})}, {make_reference(1, "New.", make_date(2022))})});
    graph_view view;
    view.only_stale = true;
    const vertex_filter keep = select_vertices(r.c, r.a, view);
    CHECK(kept_count(r.c, keep) == 0);
    std::ostringstream out;
    write_json(out, r.c, r.a, keep);
    CHECK(nlohmann::json::parse(out.str())["documents"].empty());
}

}  // TEST_SUITE("views")
