// Tests for the W3C PROV exports (PROV-JSON and PROV-N) and the names they use.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysed_report.hpp"
#include "command.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/version.hpp"
#include "exports/prov_model.hpp"
#include "citegraph/provenance.hpp"
#include "test_paths.hpp"

using namespace citegraph;
using namespace citegraph::testing;
using nlohmann::json;

namespace {

json prov_json(const corpus& c, const corpus_assessment& a, const vertex_filter& keep = {}) {
    std::ostringstream out;
    write_prov_json(out, c, a, keep);
    return json::parse(out.str());
}

std::string provn(const corpus& c, const corpus_assessment& a, const vertex_filter& keep = {}) {
    std::ostringstream out;
    write_provn(out, c, a, keep);
    return out.str();
}

// Relations of one PROV-JSON member as (first, second) argument pairs; revisions apart.
std::multiset<std::pair<std::string, std::string>> pairs(const json& doc, const std::string& member,
                                                          const char* first, const char* second,
                                                          bool revisions = false) {
    std::multiset<std::pair<std::string, std::string>> out;
    if (!doc.contains(member)) return out;
    for (const auto& [id, record] : doc[member].items()) {
        const bool revision = record.contains("prov:type") && record["prov:type"]["$"] == "prov:Revision";
        if (revision == revisions) out.emplace(record[first].get<std::string>(), record[second].get<std::string>());
    }
    return out;
}

std::size_t count_of(const json& doc, const std::string& member) {
    return doc.contains(member) ? doc[member].size() : 0;
}

// A report whose texts hold what PROV-N must escape.
document escaping_document() {
    document d;
    d.path = "notes/quote \"test\".md";
    d.title = "Back\\slash \"title\"";
    d.sections = {{"", {1, 1}}};
    d.claims = {{"He said \"stop\" at C:\\temp\\\nthen left", {1}, {3, 5}, 0, false}};
    reference r;
    r.number = 1;
    r.text = "Tab\there; quote \" end";
    r.where = {9, 1};
    r.published = make_date(2016, 4);
    d.references = {r};
    return d;
}

// The documents of a folder of tests/data/provenance, in name order, analysed with their
// links across documents.
analysed_report provenance_corpus(const std::string& folder) {
    const std::string where = std::string(CITEGRAPH_TEST_DATA) + "/provenance/" + folder + "/";
    const std::map<std::string, std::vector<std::string>> files{
        {"chain", {"basin-review.html", "groundwater-survey.nxml", "regional-summary.md"}},
        {"shared", {"food-brief.md", "food-outlook.md"}}};
    std::vector<document> documents;
    for (const std::string& name : files.at(folder)) {
        diagnostics warnings;
        documents.push_back(import_file(where + name, "", warnings));
    }
    analysed_report report = analyse(std::move(documents));
    report.c.links = link_sources(report.c.documents);
    return report;
}

// A document with a DOI of its own and two documents citing it by that DOI.
std::vector<document> cited_by_two() {
    std::vector<document> documents(3);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        documents[i].path = "note" + std::to_string(i + 1) + ".md";
        documents[i].sections = {{"", {1, 1}}};
    }
    documents[0].title = "Delta Sediment Budget Review";
    documents[0].doi = "10.5555/delta.2020";
    for (std::size_t i = 1; i < documents.size(); ++i) {
        reference r;
        r.number = 1;
        r.text = "Delta sediment budget review. 2020. doi:10.5555/DELTA.2020";
        r.doi = "10.5555/delta.2020";
        r.published = make_date(2020);
        documents[i].references = {r};
        documents[i].claims = {{"The delta loses sediment every year.", {1}, {5, 1}, 0, false}};
    }
    return documents;
}

// A PROV-JSON document's relations by number N ("_:rN"): each one's member ("hadMember", ...)
// and its two ends, subject first, as written (an ordered_json keeps the order).
struct numbered_relation {
    std::string member;
    std::string subject, object;
};
std::map<std::size_t, numbered_relation> relations_by_number(const nlohmann::ordered_json& doc) {
    std::map<std::size_t, numbered_relation> numbered;
    for (const auto& [member, records] : doc.items()) {
        if (member == "prefix" || member == "agent" || member == "activity" || member == "entity") continue;
        for (const auto& [id, record] : records.items()) {
            std::vector<std::string> ends;
            for (const auto& [key, value] : record.items())
                if (key != "prov:type") ends.push_back(value.get<std::string>());
            REQUIRE(ends.size() == 2);
            numbered[std::stoul(id.substr(3))] = {member, ends[0], ends[1]};
        }
    }
    return numbered;
}

}  // namespace

TEST_SUITE("prov export") {

TEST_CASE("graph ids become valid PROV-N local names and distinct ids stay distinct") {
    using exports_detail::prov_local_name;
    CHECK(prov_local_name("d1:c17") == "d1.c17");
    CHECK(prov_local_name("d12:r25") == "d12.r25");
    CHECK(prov_local_name("s3") == "s3");
    CHECK(prov_local_name("") == "");
    CHECK(prov_local_name("a.b") == "a%2Eb");        // not confused with "a:b"
    CHECK(prov_local_name("a:b") == "a.b");
    CHECK(prov_local_name(":x") == "%3Ax");          // a local name cannot start with '.'
    CHECK(prov_local_name("x:") == "x%3A");          // nor end with it
    CHECK(prov_local_name("-x-y") == "%2Dx-y");      // nor start with '-'
    CHECK(prov_local_name("a b/é") == "a%20b%2F%C3%A9");
}

TEST_CASE("the Mali report's PROV-JSON holds every document, claim and reference with its relations") {
    const analysed_report& mali_report = mali();
    const document& d = mali_report.c.documents[0];
    const json doc = prov_json(mali_report.c, mali_report.a);

    CHECK(doc["prefix"]["cg"] == "urn:citegraph:");
    REQUIRE(doc.contains("entity"));
    CHECK(doc["entity"].size() == 1 + d.claims.size() + d.references.size() + 1);  // and the assessment
    CHECK(count_of(doc, "hadMember") == d.claims.size() + d.references.size());
    // The run: citegraph's assessment of the report, with its version and policy.
    CHECK(doc["agent"]["cg:citegraph"]["prov:type"] == json({{"$", "prov:SoftwareAgent"}, {"type", "prov:QUALIFIED_NAME"}}));
    CHECK(doc["agent"]["cg:citegraph"]["cg:version"] == CITEGRAPH_VERSION);
    CHECK(doc["activity"]["cg:assessing"]["cg:policy"] == "by-format");
    CHECK(doc["activity"]["cg:assessing"]["cg:maxAge"] == "3y");
    CHECK(pairs(doc, "wasGeneratedBy", "prov:entity", "prov:activity") ==
          std::multiset<std::pair<std::string, std::string>>{{"cg:assessment", "cg:assessing"}});
    CHECK(pairs(doc, "used", "prov:activity", "prov:entity") ==
          std::multiset<std::pair<std::string, std::string>>{{"cg:assessing", "cg:d1"}});
    CHECK(pairs(doc, "wasAssociatedWith", "prov:activity", "prov:agent") ==
          std::multiset<std::pair<std::string, std::string>>{{"cg:assessing", "cg:citegraph"}});

    std::size_t cite_pairs = 0, superseded = 0;
    for (const reference_assessment& ra : mali_report.a.documents[0].references) {
        cite_pairs += ra.cited_by.size();
        superseded += ra.superseded_by != 0;
    }
    const auto derivations = pairs(doc, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity");
    const auto revisions = pairs(doc, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity", true);
    CHECK(derivations.size() == cite_pairs);
    CHECK(revisions.size() == superseded);
    CHECK(superseded == 7);
    CHECK(derivations.count({"cg:d1.c33", "cg:d1.r25"}) == 1);
    CHECK(revisions.count({"cg:d1.r4", "cg:d1.r25"}) == 1);  // the 2020 edition revises the 2018 one

    // Every relation joins entities the document declares.
    for (const char* member : {"hadMember", "wasDerivedFrom"})
        for (const auto& [id, record] : doc[member].items())
            for (const auto& [name, value] : record.items()) {
                if (name == "prov:type") continue;
                const std::string relation = id;  // clang 14: no structured binding inside CAPTURE
                CAPTURE(relation);
                CHECK(doc["entity"].contains(value.get<std::string>()));
            }

    const json& document_entity = doc["entity"]["cg:d1"];
    CHECK(document_entity["prov:type"] ==
          json::array({{{"$", "prov:Collection"}, {"type", "prov:QUALIFIED_NAME"}},
                       {{"$", "cg:Document"}, {"type", "prov:QUALIFIED_NAME"}}}));
    CHECK(document_entity["cg:asOf"] == json({{"$", "2022-07-06"}, {"type", "xsd:date"}}));
    CHECK(document_entity["cg:reportingYear"] == 2021);

    const json& r25 = doc["entity"]["cg:d1.r25"];
    CHECK(r25["cg:number"] == 25);
    CHECK(r25["cg:date"] == json({{"$", "2018-06-28"}, {"type", "xsd:date"}}));
    CHECK(r25["cg:verdict"] == "stale");
    CHECK(r25["cg:staleReason"] == json::array({"superseded by 4", "older than 3y"}));
    const auto index25 = mali_report.c.reference_index(0, 25);
    REQUIRE(index25);
    CHECK(r25["prov:value"] == d.references[*index25].text);

    const json& c33 = doc["entity"]["cg:d1.c33"];
    CHECK(c33["cg:verdict"] == "resting-on-stale");
    CHECK(c33["cg:line"] == 53);
    CHECK(c33["cg:location"] == d.path + ":53");
    CHECK(c33["cg:anachronism"] == false);
}

TEST_CASE("PROV-N states the same entities and relations as PROV-JSON, one statement a line") {
    const analysed_report& mali_report = mali();
    const json doc = prov_json(mali_report.c, mali_report.a);
    const std::string text = provn(mali_report.c, mali_report.a);
    REQUIRE(text.starts_with("document\n  prefix cg <urn:citegraph:>\n"));
    REQUIRE(text.ends_with("\nendDocument\n"));

    std::map<std::string, std::size_t> statements;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line == "document" || line == "endDocument" || line.starts_with("  prefix ")) continue;
        CAPTURE(line);
        REQUIRE(line.starts_with("  "));
        REQUIRE(line.ends_with(")"));
        ++statements[line.substr(2, line.find('(') - 2)];
    }
    CHECK(statements["entity"] == doc["entity"].size());
    CHECK(statements["agent"] == 1);
    CHECK(statements["activity"] == 1);
    CHECK(statements["hadMember"] == doc["hadMember"].size());
    CHECK(statements["wasDerivedFrom"] == doc["wasDerivedFrom"].size());
    CHECK(text.find("\n  wasDerivedFrom(cg:d1.r4, cg:d1.r25, [prov:type='prov:Revision'])\n") != std::string::npos);
    CHECK(text.find("\n  wasDerivedFrom(cg:d1.c33, cg:d1.r25)\n") != std::string::npos);
    CHECK(text.find("cg:date=\"2018-06-28\" %% xsd:date") != std::string::npos);
    CHECK(text.find("\n  activity(cg:assessing, -, -, [prov:type='cg:Assessment', ") != std::string::npos);
    CHECK(text.find("\n  wasGeneratedBy(cg:assessment, cg:assessing, -)\n") != std::string::npos);
    CHECK(text.find("\n  wasAssociatedWith(cg:assessing, cg:citegraph, -)\n") != std::string::npos);
    CHECK(text.find("\n  used(cg:assessing, cg:d1, -)\n") != std::string::npos);
    CHECK(text.find("^^") == std::string::npos);
    CHECK(text.find("cg:number=25,") != std::string::npos);
}

TEST_CASE("PROV-N escapes quotes, backslashes, tabs and line breaks in string literals") {
    const analysed_report report = analyse({escaping_document()});
    const std::string text = provn(report.c, report.a);
    CHECK(text.find(R"(prov:value="He said \"stop\" at C:\\temp\\\nthen left")") != std::string::npos);
    CHECK(text.find(R"(prov:value="Tab\there; quote \" end")") != std::string::npos);
    CHECK(text.find(R"(cg:title="Back\\slash \"title\"")") != std::string::npos);
    CHECK(text.find(R"(cg:path="notes/quote \"test\".md")") != std::string::npos);
    CHECK(text.find("cg:date=\"2016-04\" %% xsd:gYearMonth") != std::string::npos);
    CHECK(text.find("cg:anachronism=\"false\" %% xsd:boolean") != std::string::npos);

    const json doc = prov_json(report.c, report.a);
    CHECK(doc["entity"]["cg:d1.c1"]["prov:value"] == escaping_document().claims[0].text);
    CHECK(doc["entity"]["cg:d1.c1"]["cg:location"] == "notes/quote \"test\".md:3");
}

TEST_CASE("a view keeps only its entities and the relations between them") {
    const analysed_report& mali_report = mali();
    graph_view view;
    view.claims = {"d1:c33"};
    const vertex_filter keep = select_vertices(mali_report.c, mali_report.a, view);
    const json doc = prov_json(mali_report.c, mali_report.a, keep);

    std::set<std::string> entities;
    for (const auto& [id, attributes] : doc["entity"].items()) entities.insert(id);
    CHECK(entities == std::set<std::string>{"cg:d1", "cg:d1.c33", "cg:d1.r25", "cg:assessment"});
    CHECK(pairs(doc, "hadMember", "prov:collection", "prov:entity") ==
          std::multiset<std::pair<std::string, std::string>>{{"cg:d1", "cg:d1.c33"}, {"cg:d1", "cg:d1.r25"}});
    CHECK(pairs(doc, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity") ==
          std::multiset<std::pair<std::string, std::string>>{{"cg:d1.c33", "cg:d1.r25"}});
    CHECK(pairs(doc, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity", true).empty());  // r4 left out

    const std::string text = provn(mali_report.c, mali_report.a, keep);
    CHECK(text.find("cg:d1.r4") == std::string::npos);
}

TEST_CASE("a reference naming a corpus document wasDerivedFrom it, along the chain corpus") {
    const analysed_report chain = provenance_corpus("chain");
    const json doc = prov_json(chain.c, chain.a);
    const auto derivations = pairs(doc, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity");
    // regional-summary (d3) cites the review (d1) by URL; the review cites the survey (d2) by DOI.
    CHECK(derivations.count({"cg:d3.r1", "cg:d1"}) == 1);
    CHECK(derivations.count({"cg:d1.r1", "cg:d2"}) == 1);
    std::size_t to_documents = 0;
    for (const auto& [from, to] : derivations) to_documents += doc["entity"][to]["prov:type"].is_array();
    CHECK(to_documents == 2);
    // No work is named by two references here, so there are no sources.
    CHECK(count_of(doc, "specializationOf") == 0);
    CHECK(provn(chain.c, chain.a).find("\n  wasDerivedFrom(cg:d3.r1, cg:d1)\n") != std::string::npos);
}

TEST_CASE("references of two documents naming one work are specializations of one source") {
    const analysed_report shared = provenance_corpus("shared");
    const json doc = prov_json(shared.c, shared.a);
    std::map<std::string, std::set<std::string>> members;
    for (const auto& [reference, source] : pairs(doc, "specializationOf", "prov:specificEntity", "prov:generalEntity"))
        members[source].insert(reference);
    std::size_t merged = 0;
    for (const source& s : shared.c.links.sources) merged += s.references.size() >= 2;
    REQUIRE(merged == members.size());
    CHECK(merged == 3);  // one work by DOI, one by URL, one by title; the two food-crisis editions stay apart
    std::set<std::set<std::string>> groups;
    for (const auto& [source, refs] : members) {
        const std::string source_id = source;  // clang 14: no structured binding inside CAPTURE
        CAPTURE(source_id);
        CHECK(doc["entity"][source]["prov:type"]["$"] == "cg:Source");
        groups.insert(refs);
    }
    CHECK(groups == std::set<std::set<std::string>>{
                        {"cg:d1.r1", "cg:d2.r1"}, {"cg:d1.r2", "cg:d2.r2"}, {"cg:d1.r4", "cg:d2.r5"}});
    CHECK(count_of(doc, "alternateOf") == 0);  // none of them is a corpus document

    graph_view view;
    view.claims = {"d1:c1"};
    const json narrowed = prov_json(shared.c, shared.a, select_vertices(shared.c, shared.a, view));
    CHECK(pairs(narrowed, "specializationOf", "prov:specificEntity", "prov:generalEntity").size() == 1);
}

TEST_CASE("a source that is a corpus document is an alternateOf it, and each citing reference derives from it") {
    analysed_report report = analyse(cited_by_two());
    report.c.links = link_sources(report.c.documents);
    const json doc = prov_json(report.c, report.a);
    const auto specializations = pairs(doc, "specializationOf", "prov:specificEntity", "prov:generalEntity");
    REQUIRE(specializations.size() == 2);
    const std::string source = specializations.begin()->second;
    CHECK(specializations == std::multiset<std::pair<std::string, std::string>>{{"cg:d2.r1", source}, {"cg:d3.r1", source}});
    CHECK(pairs(doc, "alternateOf", "prov:alternate1", "prov:alternate2") ==
          std::multiset<std::pair<std::string, std::string>>{{source, "cg:d1"}});
    CHECK(doc["entity"][source]["cg:doi"] == "10.5555/delta.2020");
    CHECK(doc["entity"][source]["cg:matchedBy"] == "doi");
    const auto derivations = pairs(doc, "wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity");
    CHECK(derivations.count({"cg:d2.r1", "cg:d1"}) == 1);
    CHECK(derivations.count({"cg:d3.r1", "cg:d1"}) == 1);
    const std::string text = provn(report.c, report.a);
    CHECK(text.find("\n  alternateOf(" + source + ", cg:d1)\n") != std::string::npos);
    CHECK(text.find("\n  specializationOf(cg:d2.r1, " + source + ")\n") != std::string::npos);
}

// The entities and relations are made on every core in parts and runs, each member
// indented apart, then written in order; the whole must still be what nlohmann's dump(2)
// writes for the same document. Seventeen copies of the Mali report give more parts than a
// batch and many relation runs, and the view leaves most parts without an entity.
TEST_CASE("PROV-JSON is laid out exactly as nlohmann's dump(2) lays out the same document") {
    const analysed_report& copies = mali_copies();
    graph_view view;
    view.claims = {"d3:c33", "d11:c40"};
    const analysed_report empty = analyse({});
    for (const auto& [name, c, a, keep] :
         {std::tuple<std::string, const corpus&, const corpus_assessment&, vertex_filter>{"all", copies.c, copies.a, {}},
          {"view", copies.c, copies.a, select_vertices(copies.c, copies.a, view)},
          {"empty", empty.c, empty.a, {}}}) {
        std::ostringstream out;
        write_prov_json(out, c, a, keep);
        const std::string written = out.str();
        const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(written);
        const std::string what = name;  // clang 14: no structured binding inside CAPTURE
        CAPTURE(what);
        CHECK(written == parsed.dump(2) + "\n");
        if (what == "all") CHECK(parsed["hadMember"].size() > 4 * 256);  // several runs of relations
        if (what != "view") continue;
        // The two claims, their documents and the references they cite; the one reference
        // both cite, in every copy, is a source of its own; and the run's assessment.
        std::vector<std::string> entities;
        for (const auto& [id, attributes] : parsed["entity"].items()) entities.push_back(id);
        CHECK(entities == std::vector<std::string>{"cg:d3", "cg:d3.c33", "cg:d3.r25", "cg:d11", "cg:d11.c40", "cg:d11.r3",
                                                   "cg:d11.r25", "cg:s25", "cg:assessment"});
    }
}

// PROV-N is written on every core too: its statements must come in PROV-JSON's order,
// entities as PROV-JSON keys them and relations as it numbers them.
TEST_CASE("PROV-N states entities and relations in PROV-JSON's order across parts and runs") {
    const analysed_report& copies = mali_copies();
    std::ostringstream json_text;
    write_prov_json(json_text, copies.c, copies.a, {});
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(json_text.str());
    std::vector<std::string> json_entities;
    for (const auto& [id, attributes] : doc["entity"].items()) json_entities.push_back(id);
    // Relation N, "_:rN" for N = 1, 2, ..., as PROV-N opens its statement.
    std::map<std::size_t, std::string> json_relations;
    for (const auto& [number, relation] : relations_by_number(doc))
        json_relations[number] = relation.member + "(" + relation.subject + ", " + relation.object;
    std::vector<std::string> provn_entities, provn_relations;
    std::istringstream lines(provn(copies.c, copies.a));
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("  entity(")) {
            provn_entities.push_back(line.substr(9, line.find(',') - 9));
        } else if (line.starts_with("  ") && !line.starts_with("  prefix") && !line.starts_with("  agent(") &&
                   !line.starts_with("  activity(")) {
            const std::size_t second_comma = line.find(',', line.find(',') + 1);
            provn_relations.push_back(line.substr(2, std::min(second_comma, line.size() - 1) - 2));
        }
    }
    CHECK(provn_entities == json_entities);
    REQUIRE(provn_relations.size() == json_relations.size());
    CHECK(provn_relations.size() > 4 * 256);
    for (std::size_t i = 0; i < provn_relations.size(); ++i) {
        CAPTURE(i);
        CHECK(provn_relations[i] == json_relations.at(i + 1));
    }
}

// PROV-JSON makes its relations a part at a time, once per member: "_:rN" must still be the
// Nth relation of the whole list, over documents, sources, documents named by references
// and the run, and through a view.
TEST_CASE("PROV-JSON numbers each relation as the whole list of the reading does") {
    const analysed_report& copies = mali_copies();
    const analysed_report chain = provenance_corpus("chain");
    graph_view view;
    view.claims = {"d3:c33", "d11:c40"};
    for (const auto& [name, c, a, keep] :
         {std::tuple<std::string, const corpus&, const corpus_assessment&, vertex_filter>{"copies", copies.c, copies.a, {}},
          {"view", copies.c, copies.a, select_vertices(copies.c, copies.a, view)},
          {"chain", chain.c, chain.a, {}}}) {
        const std::string what = name;  // clang 14: no structured binding inside CAPTURE
        CAPTURE(what);
        const std::vector<exports_detail::prov_relation> whole =
            exports_detail::build_prov(c, a, keep, [](const exports_detail::prov_entity&) {}).relations;
        std::ostringstream written;
        write_prov_json(written, c, a, keep);
        const std::map<std::size_t, numbered_relation> numbered =
            relations_by_number(nlohmann::ordered_json::parse(written.str()));
        REQUIRE(numbered.size() == whole.size());
        CHECK(numbered.begin()->first == 1);
        CHECK(numbered.rbegin()->first == whole.size());
        std::size_t differing = 0;
        for (std::size_t i = 0; i < whole.size(); ++i)
            differing += numbered.at(i + 1).subject != exports_detail::prov_name(c, whole[i].subject()) ||
                         numbered.at(i + 1).object != exports_detail::prov_name(c, whole[i].object());
        CHECK(differing == 0);
    }
}

TEST_CASE("an empty corpus gives a PROV document with only the run") {
    const analysed_report empty = analyse({});
    const json doc = prov_json(empty.c, empty.a);
    CHECK(doc["prefix"] == json({{"cg", "urn:citegraph:"}}));
    CHECK(doc["entity"].size() == 1);
    CHECK(doc["entity"].contains("cg:assessment"));
    CHECK_FALSE(doc.contains("used"));
    const std::string text = provn(empty.c, empty.a);
    CHECK(text.starts_with("document\n  prefix cg <urn:citegraph:>\n\n  agent(cg:citegraph, [prov:type='prov:SoftwareAgent', "
                           "prov:label=\"citegraph " CITEGRAPH_VERSION "\", cg:version=\"" CITEGRAPH_VERSION "\"])\n"));
    CHECK(text.ends_with("\n  wasGeneratedBy(cg:assessment, cg:assessing, -)\n  wasAssociatedWith(cg:assessing, cg:citegraph, -)\n"
                         "endDocument\n"));
}

TEST_CASE("citegraph export --format prov-json and provn write the chain corpus") {
    const std::string chain = std::string(CITEGRAPH_TEST_DATA) + "/provenance/chain/";
    const std::string inputs = chain + "basin-review.html " + chain + "groundwater-survey.nxml " +
                               chain + "regional-summary.md";
    const command_result as_json = run_citegraph("export --format prov-json " + inputs);
    REQUIRE(as_json.exit == 0);
    const json doc = json::parse(as_json.out);
    CHECK(doc["entity"]["cg:d2"]["cg:published"] == json({{"$", "2021-06-14"}, {"type", "xsd:date"}}));
    CHECK(doc["entity"]["cg:d2.r1"]["cg:verdict"] == "stale");
    CHECK(doc["entity"]["cg:d3"]["cg:url"] == "https://example.org/reports/regional-summary");

    const command_result as_provn = run_citegraph("export --format provn " + inputs);
    REQUIRE(as_provn.exit == 0);
    CHECK(as_provn.out.find("\n  wasDerivedFrom(cg:d2.c1, cg:d2.r1)\n") != std::string::npos);

    const command_result wrong = run_citegraph("export --format prov " + inputs);
    CHECK(wrong.exit == 2);
    CHECK(wrong.err.find("prov-json") != std::string::npos);
}

}  // TEST_SUITE
