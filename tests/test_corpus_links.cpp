// A corpus as one graph (graph/citation_graph with link_sources): source vertices, same-as
// and derived-from edges, what every writer makes of them, and the command line reading
// directories, on the provenance corpora of tests/data/provenance.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "command.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/stale_analysis.hpp"
#include "citegraph/views.hpp"
#include "analysed_report.hpp"
#include "graph/citation_graph.hpp"
#include "test_paths.hpp"

using namespace citegraph;
using citegraph::testing::run_citegraph;
using nlohmann::json;

namespace {

// The "sources" of a JSON export that references of several documents name.
json shared_sources(const json& exported) {
    json shared = json::array();
    for (const json& s : exported["sources"])
        if (s["shared"] == true) shared.push_back(s);
    return shared;
}

const std::string data = CITEGRAPH_TEST_DATA;
const std::string provenance_data = data + "/provenance";

// The files of a provenance folder in name order, as the command line takes a directory.
std::vector<std::string> folder_files(const std::string& folder) {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(provenance_data + "/" + folder))
        paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    return paths;
}

corpus load(const std::vector<std::string>& paths, link_options options = {}) {
    std::vector<document> documents;
    for (const std::string& path : paths) {
        diagnostics warnings;
        documents.push_back(import_file(path, "", warnings));
    }
    return build_corpus(std::move(documents), options);
}

// (source id, target id) of every edge of a kind, in edge order.
std::vector<std::pair<std::string, std::string>> edges_of(const corpus& c, edge_kind kind) {
    std::vector<std::pair<std::string, std::string>> found;
    for (auto e : boost::make_iterator_range(boost::edges(c.graph())))
        if (c.graph()[e].kind == kind)
            found.emplace_back(c.vertex_id(boost::source(e, c.graph())), c.vertex_id(boost::target(e, c.graph())));
    return found;
}

std::vector<vertex> source_vertices(const corpus& c) {
    std::vector<vertex> found;
    for (vertex v : boost::make_iterator_range(boost::vertices(c.graph())))
        if (c.graph()[v].kind == node_kind::source) found.push_back(v);
    return found;
}

// The id of the reference of document doc whose entry holds part.
std::string reference_id(const corpus& c, std::size_t doc, const std::string& part) {
    const auto& refs = c.documents[doc].references;
    for (std::size_t i = 0; i < refs.size(); ++i)
        if (refs[i].text.find(part) != std::string::npos) return c.vertex_id(c.reference_vertex(doc, i));
    FAIL("no reference holds " << part);
    return {};
}

// 1-based line of the first line of a file that holds part; 0 if none does.
std::size_t line_holding(const std::string& path, const std::string& part) {
    std::ifstream in(path);
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number)
        if (line.find(part) != std::string::npos) return number;
    return 0;
}

struct cgraph_closer {
    void operator()(Agraph_t* g) const { agclose(g); }
};

// The out-edges each vertex should have, in order, as (target, kind), written from the
// model: a document contains its sections, the claims outside any section and its
// references; a section contains its claims; a claim cites each reference it names, once,
// by ascending number; a reference is the same as its drawn source and derived from the
// document it names. Sources have none.
std::vector<std::vector<std::pair<vertex, edge_kind>>> expected_out_edges(const corpus& c) {
    std::vector<std::vector<std::pair<vertex, edge_kind>>> out(boost::num_vertices(c.graph()));
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        auto& of_document = out[c.document_vertex(doc)];
        for (std::size_t i = 0; i < d.sections.size(); ++i) of_document.emplace_back(c.section_vertex(doc, i), edge_kind::contains);
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            const claim& cl = d.claims[i];
            const vertex v = c.claim_vertex(doc, i);
            if (cl.section < d.sections.size()) out[c.section_vertex(doc, cl.section)].emplace_back(v, edge_kind::contains);
            else of_document.emplace_back(v, edge_kind::contains);
            const std::set<int> numbers(cl.cites.begin(), cl.cites.end());
            for (const int n : numbers)
                if (const auto r = c.reference_index(doc, n)) out[v].emplace_back(c.reference_vertex(doc, *r), edge_kind::cites);
        }
        // The claims outside any section come after the sections in the document's edges.
        std::stable_partition(of_document.begin(), of_document.end(), [&](const auto& edge) {
            return edge.first < c.section_vertex(doc, d.sections.size());
        });
        for (std::size_t i = 0; i < d.references.size(); ++i) {
            of_document.emplace_back(c.reference_vertex(doc, i), edge_kind::contains);
            auto& of_reference = out[c.reference_vertex(doc, i)];
            if (const auto shared = c.shared_source(doc, i)) of_reference.emplace_back(*c.source_vertex(*shared), edge_kind::same_as);
            if (const auto named = c.links.names_document[doc][i]) of_reference.emplace_back(c.document_vertex(*named), edge_kind::derived_from);
        }
    }
    return out;
}

}  // namespace

TEST_SUITE("corpus links") {

// The compressed rows are filled on every core, document by document; every vertex must
// still have its out-edges, in order, on corpora with sections, shared sources and
// documents naming each other, and more documents than one core's share.
TEST_CASE("every vertex's out-edges are the ones its document gives, in order") {
    const corpus chain = load(folder_files("chain"));
    const corpus shared = load(folder_files("shared"));
    const corpus empty = build_corpus({});
    for (const corpus* c : {&testing::mali_copies().c, &chain, &shared, &empty}) {
        const auto expected = expected_out_edges(*c);
        const citation_graph& g = c->graph();
        std::size_t edges = 0;
        for (const vertex v : boost::make_iterator_range(boost::vertices(g))) {
            std::vector<std::pair<vertex, edge_kind>> found;
            for (const auto e : boost::make_iterator_range(boost::out_edges(v, g)))
                found.emplace_back(boost::target(e, g), g[e].kind);
            const std::string id = c->vertex_id(v);
            CAPTURE(id);
            CHECK(found == expected[v]);
            edges += found.size();
        }
        CHECK(edges == boost::num_edges(g));
    }
    CHECK(boost::num_edges(testing::mali_copies().c.graph()) > 17 * 300);
    CHECK_FALSE(source_vertices(testing::mali_copies().c).empty());
    CHECK_FALSE(edges_of(chain, edge_kind::derived_from).empty());
}

TEST_CASE("the chain links summary to review to survey by derived-from edges and draws no source") {
    const corpus c = load(folder_files("chain"));  // basin-review, groundwater-survey, regional-summary
    REQUIRE(c.documents.size() == 3);
    using edge = std::pair<std::string, std::string>;
    CHECK(edges_of(c, edge_kind::derived_from) ==
          std::vector<edge>{{reference_id(c, 0, "Groundwater Survey"), "d2"}, {reference_id(c, 2, "Basin Water Review"), "d1"}});
    CHECK(source_vertices(c).empty());
    CHECK(edges_of(c, edge_kind::same_as).empty());
}

TEST_CASE("the cycle's derived-from edges close a circle of three documents") {
    const corpus c = load(folder_files("cycle"));  // coastal-atlas, harbour-sediment-note, tide-gauge-records
    using edge = std::pair<std::string, std::string>;
    CHECK(edges_of(c, edge_kind::derived_from) ==
          std::vector<edge>{{"d1:r1", "d2"}, {"d2:r1", "d3"}, {"d3:r1", "d1"}});
}

TEST_CASE("shared works become source vertices after every document's, with same-as edges") {
    const corpus c = load(folder_files("shared"));  // food-brief, food-outlook
    const std::vector<vertex> sources = source_vertices(c);
    REQUIRE(sources.size() == 3);
    const vertex last_reference = c.reference_vertex(1, c.documents[1].references.size() - 1);
    CHECK(sources.front() == last_reference + 1);
    CHECK(sources.back() == boost::num_vertices(c.graph()) - 1);

    std::set<std::pair<std::string, std::string>> same_as;
    for (const auto& e : edges_of(c, edge_kind::same_as)) same_as.insert(e);
    const std::set<std::pair<std::string, std::string>> expected{
        {reference_id(c, 0, "CA9692EN"), "s1"},       {reference_id(c, 1, "ca9692en"), "s1"},
        {reference_id(c, 0, "Poverty and Shared"), "s2"}, {reference_id(c, 1, "piecing together"), "s2"},
        {reference_id(c, 0, "Résumé"), "s4"},         {reference_id(c, 1, "RESUME"), "s4"}};
    CHECK(same_as == expected);
    for (std::size_t i = 0; i < c.links.sources.size(); ++i) {
        CAPTURE(c.links.sources[i].id());
        CHECK(c.source_vertex(i).has_value() == (c.links.sources[i].references.size() == 2));
    }

    SUBCASE("without merging there is no source vertex") {
        const corpus apart = load(folder_files("shared"), link_options{.merge = false});
        CHECK(source_vertices(apart).empty());
        CHECK(boost::num_vertices(apart.graph()) == last_reference + 1);
    }
}

TEST_CASE("each vertex's id names its document, its kind and its number, and a source's is its own") {
    const corpus c = load(folder_files("shared"));  // food-brief, food-outlook
    const document& outlook = c.documents[1];
    REQUIRE(outlook.sections.size() > 1);
    REQUIRE(outlook.claims.size() > 1);
    REQUIRE(outlook.references.size() > 1);
    CHECK(c.vertex_id(c.document_vertex(0)) == "d1");
    CHECK(c.vertex_id(c.document_vertex(1)) == "d2");
    CHECK(c.vertex_id(c.section_vertex(1, 0)) == "d2:s0");  // sections count from 0, the text before any heading
    CHECK(c.vertex_id(c.section_vertex(1, 1)) == "d2:s1");
    CHECK(c.vertex_id(c.claim_vertex(1, 0)) == "d2:c1");    // claims from 1
    CHECK(c.vertex_id(c.claim_vertex(1, outlook.claims.size() - 1)) == "d2:c" + std::to_string(outlook.claims.size()));
    for (std::size_t i = 0; i < outlook.references.size(); ++i)  // references by the number they are cited by
        CHECK(c.vertex_id(c.reference_vertex(1, i)) == "d2:r" + std::to_string(outlook.references[i].number));
    std::size_t drawn = 0;
    for (std::size_t i = 0; i < c.links.sources.size(); ++i)
        if (const auto v = c.source_vertex(i)) {
            CHECK(c.vertex_id(*v) == c.links.sources[i].id());
            CHECK(c.vertex_id(*v) == "s" + std::to_string(i + 1));
            ++drawn;
        }
    CHECK(drawn == 3);
    std::set<std::string> ids;
    for (const vertex v : boost::make_iterator_range(boost::vertices(c.graph()))) ids.insert(c.vertex_id(v));
    CHECK(ids.size() == boost::num_vertices(c.graph()));
}

// Ids are written into a buffer of their own (corpus::vertex_id_text_of): the longest
// numbers still fit whole.
TEST_CASE("a reference numbered at an int's limits gets its whole number in its id") {
    document d;
    d.path = "limits.txt";
    d.sections = {{"", {1, 1}}};
    for (const int number : {std::numeric_limits<int>::min(), std::numeric_limits<int>::max()}) {
        reference r;
        r.number = number;
        r.text = "A report.";
        d.references.push_back(r);
    }
    const corpus c = build_corpus({d});
    CHECK(c.vertex_id(c.reference_vertex(0, 0)) == "d1:r-2147483648");
    CHECK(c.vertex_id(c.reference_vertex(0, 1)) == "d1:r2147483647");
    CHECK(c.vertex_id_text_of(c.reference_vertex(0, 0)).view() == "d1:r-2147483648");
    CHECK(c.vertex_id_text_of(c.document_vertex(0)).view() == "d1");
}

TEST_CASE("a single document keeps its graph: repeats inside it draw no source") {
    const corpus c = load({data + "/wikipedia-duck.html"});
    std::size_t repeats = 0;
    for (const source& s : c.links.sources) repeats += s.references.size() > 1;
    CHECK(repeats == 4);  // books and pages cited twice inside the article
    CHECK(source_vertices(c).empty());
    CHECK(edges_of(c, edge_kind::same_as).empty());
    CHECK(edges_of(c, edge_kind::derived_from).empty());
}

TEST_CASE("the JSON lists the shared sources and the near miss") {
    const corpus c = load(folder_files("shared"));
    const corpus_assessment a = assess(c, {});
    std::ostringstream out;
    write_json(out, c, a);
    const json j = json::parse(out.str());
    const json shared = shared_sources(j);
    REQUIRE(shared.size() == 3);
    const json& first = shared[0];
    CHECK(first["id"] == "s1");
    CHECK(first["title"] == "The State of Food Security and Nutrition in the World 2020");
    CHECK(first["doi"] == "10.4060/ca9692en");
    CHECK(first["published"] == "2020");
    CHECK(first["matched_by"] == "doi");
    CHECK(first["document"] == nullptr);
    CHECK(first["references"] == json::array({reference_id(c, 0, "CA9692EN"), reference_id(c, 1, "ca9692en")}));
    CHECK(shared[1]["matched_by"] == "url");
    CHECK(shared[2]["matched_by"] == "title");
    REQUIRE(j["near_misses"].size() == 1);
    CHECK(j["near_misses"][0]["first"] == reference_id(c, 0, "Global Report on Food Crises 2017"));
    CHECK(j["near_misses"][0]["second"] == reference_id(c, 1, "Global Report on Food Crises 2020"));
    CHECK(j["near_misses"][0]["reason"] == "same title, years 2017 and 2020");

    SUBCASE("a source that is a corpus document names its path") {
        // Two citations of the review, from the summary and from a copy of it.
        const corpus chain = load({provenance_data + "/chain/basin-review.html",
                                   provenance_data + "/chain/regional-summary.md",
                                   provenance_data + "/chain/regional-summary.md"});
        std::ostringstream chain_out;
        write_json(chain_out, chain, assess(chain, {}));
        const json cj = json::parse(chain_out.str());
        const json chain_shared = shared_sources(cj);
        REQUIRE(chain_shared.size() == 2);  // the review, and the drought bulletin by URL
        CHECK(chain_shared[0]["document"] == provenance_data + "/chain/basin-review.html");
        CHECK(chain_shared[0]["matched_by"] == "url");
    }
}

TEST_CASE("the JSON lists each cycle as its documents' paths and each reference's upstream path") {
    const corpus cycle = load(folder_files("cycle"));
    std::ostringstream cycle_out;
    write_json(cycle_out, cycle, assess(cycle, {}));
    const json cj = json::parse(cycle_out.str());
    const std::string folder = provenance_data + "/cycle/";
    CHECK(cj["cycles"] == json::array({json::array({folder + "coastal-atlas.md", folder + "harbour-sediment-note.md",
                                                    folder + "tide-gauge-records.md"})}));
    CHECK(cj["cycles_truncated"] == false);

    const corpus chain = load(folder_files("chain"));
    std::ostringstream chain_out;
    write_json(chain_out, chain, assess(chain, {}));
    const json j = json::parse(chain_out.str());
    CHECK(j["cycles"] == json::array());
    // The summary (d3) cites the review (d1), which cites the survey (d2) whose source is stale.
    const json& review = j["documents"][2]["references"][0];
    CHECK(review["names_document"] == "d1");
    CHECK(review["stale"] == false);
    CHECK(review["stale_upstream"] == true);
    CHECK(review["upstream_path"] == json::array({"d1", "d1:c1", "d1:r1", "d2", "d2:c1", "d2:r1"}));
    const json& bulletin = j["documents"][2]["references"][1];
    CHECK(bulletin["names_document"] == nullptr);
    CHECK(bulletin["stale_upstream"] == false);
    CHECK(bulletin["upstream_path"] == json::array());
}

TEST_CASE("a single document's JSON names each reference's source, as check does, none of them shared") {
    const corpus c = load({data + "/usdol-mali-2021.txt"});
    std::ostringstream out;
    write_json(out, c, assess(c, {}));
    const json j = json::parse(out.str());
    CHECK(j["sources"].size() == c.links.sources.size());
    CHECK(shared_sources(j) == json::array());
    CHECK(j["near_misses"] == json::array());
    std::set<std::string> listed;
    for (const json& s : j["sources"]) listed.insert(s["id"]);
    for (const json& r : j["documents"][0]["references"]) {
        CAPTURE(r["number"]);
        REQUIRE(r["source"].is_string());
        CHECK(listed.contains(r["source"]));
    }
    // The ids check prints: "s1" … for the Mali report's 80 references, some naming one work.
    const json& first = j["documents"][0]["references"][0];
    CHECK(first["source"] == "s1");
    CHECK(j["sources"][0]["references"] == json::array({"d1:r1"}));
}

TEST_CASE("GraphML carries source nodes and same-as edges, and declares matched_by only then") {
    const corpus c = load(folder_files("shared"));
    std::ostringstream out;
    write_graphml(out, c, assess(c, {}));
    pugi::xml_document xml;
    REQUIRE(xml.load_string(out.str().c_str()));
    const pugi::xml_node graphml = xml.child("graphml");
    CHECK(graphml.find_child_by_attribute("key", "id", "matched_by"));
    const pugi::xml_node graph = graphml.child("graph");
    const pugi::xml_node s1 = graph.find_child_by_attribute("node", "id", "s1");
    REQUIRE(s1);
    CHECK(std::string(s1.find_child_by_attribute("data", "key", "kind").text().get()) == "source");
    CHECK(std::string(s1.find_child_by_attribute("data", "key", "matched_by").text().get()) == "doi");
    CHECK(std::string(s1.find_child_by_attribute("data", "key", "doi").text().get()) == "10.4060/ca9692en");
    std::size_t same_as = 0;
    for (pugi::xml_node e : graph.children("edge"))
        same_as += std::string(e.find_child_by_attribute("data", "key", "edge_kind").text().get()) == "same-as";
    CHECK(same_as == edges_of(c, edge_kind::same_as).size());

    const corpus single = load({data + "/usdol-mali-2021.txt"});
    std::ostringstream single_out;
    write_graphml(single_out, single, assess(single, {}));
    CHECK(single_out.str().find("matched_by") == std::string::npos);
}

TEST_CASE("DOT draws sources as ellipses with dashed same-as and bold derived-from arrows") {
    const corpus c = load({provenance_data + "/chain/basin-review.html", provenance_data + "/chain/regional-summary.md",
                           provenance_data + "/chain/regional-summary.md"});
    std::ostringstream out;
    write_dot(out, c, assess(c, {}));
    std::unique_ptr<Agraph_t, cgraph_closer> g(agmemread(out.str().c_str()));
    REQUIRE(g != nullptr);
    const std::vector<vertex> sources = source_vertices(c);
    REQUIRE(sources.size() == 2);  // the review and the drought bulletin, each cited by both copies
    Agnode_t* s = agnode(g.get(), const_cast<char*>(c.vertex_id(sources.front()).c_str()), 0);
    REQUIRE(s != nullptr);
    CHECK(std::string(agget(s, const_cast<char*>("shape"))) == "ellipse");
    CHECK(std::string(agget(s, const_cast<char*>("class"))) == "source");
    std::size_t dashed = 0, bold = 0;
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
        for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e)) {
            const std::string kind = agget(e, const_cast<char*>("class"));
            if (kind == "same-as") dashed += std::string(agget(e, const_cast<char*>("style"))) == "dashed";
            if (kind == "derived-from") bold += std::string(agget(e, const_cast<char*>("style"))) == "bold";
        }
    CHECK(dashed == edges_of(c, edge_kind::same_as).size());
    CHECK(bold == 2);  // both summaries name the review
    CHECK(out.str().find("ellipse: source") != std::string::npos);
    CHECK(out.str().find("bold arrow: the reference names that corpus document") != std::string::npos);
}

TEST_CASE("DOT holds each of a large corpus's documents in a subgraph of its own, each node once") {
    // 40 documents, each written from a cgraph graph of its own as a subgraph of the whole.
    const std::vector<std::string> copies(40, provenance_data + "/chain/regional-summary.md");
    const corpus c = load(copies);
    std::ostringstream out;
    write_dot(out, c, assess(c, {}));
    std::unique_ptr<Agraph_t, cgraph_closer> g(agmemread(out.str().c_str()));
    REQUIRE(g != nullptr);
    CHECK(static_cast<std::size_t>(agnnodes(g.get())) == boost::num_vertices(c.graph()) + 1);  // and the legend
    CHECK(static_cast<std::size_t>(agnedges(g.get())) == boost::num_edges(c.graph()));
    std::set<std::string> top;
    for (Agraph_t* sub = agfstsubg(g.get()); sub; sub = agnxtsubg(sub)) top.emplace(agnameof(sub));
    CHECK(top.size() == 40);
    CHECK(top.contains("document_d1"));
    CHECK(top.contains("document_d40"));
    // Each document's clusters are inside its own subgraph, and its nodes in no other's.
    Agraph_t* d40 = agsubg(g.get(), const_cast<char*>("document_d40"), 0);
    REQUIRE(d40 != nullptr);
    std::size_t clusters = 0;
    for (Agraph_t* sub = agfstsubg(d40); sub; sub = agnxtsubg(sub))
        clusters += std::string(agnameof(sub)).starts_with("cluster_");
    CHECK(clusters == c.documents[39].sections.size() + 1);  // and its references
    std::size_t own = 0;
    for (vertex v : boost::make_iterator_range(boost::vertices(c.graph())))
        own += c.graph()[v].kind != node_kind::source && c.graph()[v].document == 39;
    CHECK(static_cast<std::size_t>(agnnodes(d40)) == own);
    Agraph_t* d39 = agsubg(g.get(), const_cast<char*>("document_d39"), 0);
    REQUIRE(d39 != nullptr);
    CHECK(agnode(d39, const_cast<char*>("d40:r1"), 0) == nullptr);
    CHECK(agnode(d40, const_cast<char*>("d40:r1"), 0) != nullptr);
}

TEST_CASE("a view of one claim keeps the source its reference shares") {
    const corpus c = load(folder_files("shared"));
    const corpus_assessment a = assess(c, {});
    graph_view view;
    view.claims = {"d1:c1"};  // "About 690 million people were hungry in 2019 [1]."
    const vertex_filter keep = select_vertices(c, a, view);
    CHECK(keeps(keep, *c.source_vertex(0)));
    CHECK_FALSE(keeps(keep, *c.source_vertex(1)));
}

TEST_CASE("the command line reads directories, in name order, and walks them with --recursive") {
    const auto ids_and_paths = [](const std::string& args) {
        const auto result = run_citegraph("export " + args);
        REQUIRE(result.exit == 0);
        std::vector<std::string> paths;
        const json exported = json::parse(result.out);
        for (const json& d : exported["documents"]) paths.push_back(d["path"]);
        return paths;
    };
    const std::vector<std::string> shared = ids_and_paths(provenance_data + "/shared");
    CHECK(shared == folder_files("shared"));

    const std::vector<std::string> top = ids_and_paths(provenance_data);
    CHECK(top == std::vector<std::string>{provenance_data + "/README.md"});
    const std::vector<std::string> all = ids_and_paths("--recursive " + provenance_data);
    CHECK(all.size() == 9);  // README.md and the eight documents of chain, cycle and shared
    CHECK(std::is_sorted(all.begin(), all.end()));

    const auto merged = run_citegraph("export " + provenance_data + "/shared");
    const auto apart = run_citegraph("export --no-merge " + provenance_data + "/shared");
    CHECK(shared_sources(json::parse(merged.out)).size() == 3);
    CHECK(shared_sources(json::parse(apart.out)) == json::array());

    const citegraph::testing::scratch_dir nothing_known;
    std::ofstream(nothing_known.path / "picture.png") << "not a document";
    const auto empty = run_citegraph("check " + nothing_known.path.string());
    CHECK(empty.exit == 3);
    CHECK(empty.err == nothing_known.path.string() +
                           ": error: is a directory that holds no file with a known extension "
                           "(--recursive walks its subdirectories)\n");
}

TEST_CASE("check warns of a near miss with both places") {
    const std::string brief = provenance_data + "/shared/food-brief.md";
    const std::string outlook = provenance_data + "/shared/food-outlook.md";
    const auto result = run_citegraph("check " + brief + " " + outlook);
    CHECK(result.exit == 0);
    CAPTURE(result.err);
    CHECK(result.err.starts_with(brief + ":" + std::to_string(line_holding(brief, "Food Crises 2017")) + ":"));
    const std::string message = "warning: near miss: reference 3 and d2:r4 (" + outlook + ":" +
                                std::to_string(line_holding(outlook, "Food Crises 2020")) +
                                "): same title, years 2017 and 2020; not merged\n";
    CHECK(result.err.find(message) != std::string::npos);
    const auto single = run_citegraph("check " + brief);
    CHECK(single.err.find("near miss") == std::string::npos);
}

}  // TEST_SUITE
