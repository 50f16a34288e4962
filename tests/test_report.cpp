// Tests for the HTML report writer: escaping, the Content-Security-Policy, the findings in
// check's order, the embedded graph, and the pieces it is built from.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "analysis_fixtures.hpp"
#include "citegraph/import.hpp"
#include "citegraph/findings.hpp"
#include "exports/html.hpp"
#include "citegraph/report.hpp"
#include "exports/sha256.hpp"
#include "citegraph/stale_analysis.hpp"
#include "test_paths.hpp"

using namespace citegraph;
using namespace citegraph::fixtures;

namespace {

const std::string script_claim = "Children <script>alert(\"claim\")</script> work & rest.";
const std::string img_reference = "Ministry. \"><img src=x onerror=alert(1)> Report. 2017.";

std::string hex(const std::array<std::uint8_t, 32>& digest) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (auto byte : digest) {
        out += digits[byte >> 4];
        out += digits[byte & 15];
    }
    return out;
}

std::string report_of(const corpus& c, const corpus_assessment& a, std::string_view svg = "") {
    std::ostringstream out;
    write_html_report(out, c, a, svg);
    return out.str();
}

// The report read back as XML: the writer serialises HTML as well-formed XML, so pugixml
// sees the tree the browser builds (the browser test checks that side).
pugi::xml_document parse(const std::string& page) {
    pugi::xml_document doc;
    const std::string body = page.substr(page.find('\n') + 1);  // after <!DOCTYPE html>
    REQUIRE(doc.load_string(body.c_str()));
    return doc;
}

std::size_t count(const pugi::xml_document& doc, const char* xpath) { return doc.select_nodes(xpath).size(); }

corpus crafted_corpus() {
    reference stale = make_reference(1, img_reference, make_date(2017));
    stale.urls = {"javascript:alert(1)", "https://example.org/report?a=1&b=2"};
    document d = make_document({make_claim(script_claim, {1}, 3), make_claim("Nothing cites this.", {}, 4)},
                               {stale, make_reference(2, "Ministry. Current report. 2022.", make_date(2022))});
    return build_corpus({std::move(d)});
}

}  // namespace

TEST_SUITE("HTML report") {

TEST_CASE("sha256 gives the FIPS 180-4 digests, across one and two final blocks") {
    using exports_detail::sha256;
    CHECK(hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(hex(sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                     "mnopqrstnopqrstu")) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(hex(sha256(std::string(1000000, 'a'))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(exports_detail::csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
}

TEST_CASE("base64 gives RFC 4648's encodings, padded, of every length") {
    const auto encoded = [](std::string_view bytes) {
        return exports_detail::base64(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    };
    CHECK(encoded("") == "");
    CHECK(encoded("f") == "Zg==");
    CHECK(encoded("fo") == "Zm8=");
    CHECK(encoded("foo") == "Zm9v");
    CHECK(encoded("foob") == "Zm9vYg==");
    CHECK(encoded("fooba") == "Zm9vYmE=");
    CHECK(encoded("foobar") == "Zm9vYmFy");
    CHECK(encoded(std::string("\xff\xfe\x00\x80", 4)) == "//4AgA==");
}

TEST_CASE("document text holding markup shows as text, never as elements") {
    const corpus c = crafted_corpus();
    const std::string page = report_of(c, assess(c, {}));
    CHECK(page.rfind("<!DOCTYPE html>\n<html", 0) == 0);
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("Children &lt;script&gt;alert(\"claim\")&lt;/script&gt; work &amp; rest.") != std::string::npos);
    const pugi::xml_document doc = parse(page);
    CHECK(count(doc, "//script") == 1);
    CHECK(count(doc, "//img") == 0);
    CHECK(count(doc, "//@*[starts-with(name(), 'on')]") == 0);
    bool claim_shown = false, reference_shown = false;
    for (const auto& node : doc.select_nodes("//p[@class='claim-text']")) {
        claim_shown |= node.node().text().as_string() == script_claim;
        reference_shown |= node.node().text().as_string() == img_reference;
    }
    CHECK(claim_shown);
    CHECK(reference_shown);
}

TEST_CASE("only web URLs become links") {
    const corpus c = crafted_corpus();
    const pugi::xml_document doc = parse(report_of(c, assess(c, {})));
    CHECK(count(doc, "//a[@href='https://example.org/report?a=1&b=2']") >= 1);
    CHECK(count(doc, "//a[starts-with(@href, 'javascript:')]") == 0);
}

TEST_CASE("the policy allows exactly the page's own style and script and nothing else") {
    const corpus c = crafted_corpus();
    const pugi::xml_document doc = parse(report_of(c, assess(c, {})));
    const std::string policy = doc.select_node("//meta[@http-equiv='Content-Security-Policy']").node().attribute("content").as_string();
    REQUIRE_FALSE(policy.empty());
    CHECK(policy.rfind("default-src 'none';", 0) == 0);
    const std::string style = doc.select_node("//style").node().text().as_string();
    const std::string script = doc.select_node("//script").node().text().as_string();
    CHECK(policy.find("style-src " + exports_detail::csp_hash(style) + ";") != std::string::npos);
    CHECK(policy.find("script-src " + exports_detail::csp_hash(script) + ";") != std::string::npos);
    CHECK(count(doc, "//*[@src]") == 0);
    CHECK(count(doc, "//link") == 0);
    // The CSP meta comes before anything it governs.
    CHECK(std::string(doc.select_node("//head/*[2]").node().attribute("http-equiv").as_string()) ==
          "Content-Security-Policy");
}

TEST_CASE("the policy line says where the as-of date came from") {
    diagnostics warnings;
    const std::string data = CITEGRAPH_TEST_DATA;
    auto policy_line = [](const corpus& c, const stale_policy& policy) {
        const pugi::xml_document doc = parse(report_of(c, assess(c, policy)));
        return std::string(doc.select_node("//p[contains(@class,'policy')]").node().child_value());
    };
    const corpus duck = build_corpus({import_file(data + "/wikipedia-duck.html", "", warnings)});
    CHECK(policy_line(duck, {}).starts_with("As of 2024-09-21 (the document's own date);"));
    const corpus mali = build_corpus({import_file(data + "/usdol-mali-2021.txt", "", warnings)});
    CHECK(policy_line(mali, {}).starts_with("As of 2022-07-06 (the newest date in its reference list);"));
    stale_policy given;
    given.as_of = make_date(2023, 1, 1);
    CHECK(policy_line(mali, given).starts_with("As of 2023-01-01 (set for this report);"));
}

TEST_CASE("the findings come in check's order, each with its verdict and sections") {
    diagnostics warnings;
    const corpus c = build_corpus({import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings)});
    const corpus_assessment a = assess(c, {});
    const pugi::xml_document doc = parse(report_of(c, a));
    auto expected = ordered_findings(c, a);
    std::erase_if(expected, [](const finding& f) { return f.kind == finding_kind::stale_source; });
    const auto rows = doc.select_nodes("//details[@class='finding']");
    REQUIRE(rows.size() == expected.size());
    REQUIRE(expected.size() > 40);
    std::size_t i = 0;
    for (const auto& row : rows) {
        CAPTURE(i);
        CHECK(std::string(row.node().attribute("data-verdict").as_string()) == expected[i].name());
        CHECK_FALSE(std::string(row.node().attribute("data-sections").as_string()).empty());
        ++i;
    }
    // Every reference has an entry, and every verdict present has a filter option with its count.
    CHECK(count(doc, "//details[@class='reference']") == c.documents[0].references.size());
    const auto resting = std::count_if(expected.begin(), expected.end(),
                                       [](const auto& f) { return f.name() == "resting-on-stale"; });
    CHECK(count(doc, ("//select[@id='filter-verdict']/option[@value='resting-on-stale'][text()='resting-on-stale (" +
                      std::to_string(resting) + ")']").c_str()) == 1);
    CHECK(count(doc, "//select[@id='filter-section']/option") > 2);
    // One mark per dated reference, each linking to its entry.
    std::size_t dated = 0;
    for (const reference& r : c.documents[0].references) dated += r.published.known();
    CHECK(count(doc, "//div[@class='timeline']/svg/a[starts-with(@href, '#ref-d1:r')]") == dated);
}

TEST_CASE("lists longer than what is printed at once keep their order: six reports' findings and references") {
    // Six copies of the Mali report: 750 findings and 480 references, printed on every core
    // a run at a time and written back in order.
    diagnostics warnings;
    std::vector<document> documents;
    for (int copy = 0; copy < 6; ++copy) {
        documents.push_back(import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings));
        documents.back().path = "mali-" + std::to_string(copy) + ".txt";
    }
    const corpus c = build_corpus(std::move(documents));
    const corpus_assessment a = assess(c, {});
    const pugi::xml_document doc = parse(report_of(c, a));
    auto expected = ordered_findings(c, a);
    std::erase_if(expected, [](const finding& f) {
        return f.kind == finding_kind::stale_source && f.name() != "concern-source" && f.name() != "corrected-source";
    });
    const auto rows = doc.select_nodes("//details[@class='finding']");
    REQUIRE(expected.size() > 700);
    REQUIRE(rows.size() == expected.size());
    std::size_t i = 0;
    for (const auto& row : rows) {
        const finding& f = expected[i];
        CAPTURE(i);
        CHECK(std::string(row.node().attribute("data-verdict").as_string()) == f.name());
        const std::string where = row.node().select_node("summary/span[@class='where']").node().text().as_string();
        CHECK(where.rfind(c.documents[f.document].path + ":", 0) == 0);
        ++i;
    }
    std::vector<std::string> anchors;
    for (const auto& entry : doc.select_nodes("//details[@class='reference']"))
        anchors.push_back(entry.node().attribute("id").as_string());
    std::vector<std::string> in_order;
    for (std::size_t d = 0; d < c.documents.size(); ++d)
        for (std::size_t r = 0; r < c.documents[d].references.size(); ++r)
            in_order.push_back("ref-" + c.vertex_id(c.reference_vertex(d, r)));
    REQUIRE(in_order.size() > 400);
    CHECK(anchors == in_order);
}

TEST_CASE("the section filter offers exactly the sections the findings belong to, across documents") {
    // The Mali report, and the three documents of a chain of citing reports: claim findings
    // name their claim's section, a flagged reference those of the claims that cite it.
    diagnostics warnings;
    std::vector<document> documents{import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings)};
    for (const char* name : {"regional-summary.md", "basin-review.html", "groundwater-survey.nxml"})
        documents.push_back(import_file(std::string(CITEGRAPH_TEST_DATA) + "/provenance/chain/" + name, "", warnings));
    const corpus c = build_corpus(std::move(documents));
    const corpus_assessment a = assess(c, {});
    const pugi::xml_document doc = parse(report_of(c, a));
    std::vector<std::string> named;  // every key a finding's data-sections names
    for (const auto& row : doc.select_nodes("//details[@class='finding']")) {
        std::istringstream keys(row.node().attribute("data-sections").as_string());
        for (std::string key; keys >> key;) named.push_back(key);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    std::vector<std::string> offered;
    for (const auto& option : doc.select_nodes("//select[@id='filter-section']/option[@value!='']"))
        offered.push_back(option.node().attribute("value").as_string());
    std::sort(offered.begin(), offered.end());
    REQUIRE(named.size() > 5);
    CHECK(offered == named);
    CHECK(std::any_of(named.begin(), named.end(), [](const std::string& key) { return key.rfind("d1:", 0) != 0; }));
}

TEST_CASE("a section whose only finding is a flagged reference its claim cites is offered in the filter") {
    // "Methods" holds one claim, which cites current sources; one of them is undated, a
    // finding of its own whose sections are those of the claims citing it.
    std::vector<claim_draft> claims = {make_claim("Children work in mines.", {1}, 3),
                                       make_claim("Surveys ran in every district.", {2, 3}, 9)};
    claims[0].section = 1;
    claims[1].section = 2;
    document d = make_document(claims,
                               {make_reference(1, "Old survey. 2010.", make_date(2010)),
                                make_reference(2, "Field notes, no date.", date{}),
                                make_reference(3, "Census. 2021.", make_date(2021))});
    d.sections = {{"", {1, 1}}, {"Findings", {2, 1}}, {"Methods", {8, 1}}};
    const corpus c = build_corpus({d});
    const corpus_assessment a = assess(c, {});
    REQUIRE(a.documents[0].claims[1].verdict == claim_verdict::ok);
    const pugi::xml_document doc = parse(report_of(c, a));
    REQUIRE(count(doc, "//details[@class='finding'][@data-verdict='undated'][@data-sections='d1:s2']") == 1);
    CHECK(count(doc, "//select[@id='filter-section']/option[@value='d1:s1']") == 1);
    CHECK(count(doc, "//select[@id='filter-section']/option[@value='d1:s2']") == 1);
    CHECK(count(doc, "//select[@id='filter-section']/option[@value='d1:s0']") == 0);
}

TEST_CASE("the stale sources come before the findings, ranked by the claims resting on them") {
    diagnostics warnings;
    const corpus c = build_corpus({import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings)});
    const corpus_assessment a = assess(c, {});
    const pugi::xml_document doc = parse(report_of(c, a));
    const auto parts = doc.select_nodes("//main/section/@id");
    std::vector<std::string> order;
    for (const auto& id : parts) order.push_back(id.attribute().value());
    CHECK(order == std::vector<std::string>{"summary", "stale-sources", "timeline", "findings", "graph", "references"});

    const auto rows = doc.select_nodes("//section[@id='stale-sources']/ol/li/details[@class='stale-source']");
    REQUIRE(rows.size() == 41);  // as many as check's stale-source lines
    std::vector<int> claims;
    for (const auto& row : rows) claims.push_back(row.node().attribute("data-claims").as_int());
    CHECK(std::is_sorted(claims.begin(), claims.end(), std::greater<>()));
    // Reference 7, a cable seventeen claims rest on, first; reference 25 next, which names its newer edition.
    CHECK(std::string(rows[0].node().attribute("data-reference").value()) == "d1:r7");
    CHECK(claims[0] == 17);
    const pugi::xml_node second = rows[1].node();
    CHECK(std::string(second.attribute("data-reference").value()) == "d1:r25");
    const pugi::xml_node newer = second.select_node("summary/a[@class='newer']").node();
    CHECK(std::string(newer.text().as_string()) == "4: Trafficking in Persons Report- 2020: Mali");
    CHECK(std::string(newer.attribute("href").value()) == "#ref-d1:r4");
    CHECK(doc.select_node("//details[@class='reference'][@id='ref-d1:r4']"));
    // Collapsed, the row opens to the date and the reason.
    CHECK_FALSE(second.attribute("open"));
    const std::string body = second.select_node("div[@class='body']").node().select_node("dl").node().child_value("dd");
    CHECK(body == "2018-06-28 (published)");
    CHECK(second.select_node("div[@class='body']/dl/dd[text()='stale: superseded by 4; older than 3y']"));
    // The findings below list no stale source, and the summary's stale count leads up here.
    CHECK(count(doc, "//details[@class='finding'][@data-verdict='stale-source']") == 0);
    CHECK(count(doc, "//section[@id='summary']//a[@href='#stale-sources'][text()='41']") == 1);
}

TEST_CASE("a corpus gets a table of documents rather than a card per document") {
    diagnostics warnings;
    std::vector<document> docs;
    for (const char* name : {"/usdol-mali-2021.txt", "/jats-plosone-2020-dairy-lca.nxml", "/wikipedia-duck.html"})
        docs.push_back(import_file(std::string(CITEGRAPH_TEST_DATA) + name, "", warnings));
    const corpus c = build_corpus(std::move(docs));
    const corpus_assessment a = assess(c, {});
    const pugi::xml_document doc = parse(report_of(c, a));
    CHECK(count(doc, "//section[@id='summary']//div[@class='card']") == 0);
    const auto rows = doc.select_nodes("//table[@class='documents']/tbody/tr");
    REQUIRE(rows.size() == 3);
    std::vector<std::string> cells;
    for (const auto& td : rows[0].node().select_nodes("td")) cells.push_back(td.node().text().as_string());
    // Title, path, as of, policy, claims, resting-on-stale, partly-stale, dangling, uncited,
    // anachronism, references, stale, undated, unverifiable, draft: what check counts.
    REQUIRE(cells.size() == 15);
    CHECK(cells[1] == std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt");
    CHECK(std::vector<std::string>(cells.begin() + 2, cells.end()) ==
          std::vector<std::string>{"2022-07-06", "report", "223", "10", "43", "0", "35", "0", "80", "", "0", "35", "2"});
    CHECK(std::string(rows[0].node().select_node("td[12]/a").node().text().as_string()) == "41");
    CHECK(std::string(rows[0].node().select_node("td[12]/a").node().attribute("href").value()) == "#stale-sources");
    for (const auto& row : rows) {
        const std::string id = row.node().attribute("data-document").value();
        const std::size_t i = std::stoul(id.substr(1)) - 1;
        CAPTURE(id);
        CHECK(std::string(row.node().select_node("td[5]").node().text().as_string()) ==
              std::to_string(c.documents[i].claims.size()));
        CHECK(std::string(row.node().select_node("td[11]").node().text().as_string()) ==
              std::to_string(c.documents[i].references.size()));
    }
    // The total row adds the columns up.
    const auto total = doc.select_nodes("//table[@class='documents']/tfoot/tr/th");
    REQUIRE(total.size() == 12);
    CHECK(std::string(total[0].node().text().as_string()) == "All 3 documents");
    CHECK(total[1].node().text().as_int() ==
          static_cast<int>(c.documents[0].claims.size() + c.documents[1].claims.size() + c.documents[2].claims.size()));
    // The stale sources of every document, ranked together.
    const auto stale = doc.select_nodes("//details[@class='stale-source']");
    int previous = 1 << 30;
    std::size_t expected = 0;
    for (const auto& da : a.documents)
        for (const auto& ra : da.references) expected += counts_as_stale(ra);
    CHECK(stale.size() == expected);
    for (const auto& row : stale) {
        CHECK(row.node().attribute("data-claims").as_int() <= previous);
        previous = row.node().attribute("data-claims").as_int();
    }
}

TEST_CASE("the graph SVG is embedded without scripts or event handlers") {
    const corpus c = crafted_corpus();
    const corpus_assessment a = assess(c, {});
    const std::string svg = R"svg(<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">)svg"
                            R"svg(<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>)svg"
                            R"svg(<g id="node1" class="node" onclick="alert(3)"><title>a &lt;b&gt;</title></g></svg>)svg";
    const pugi::xml_document doc = parse(report_of(c, a, svg));
    CHECK(count(doc, "//div[@class='graph']/svg/g[@class='node']") == 1);
    CHECK(count(doc, "//script") == 1);
    CHECK(count(doc, "//@onload") + count(doc, "//@onclick") == 0);
    CHECK(std::string(doc.select_node("//div[@class='graph']/svg/g/title").node().text().as_string()) == "a <b>");
    CHECK_THROWS_AS(report_of(c, a, "<svg><g></svg>"), std::invalid_argument);
    CHECK_THROWS_AS(report_of(c, a, "<html/>"), std::invalid_argument);
    const std::string note = parse(report_of(c, a)).select_node("//section[@id='graph']/p[@class='note']").node().text().as_string();
    CHECK(note == "The graph of stale paths was not drawn.");
}

TEST_CASE("a document with nothing to report still gives a page that says so") {
    const corpus c = build_corpus({make_document({make_claim("Fine.", {1})}, {make_reference(1, "New. 2022.", make_date(2022))})});
    const pugi::xml_document doc = parse(report_of(c, assess(c, {})));
    CHECK(count(doc, "//details[@class='finding']") == 0);
    CHECK(std::string(doc.select_node("//div[@id='finding-list']/p").node().text().as_string()).find("No findings") == 0);
    CHECK(std::string(doc.select_node("//section[@id='graph']/p[@class='note']").node().text().as_string()).find("No claim rests") == 0);
    const corpus empty = build_corpus({});
    CHECK(parse(report_of(empty, assess(empty, {}))).select_node("//section[@id='summary']/p[@class='note']"));
}

TEST_CASE("empty elements keep their closing tag, void elements do not get one") {
    pugi::xml_document page;
    auto root = exports_detail::html::element(page, "html");
    exports_detail::html::element(root, "div", {{"id", "x"}});
    exports_detail::html::element(root, "input", {{"type", "search"}});
    std::ostringstream out;
    exports_detail::html::save(out, page);
    CHECK(out.str() == "<!DOCTYPE html>\n<html><div id=\"x\"></div><input type=\"search\"/></html>\n");
    CHECK_THROWS_AS(exports_detail::html::raw_text_element(root, "script", "if (a < b) go();"), std::invalid_argument);
}

TEST_CASE("a streamed page writes each deferred list where it held its place, as one tree would") {
    namespace html = exports_detail::html;
    // Items with hostile text, empty elements and a void one; an empty list between two lists.
    const std::vector<std::string> texts{script_claim, img_reference, "<!--citegraph-deferred-list-1-->"};
    const auto item = [&](pugi::xml_node parent, std::size_t i) {
        pugi::xml_node row = html::element(parent, "details", {{"data-text", texts[i]}});
        html::element(row, "summary", texts[i], {});
        html::element(row, "div", {{"class", "body"}});
        html::element(row, "br");
    };
    pugi::xml_document whole;
    html::streamed_page streamed;
    for (pugi::xml_node root : {html::element(whole, "html"), html::element(streamed.document(), "html")}) {
        html::element(root, "h2", "Findings", {});
        html::element(root, "div", {{"id", "list"}});
        html::element(root, "div", {{"id", "empty"}});
        html::element(root, "p", "between", {});
    }
    pugi::xml_node list = whole.child("html").find_child_by_attribute("id", "list");
    for (std::size_t i = 0; i < texts.size(); ++i) item(list, i);
    streamed.defer(streamed.document().child("html").find_child_by_attribute("id", "list"), texts.size(), item);
    streamed.defer(streamed.document().child("html").find_child_by_attribute("id", "empty"), 0, item);
    streamed.defer(streamed.document().child("html"), 2, item);
    for (std::size_t i = 0; i < 2; ++i) item(whole.child("html"), i);

    std::ostringstream expected, written;
    html::save(expected, whole);
    streamed.save(written);
    CHECK(written.str() == expected.str());
    CHECK(written.str().find("<div id=\"empty\"></div>") != std::string::npos);
    CHECK(written.str().find("&lt;script&gt;") != std::string::npos);
    CHECK(written.str().find("<!--") == std::string::npos);
}

TEST_CASE("a report for an assessment of another corpus is refused") {
    const corpus c = crafted_corpus();
    CHECK_THROWS_AS(report_of(c, corpus_assessment{}), std::invalid_argument);
}

}
