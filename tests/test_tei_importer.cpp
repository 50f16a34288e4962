// Tests of the GROBID TEI importer: the GROBID 0.8.1 output for De Marchis et al. 2016
// (tests/data/tei-grobid-jner-2016-fes.tei.xml) with exact expectations, then a small
// snippet for each trap.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "command.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/xml_input.hpp"
#include "importers/tei/callouts.hpp"
#include "importers/tei/import_tei.hpp"
#include "importers/tei/tei_nodes.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

const std::string corpus_file = std::string(CITEGRAPH_TEST_DATA) + "/tei-grobid-jner-2016-fes.tei.xml";

document import_quietly(const std::string& path) {
    diagnostics warnings;
    return import_file(path, "", warnings);
}

const document& corpus() {
    static const document doc = import_quietly(corpus_file);
    return doc;
}

document read(std::string_view tei, diagnostics& warnings) {
    return import_tei(tei, import_options{"snippet.tei"}, warnings);
}

document read(std::string_view tei) {
    diagnostics warnings;
    return read(tei, warnings);
}

// A TEI document holding body (the content of <body>) and list (the <biblStruct>s).
std::string tei(std::string_view body, std::string_view list) {
    return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
           "<title>T</title></titleStmt></fileDesc></teiHeader><text><body>" +
           std::string(body) + "</body><back><div type=\"references\"><listBibl>" +
           std::string(list) + "</listBibl></div></back></text></TEI>";
}

// n entries b0 … b(n-1), each a journal article of 2010 + i.
std::string entries(int n) {
    std::string list;
    for (int i = 0; i < n; ++i)
        list += "<biblStruct xml:id=\"b" + std::to_string(i) + "\"><analytic><title level=\"a\">Work " +
                std::to_string(i) + "</title></analytic><monogr><title level=\"j\">J</title><imprint>"
                "<date type=\"published\" when=\"" + std::to_string(2010 + i) +
                "\"/></imprint></monogr></biblStruct>";
    return list;
}

std::optional<claim> claim_starting(const document& doc, std::string_view start) {
    for (const claim& c : doc.claims)
        if (c.text.starts_with(start)) return c;
    return std::nullopt;
}

const reference* reference_with_id(const document& doc, std::string_view id) {
    for (const reference& r : doc.references)
        if (r.extra->id == id) return &r;
    return nullptr;
}

std::string joined_warnings(const diagnostics& warnings) {
    std::string all;
    for (const diagnostic& d : warnings.items()) all += format_warning(d) + "\n";
    return all;
}

// An excerpt (header, 8 paragraphs, the whole list): see tests/data/SOURCES.md.
const std::string aem_file = std::string(CITEGRAPH_TEST_DATA) + "/tei/grobid-aem-2011-crenarchaeota.tei.xml";

const document& aem() {
    static const document doc = import_quietly(aem_file);
    return doc;
}

std::optional<claim> claim_holding(const document& doc, std::string_view part) {
    for (const claim& c : doc.claims)
        if (c.text.find(part) != std::string::npos) return c;
    return std::nullopt;
}

const reference* reference_numbered(const document& doc, int number) {
    for (const reference& r : doc.references)
        if (r.number == number) return &r;
    return nullptr;
}

}  // namespace

TEST_SUITE("TEI importer") {

TEST_CASE("the GROBID file imports its 49 references numbered as printed, b0 to b48 as 1 to 49") {
    diagnostics warnings;
    const document doc = import_file(corpus_file, "", warnings);
    CHECK(warnings.empty());
    CAPTURE(joined_warnings(warnings));
    CHECK(doc.format == "tei");
    CHECK(doc.style == citation_style::numbered);
    REQUIRE(doc.references.size() == 49);
    for (std::size_t i = 0; i < doc.references.size(); ++i) {
        CAPTURE(i);
        CHECK(doc.references[i].extra->id == "b" + std::to_string(i));
        CHECK(doc.references[i].number == static_cast<int>(i) + 1);
    }
}

TEST_CASE("the GROBID file's title, DOI and publication date come from its header") {
    const document& doc = corpus();
    CHECK(doc.title ==
          "Multi-contact functional electrical stimulation for hand opening: electrophysiologically "
          "driven identification of the optimal stimulation site");
    CHECK(doc.doi == "10.1186/s12984-016-0129-6");
    CHECK(doc.published == make_date(2016, 3, 8));
    CHECK(doc.as_of == make_date(2016, 3, 8));
}

TEST_CASE("the GROBID file's reference texts, dates and DOIs are read from the biblStructs") {
    const document& doc = corpus();
    const reference* quandt = reference_with_id(doc, "b0");
    REQUIRE(quandt != nullptr);
    CHECK(quandt->text ==
          "Quandt F, Hummel FC. The influence of functional electrical stimulation on hand motor "
          "recovery in stroke patients: a review. Exp Translational Stroke Med. 2014;6:9. "
          "doi:10.1186/2040-7378-6-9");
    CHECK(quandt->doi == "10.1186/2040-7378-6-9");
    CHECK(quandt->published == make_date(2014));
    CHECK(quandt->role == date_role::published);
    // The <analytic> title, not the journal of <monogr>.
    CHECK(quandt->title ==
          "The influence of functional electrical stimulation on hand motor recovery in stroke patients: a review");

    const reference* linden = reference_with_id(doc, "b2");
    REQUIRE(linden != nullptr);
    CHECK(linden->number == 3);
    CHECK(linden->doi == "10.1371/journal.pone.0103368");

    // Pages 1534-4320 are no year: the tagged date is.
    const reference* sampson = reference_with_id(doc, "b3");
    REQUIRE(sampson != nullptr);
    CHECK(sampson->text.ends_with("IEEE Transactions on. 2015;4(2):1534-4320"));
    CHECK(sampson->published == make_date(2015));

    const reference* eurocon = reference_with_id(doc, "b19");
    REQUIRE(eurocon != nullptr);
    CHECK(eurocon->number == 20);
    CHECK(eurocon->text ==
          "Popovic LZ, Malesevic NM, Popovic MB. Optimization of multi-pad surface electrode: "
          "Selective stimulation of wrist. In: EUROCON 2009, EUROCON'09. New York City: IEEE. "
          "2009. p. 142-145");
    CHECK(eurocon->published == make_date(2009));

    const auto with_doi = std::count_if(doc.references.begin(), doc.references.end(),
                                        [](const reference& r) { return !r.doi.empty(); });
    CHECK(with_doi == 2);
    CHECK(std::all_of(doc.references.begin(), doc.references.end(),
                      [](const reference& r) { return r.published.precision == date_precision::year; }));
}

TEST_CASE("the GROBID file's 57 callouts print as 34 groups") {
    // Each <p> read as the importer reads it: text, and callouts written by the callout
    // reader; settling merges "[3," "4]" and GROBID's expanded "[10][11][12][13][14]".
    const std::string bytes = testing::slurp(corpus_file);
    const xml_input input(bytes, corpus_file);
    diagnostics warnings;
    tei_import::callout_numbers callouts(input, 49, warnings);
    std::vector<std::string> ids;
    for (int i = 0; i < 49; ++i) ids.push_back("b" + std::to_string(i));
    callouts.number_entries(ids, std::vector<location>(ids.size()));
    std::size_t refs = 0;
    std::size_t groups = 0;
    std::vector<std::vector<int>> printed;
    std::vector<pugi::xml_node> pending{input.root()};
    while (!pending.empty()) {
        pugi::xml_node node = pending.back();
        pending.pop_back();
        for (pugi::xml_node child : node.children()) pending.push_back(child);
        if (!is_element(node, "p")) continue;
        cited_text paragraph;
        for (pugi::xml_node child : node.children()) {
            if (tei_import::is_bibliographic_ref(child)) {
                ++refs;
                callouts.write(child, paragraph);
            } else {
                paragraph.append(folded_text(child) + child.value(), {});
            }
        }
        const cited_text settled = paragraph.settle();
        for (const callout& c : settled.callouts()) {
            ++groups;
            printed.push_back(c.numbers);
        }
    }
    CHECK(warnings.empty());
    CHECK(refs == 57);
    CHECK(groups == 34);
    CHECK(std::count(printed.begin(), printed.end(), std::vector<int>{3, 4}) == 1);
    CHECK(std::count(printed.begin(), printed.end(), std::vector<int>{10, 11, 12, 13, 14}) == 1);
    CHECK(std::count(printed.begin(), printed.end(), std::vector<int>{20, 21, 22, 23, 24, 25}) == 1);
    CHECK(std::count(printed.begin(), printed.end(), std::vector<int>{26, 34, 35}) == 1);
}

TEST_CASE("the GROBID file's split \"[3,\" \"4]\" and expanded \"[10–14]\" cite for their clauses") {
    const document& doc = corpus();
    // "… such as stroke [1], tremor [2], multiple sclerosis [3, 4] or spinal cord injury [5]
    // for both the upper and lower extremity [6].": each callout closes its clause.
    const std::optional<claim> disorders = claim_starting(doc, "A number of studies have shown");
    REQUIRE(disorders.has_value());
    CHECK(disorders->text ==
          "A number of studies have shown the effectiveness of FES for improving muscle function in "
          "different central nervous system (CNS) disorders such as stroke");
    CHECK(disorders->cites == std::vector<int>{1});
    CHECK(doc.sections[disorders->section].title == "Background");
    const std::optional<claim> sclerosis = claim_starting(doc, "multiple sclerosis");
    REQUIRE(sclerosis.has_value());
    CHECK(sclerosis->text == "multiple sclerosis");
    CHECK(sclerosis->cites == std::vector<int>{3, 4});
    const std::optional<claim> extremity = claim_starting(doc, "for both the upper and lower extremity");
    REQUIRE(extremity.has_value());
    CHECK(extremity->text == "for both the upper and lower extremity.");
    CHECK(extremity->cites == std::vector<int>{6});

    const std::optional<claim> therapy = claim_starting(doc, "In this context, FES might enhance");
    REQUIRE(therapy.has_value());
    CHECK(therapy->text ==
          "In this context, FES might enhance hand functionality when physical therapy alone is ineffective.");
    CHECK(therapy->cites == std::vector<int>{10, 11, 12, 13, 14});
}

TEST_CASE("the GROBID file's sections: abstract, body heads, figure captions, back matter") {
    const document& doc = corpus();
    std::vector<std::string> titles;
    for (const section& s : doc.sections) titles.push_back(s.title);
    REQUIRE(titles.size() == 24);
    CHECK(titles[0] == "");
    CHECK(titles[1] == "Abstract");
    CHECK(titles[2] == "Background");
    CHECK(titles[19] == "Conclusions");
    CHECK(titles[20] == "Fig. 1");
    CHECK(titles[21] == "Fig. 3");
    CHECK(titles[22] == "Acknowledgements");
    CHECK(titles[23] == "Competing interests");
    const std::optional<claim> caption = claim_starting(doc, "Fig. 3 Finger extension movements");
    REQUIRE(caption.has_value());
    CHECK(caption->section == 21);
    const std::optional<claim> abstract = claim_starting(doc, "Background: Functional Electrical Stimulation");
    REQUIRE(abstract.has_value());
    CHECK(abstract->section == 1);
    CHECK(abstract->where.line == 130);
    CHECK(abstract->where.column == 45);
    // Every number a claim cites is in the list; every reference is cited.
    std::vector<int> cited;
    for (const claim& c : doc.claims) cited.insert(cited.end(), c.cites.begin(), c.cites.end());
    std::sort(cited.begin(), cited.end());
    cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    CHECK(cited.size() == 49);
    CHECK(cited.front() == 1);
    CHECK(cited.back() == 49);
}

TEST_CASE("without <s>, citegraph splits the paragraph into sentences") {
    const document doc = read(tei(
        "<div><head n=\"2.1\">Methods</head><p>First finding <ref type=\"bibr\" target=\"#b0\">[1]</ref>. "
        "Second finding without a source. Third finding <ref type=\"bibr\" target=\"#b1\">[2]</ref>.</p></div>",
        entries(2)));
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].text == "First finding.");
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.claims[1].cites.empty());
    CHECK(doc.claims[2].cites == std::vector<int>{2});
    CHECK(doc.sections[doc.claims[0].section].title == "2.1 Methods");
}

TEST_CASE("a range printed in one callout or split over two cites every number in it") {
    const document doc = read(tei(
        "<p>One callout <ref type=\"bibr\" target=\"#b0\">[1\xE2\x80\x93" "3]</ref>. "
        "Split callouts <ref type=\"bibr\" target=\"#b2\">[3-</ref><ref type=\"bibr\" target=\"#b4\">5]</ref>. "
        "Superscripts<ref type=\"bibr\" target=\"#b0\">1,2</ref>.</p>",
        entries(5)));
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].text == "One callout.");
    CHECK(doc.claims[0].cites == std::vector<int>{1, 2, 3});
    CHECK(doc.claims[1].text == "Split callouts.");
    CHECK(doc.claims[1].cites == std::vector<int>{3, 4, 5});
    CHECK(doc.claims[2].cites == std::vector<int>{1, 2});
    CHECK(std::all_of(doc.references.begin(), doc.references.end(),
                      [&](const reference& r) { return r.number == std::stoi(r.extra->id.substr(1)) + 1; }));
}

TEST_CASE("with <s>, GROBID's sentences are the claims") {
    const document doc = read(tei(
        "<div><p><s>Results were clear. Really clear <ref type=\"bibr\" target=\"#b0\">[1]</ref>.</s>"
        "<s>Then the U.S. data <ref type=\"bibr\" target=\"#b1\">[2]</ref>.</s>"
        "<s><ref type=\"bibr\" target=\"#b2\">[3]</ref></s></p></div>",
        entries(3)));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Results were clear. Really clear.");
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.claims[1].text == "Then the U.S. data.");
    // A sentence of callouts alone supports the sentence before it.
    CHECK(doc.claims[1].cites == std::vector<int>{2, 3});
}

TEST_CASE("a callout without a target cites its printed number when the list has it") {
    diagnostics warnings;
    const std::string input =
        tei("<p>Known <ref type=\"bibr\">[2]</ref>. Unknown <ref type=\"bibr\">[7]</ref>.</p>", entries(2));
    const document doc = read(input, warnings);
    const std::size_t column = input.find("<ref type=\"bibr\">[7]") + 1;
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].cites == std::vector<int>{2});
    CHECK(doc.claims[1].text == "Unknown [7].");
    CHECK(doc.claims[1].cites.empty());
    REQUIRE(warnings.items().size() == 1);
    CHECK(format_warning(warnings.items()[0]) ==
          "snippet.tei:1:" + std::to_string(column) + ": warning: callout '[7]' names no entry of the reference list");
}

TEST_CASE("printed numbers, not list order, number the entries, disagreements are warned") {
    diagnostics warnings;
    // The list is out of printed order, ids say nothing of numbers, one callout disagrees.
    const std::string list =
        "<biblStruct xml:id=\"x\"><monogr><title level=\"m\">Second</title></monogr></biblStruct>"
        "<biblStruct xml:id=\"y\"><monogr><title level=\"m\">First</title></monogr></biblStruct>"
        "<biblStruct xml:id=\"z\"><monogr><title level=\"m\">Never cited</title></monogr></biblStruct>";
    const document doc = read(tei("<p>Alpha <ref type=\"bibr\" target=\"#y\">[1]</ref>. "
                                  "Beta <ref type=\"bibr\" target=\"#x\">[2]</ref>. "
                                  "Gamma <ref type=\"bibr\" target=\"#x\">[2]</ref>. "
                                  "Delta <ref type=\"bibr\" target=\"#x\">[4]</ref>.</p>",
                                  list),
                              warnings);
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].number == 2);
    CHECK(doc.references[1].number == 1);
    // Uncited and last: the number after its predecessor's is taken, so it takes the one
    // past the highest.
    CHECK(doc.references[2].number == 3);
    REQUIRE(doc.claims.size() == 4);
    // No entry is printed 4: the callout cites what its target is printed as.
    CHECK(doc.claims[3].cites == std::vector<int>{2});
    const std::string said = joined_warnings(warnings);
    CHECK(said.find("callout prints 4 but points to #x, which other callouts print as 2") != std::string::npos);
    CHECK(said.find("callout '[4]' prints no number of the reference list; citing its target") != std::string::npos);
    CHECK(warnings.items().size() == 2);
}

TEST_CASE("author-year callouts keep their text, cite by target and number by list order") {
    const document doc = read(tei("<p>As shown (<ref type=\"bibr\" target=\"#b1\">Smith et al., 2019</ref>; "
                                  "<ref type=\"bibr\" target=\"#b0\">Jones, 2012</ref>), it holds.</p>",
                                  entries(2)));
    CHECK(doc.style == citation_style::author_year);
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "As shown (Smith et al., 2019; Jones, 2012), it holds.");
    CHECK(doc.claims[0].cites == std::vector<int>{2, 1});
    CHECK(doc.references[0].number == 1);
    CHECK(doc.references[1].number == 2);
}

TEST_CASE("a tagged date keeps its precision: year, month or day") {
    const std::string list =
        "<biblStruct xml:id=\"b0\"><monogr><title level=\"j\">J</title><imprint>"
        "<date type=\"published\" when=\"2016-03\">March 2016</date></imprint></monogr></biblStruct>"
        "<biblStruct xml:id=\"b1\"><monogr><title level=\"j\">J</title><imprint>"
        "<date type=\"published\" when=\"2016-03-08\">8 March 2016</date></imprint></monogr></biblStruct>"
        "<biblStruct xml:id=\"b2\"><monogr><title level=\"j\">J</title><imprint>"
        "<date type=\"published\" when=\"2014\">2014</date><biblScope unit=\"volume\">2013</biblScope>"
        "</imprint></monogr></biblStruct>";
    const document doc = read(tei("", list));
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].published == make_date(2016, 3));
    CHECK(doc.references[0].published.precision == date_precision::month);
    CHECK(doc.references[0].text == "J. March 2016");
    CHECK(doc.references[1].published == make_date(2016, 3, 8));
    CHECK(doc.references[2].published == make_date(2014));
    CHECK(doc.references[2].dates == std::vector<role_date>{{make_date(2014), date_role::published}});
    // No date of its own: the newest reference date is the as-of date.
    CHECK(!doc.published.known());
    CHECK(doc.as_of == make_date(2016, 3, 8));
}

TEST_CASE("GROBID's raw reference text is preferred to the rebuilt one, links and DOI are tagged") {
    const std::string list =
        "<biblStruct xml:id=\"b0\"><analytic><title level=\"a\">Rebuilt title</title>"
        "<idno type=\"DOI\">https://doi.org/10.1000/ABC.1</idno></analytic>"
        "<monogr><title level=\"j\">J</title><imprint><date when=\"2019\"/></imprint></monogr>"
        "<ptr target=\"https://example.org/paper\"/><ptr target=\"ftp://example.org/x\"/>"
        "<note type=\"raw_reference\">Doe J. The paper as printed. J. 2019 Jun 3;5:1-9.</note>"
        "</biblStruct>";
    const document doc = read(tei("", list));
    REQUIRE(doc.references.size() == 1);
    const reference& r = doc.references[0];
    CHECK(r.text == "Doe J. The paper as printed. J. 2019 Jun 3;5:1-9.");
    CHECK(r.doi == "10.1000/abc.1");
    CHECK(r.urls == std::vector<std::string>{"https://example.org/paper"});
    CHECK(r.published.year == 2019);
}

TEST_CASE("prefixed TEI names read like unprefixed ones") {
    const document doc = read(
        "<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\"><tei:text><tei:body><tei:div>"
        "<tei:head>Intro</tei:head><tei:p>Seen before <tei:ref type=\"bibr\" target=\"#b0\">[1]</tei:ref>."
        "</tei:p></tei:div></tei:body><tei:back><tei:listBibl><tei:biblStruct xml:id=\"b0\"><tei:monogr>"
        "<tei:title level=\"m\">Book</tei:title><tei:imprint><tei:date when=\"2001\"/></tei:imprint>"
        "</tei:monogr></tei:biblStruct></tei:listBibl></tei:back></tei:text></tei:TEI>");
    REQUIRE(doc.references.size() == 1);
    CHECK(doc.references[0].published == make_date(2001));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.sections[doc.claims[0].section].title == "Intro");
}

TEST_CASE("table cells holding callouts are claims with row and column, formulas are skipped") {
    const document doc = read(tei(
        "<div><head>Results</head><formula>x ¼ 2<label>(1)</label></formula>"
        "<figure type=\"table\"><head>Table 1</head><label>1</label><figDesc>Table 1 Studies</figDesc>"
        "<table><row><cell>Method</cell><cell cols=\"2\">Accuracy</cell></row>"
        "<row><cell>Arrays</cell><cell>92% <ref type=\"bibr\" target=\"#b0\">[1]</ref></cell><cell>n/a</cell></row>"
        "<row><cell>Pairs <ref type=\"bibr\" target=\"#b1\">[2]</ref></cell><cell>80%</cell>"
        "<cell>71% <ref type=\"bibr\" target=\"#b1\">[2]</ref></cell></row></table></figure></div>",
        entries(2)));
    std::vector<std::string> texts;
    for (const claim& c : doc.claims) texts.emplace_back(c.text);
    REQUIRE(texts.size() == 4);
    CHECK(texts[0] == "Table 1 Studies");
    CHECK(texts[1] == "Arrays \xE2\x80\x94 Accuracy: 92%");
    CHECK(doc.claims[1].in_table);
    CHECK(doc.claims[1].cites == std::vector<int>{1});
    CHECK(texts[2] == "Method: Pairs");
    CHECK(texts[3] == "Pairs \xE2\x80\x94 Accuracy: 71%");
    CHECK(doc.sections[doc.claims[1].section].title == "Table 1");
}

TEST_CASE("a .tei.xml file is read as TEI by its root element, a .tei file by its extension") {
    testing::scratch_dir dir;
    const std::string body = tei("<p>Shown <ref type=\"bibr\" target=\"#b0\">[1]</ref>.</p>", entries(1));
    for (const char* name : {"paper.tei.xml", "paper.tei"}) {
        CAPTURE(name);
        const auto path = dir.path / name;
        std::ofstream(path, std::ios::binary) << body;
        diagnostics warnings;
        const document doc = import_file(path.string(), "", warnings);
        CHECK(doc.format == "tei");
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].cites == std::vector<int>{1});
    }
}

TEST_CASE("a year printed alone in an author-year callout is no reference number") {
    diagnostics warnings;
    const document doc = read(tei("<p>Smith (<ref type=\"bibr\" target=\"#b1\">2019</ref>) and Jones "
                                  "(<ref type=\"bibr\" target=\"#b0\">2012</ref>) agree"
                                  "<ref type=\"foot\">1</ref>.</p>",
                                  entries(2)),
                              warnings);
    CHECK(warnings.empty());
    CHECK(doc.style == citation_style::author_year);
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Smith (2019) and Jones (2012) agree.");
    CHECK(doc.claims[0].cites == std::vector<int>{2, 1});
}

TEST_CASE("a root that is not <TEI> is refused where it stands") {
    CHECK_THROWS_WITH_AS(read("<?xml version=\"1.0\"?>\n  <article><body/></article>"),
                         "snippet.tei:2:3: error: not a TEI document: the root element is <article>, not <TEI>",
                         input_error);
    CHECK_THROWS_WITH_AS(read("<TEI><text>"), doctest::Contains("snippet.tei:1:"), input_error);
}

TEST_CASE("a biblStruct's container gives its kind: a journal's article, a book") {
    diagnostics warnings;
    const document doc = import_file(corpus_file, "", warnings);
    const auto articles = std::count_if(doc.references.begin(), doc.references.end(),
                                        [](const reference& r) { return r.kind == reference_kind::article; });
    const auto books = std::count_if(doc.references.begin(), doc.references.end(),
                                     [](const reference& r) { return r.kind == reference_kind::book; });
    CHECK(articles == 48);
    CHECK(books == 1);
    const document snippet = read(
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><back><listBibl>"
        "<biblStruct xml:id=\"b0\"><monogr><title level=\"m\">Modern Cosmology</title>"
        "<imprint><date when=\"2003\"/></imprint></monogr></biblStruct>"
        "<biblStruct xml:id=\"b1\"><analytic><title>A law</title></analytic><monogr><title level=\"j\">Gazette</title>"
        "<imprint><date when=\"2010\"/></imprint></monogr><note type=\"raw_reference\">Law No. 2010-12 on labour, "
        "Enacted: 2010. Gazette.</note></biblStruct>"
        "</listBibl></back></text></TEI>");
    REQUIRE(snippet.references.size() == 2);
    CHECK(snippet.references[0].kind == reference_kind::book);
    CHECK(snippet.references[1].kind == reference_kind::legislation);  // the text knows better
}

TEST_CASE("the AEM file's running header, which GROBID made entry b67, is no reference") {
    const document& doc = aem();
    CHECK(doc.references.size() == 67);
    CHECK(reference_with_id(doc, "b67") == nullptr);
    // The entry GROBID split in two keeps its second half: it names a work, if headless.
    CHECK(reference_with_id(doc, "b57") != nullptr);
}

TEST_CASE("the AEM file's entries no tagged callout names keep the numbers they are printed with") {
    const document& doc = aem();
    // b18, b37, b49, b54 sit between entries printed 17 and 19, 35 and 37, 46 and 48, 51 and
    // 53. Beside the 63 numbered entries, "34a" (b35) and "44a" (b46), the second half of an
    // entry GROBID split (b57) and one more with no room between its neighbours (b7, between
    // 7 and 8) take 64 to 67, no number another entry is printed with.
    const std::pair<std::string_view, int> numbered[] = {{"b18", 18}, {"b37", 36}, {"b49", 47}, {"b54", 52},
                                                         {"b7", 64},  {"b35", 65}, {"b46", 66}, {"b57", 67}};
    for (const auto& entry : numbered) {
        CAPTURE(entry.first);
        const reference* r = reference_with_id(doc, entry.first);
        REQUIRE(r != nullptr);
        CHECK(r->number == entry.second);
    }
    std::vector<int> numbers;
    for (const reference& r : doc.references) numbers.push_back(r.number);
    std::sort(numbers.begin(), numbers.end());
    CHECK(std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end());
}

TEST_CASE("the AEM file's callouts GROBID left untagged cite the entries printed with their numbers") {
    const document& doc = aem();
    const std::optional<claim> spacer = claim_holding(doc, "internal transcribed spacer region");
    REQUIRE(spacer.has_value());
    CHECK(spacer->text.find("(18)") == std::string::npos);
    CHECK(spacer->text.find("(5, 21, 48)") == std::string::npos);
    CHECK(spacer->cites == std::vector<int>{18});
    const std::optional<claim> amoa = claim_starting(doc, "and the amoA");
    REQUIRE(amoa.has_value());
    CHECK(amoa->cites == std::vector<int>{5, 21, 48});
    // Each untagged callout names the work the sentence speaks of.
    const std::pair<std::string_view, std::string_view> named[] = {
        {"internal transcribed spacer region", "Microdiversity of uncultured marine prokaryotes"},
        {"primer 21F", "Archaea in coastal marine environment"},
        {"MrBayes v. 3.1.2 program", "MrBayes 3"},
        {"RAxML v7.0.4", "RAxML"},
        {"UniFrac environmental clustering", "UniFrac"}};
    for (const auto& entry : named) {
        CAPTURE(entry.first);
        const auto& [words, title] = entry;
        const std::optional<claim> c = claim_holding(doc, words);
        REQUIRE(c.has_value());
        REQUIRE(!c->cites.empty());
        const reference* first = reference_numbered(doc, c->cites.front());
        REQUIRE(first != nullptr);
        CHECK(first->title.find(title) != std::string::npos);
    }
    std::size_t cites = 0;
    for (const claim& c : doc.claims) cites += c.cites.size();
    CHECK(cites == 58);  // in the excerpt, 50 from tagged callouts, 8 from the 6 untagged groups
}

TEST_CASE("the CMJ file's abstract callouts GROBID left untagged cite, and 2, missing from its list, dangles") {
    const document doc = import_quietly(std::string(CITEGRAPH_TEST_DATA) +
                                        "/tei/grobid-cmj-2017-small-fiber-neuropathy.tei.xml");
    REQUIRE(doc.references.size() == 27);
    CHECK(reference_numbered(doc, 2) == nullptr);
    const std::pair<std::string_view, std::vector<int>> cited[] = {
        {"Pure small fiber neuropathy (SFN) affects only", {1}},
        {"Small diameter, thinly myelinated", {1, 2}},
        {"Thus, the evaluation of small fiber function", {3}}};
    for (const auto& entry : cited) {
        CAPTURE(entry.first);
        const std::optional<claim> c = claim_holding(doc, entry.first);
        REQUIRE(c.has_value());
        CHECK(c->cites == entry.second);
        CHECK(c->text.find('[') == std::string::npos);
    }
    // [3] is the skin biopsy study the sentence speaks of.
    const reference* third = reference_numbered(doc, 3);
    REQUIRE(third != nullptr);
    CHECK(third->title.find("Cutaneous innervation") != std::string::npos);
}

TEST_CASE("an untagged group of numbers cites only in the document's bracket, fitting the list, not a quantity") {
    const std::string tagged = "<ref type=\"bibr\" target=\"#b0\">(1)</ref>";
    SUBCASE("a callout in the document's bracket cites; a range expands") {
        const document doc = read(tei("<p>Tagged " + tagged + ". Untagged (2). A range (3-5).</p>", entries(5)));
        REQUIRE(doc.claims.size() == 3);
        CHECK(doc.claims[1].text == "Untagged.");
        CHECK(doc.claims[1].cites == std::vector<int>{2});
        CHECK(doc.claims[2].cites == std::vector<int>{3, 4, 5});
    }
    SUBCASE("years, numbers past the list and the other bracket are text") {
        const document doc = read(tei("<p>Tagged " + tagged + ". In (2019) and (9) or [2] it rose.</p>", entries(5)));
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[1].text == "In (2019) and (9) or [2] it rose.");
        CHECK(doc.claims[1].cites.empty());
    }
    SUBCASE("quantities, figure numbers and inline list items are text") {
        const std::string prose = "Of n = (2) rats, two (2) died, (3) mg was given, see Equation (4); "
                                  "this (1) tests and (2) shows it.";
        const document doc = read(tei("<p>Tagged " + tagged + ". " + prose + "</p>", entries(5)));
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[1].text == prose);
        CHECK(doc.claims[1].cites.empty());
    }
    SUBCASE("a long range right after a numbered name is a peptide's residues; a short one cites") {
        const document doc = read(tei("<p>Tagged " + tagged + ". GLP-1 (2-13) binds. SARS-CoV-2 (2-4) spreads.</p>",
                                      entries(13)));
        REQUIRE(doc.claims.size() == 3);
        CHECK(doc.claims[1].cites.empty());
        CHECK(doc.claims[2].cites == std::vector<int>{2, 3, 4});
    }
    SUBCASE("text GROBID tagged as a formula or figure reference is no callout") {
        const document doc = read(tei("<p>Tagged " + tagged + ". From <ref type=\"formula\">(2)</ref> it follows.</p>",
                                      entries(5)));
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[1].cites.empty());
    }
    SUBCASE("an author-year document, or one with no numbered callout tagged, reads none") {
        const document author_year =
            read(tei("<p>Shown <ref type=\"bibr\" target=\"#b0\">(Smith, 2010)</ref>. Also (2).</p>", entries(5)));
        REQUIRE(author_year.claims.size() == 2);
        CHECK(author_year.claims[1].cites.empty());
        const document untagged = read(tei("<p>Only (2) here.</p>", entries(5)));
        REQUIRE(untagged.claims.size() == 1);
        CHECK(untagged.claims[0].cites.empty());
    }
}

TEST_CASE("an entry naming no work is dropped unless a callout points to it") {
    const std::string header =
        "<biblStruct xml:id=\"b2\"><monogr><title/><author><persName><forename>Al</forename>"
        "<surname>Hu Et</surname></persName></author><imprint/></monogr></biblStruct>";
    const document dropped = read(tei("<p>One <ref type=\"bibr\" target=\"#b0\">[1]</ref>.</p>", entries(2) + header));
    CHECK(dropped.references.size() == 2);
    CHECK(reference_with_id(dropped, "b2") == nullptr);
    const document kept = read(tei("<p>One <ref type=\"bibr\" target=\"#b2\">[3]</ref>.</p>", entries(2) + header));
    REQUIRE(kept.references.size() == 3);
    CHECK(kept.references[2].number == 3);
    CHECK(kept.claims[0].cites == std::vector<int>{3});
}

}  // TEST_SUITE
