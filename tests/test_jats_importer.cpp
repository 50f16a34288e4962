// The JATS importer on the PLOS ONE and BMC Microbiology articles of the corpus, and on
// small articles for each trap of the format.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "citegraph/diagnostics.hpp"
#include "importers/common/xml_input.hpp"
#include "importers/jats/import_jats.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

const std::string plos = std::string(CITEGRAPH_TEST_DATA) + "/jats-plosone-2020-dairy-lca.nxml";
const std::string bmc = std::string(CITEGRAPH_TEST_DATA) + "/jats-bmc-microbiology-2011.nxml";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

document read_file(const std::string& path, diagnostics& warnings) {
    return import_jats(slurp(path), import_options{path}, warnings);
}

// An article with this body and reference list (the <ref> elements).
std::string article(const std::string& body, const std::string& refs) {
    return "<article xmlns:xlink=\"http://www.w3.org/1999/xlink\"><front><article-meta>"
           "<title-group><article-title>T</article-title></title-group></article-meta></front>"
           "<body>" + body + "</body><back><ref-list>" + refs + "</ref-list></back></article>";
}

// Three numbered references B1..B3 (labels 1..3) for snippets.
const std::string three_refs =
    "<ref id=\"B1\"><label>1</label><mixed-citation>One A. First. J. 2001.</mixed-citation></ref>"
    "<ref id=\"B2\"><label>2</label><mixed-citation>Two B. Second. J. 2002.</mixed-citation></ref>"
    "<ref id=\"B3\"><label>3</label><mixed-citation>Three C. Third. J. 2003.</mixed-citation></ref>";

document read_snippet(const std::string& xml, diagnostics& warnings) {
    return import_jats(xml, import_options{"in.nxml"}, warnings);
}

document read_snippet(const std::string& xml) {
    diagnostics warnings;
    document doc = read_snippet(xml, warnings);
    CHECK(warnings.empty());
    return doc;
}

// The claims of an article with this body, citing the three references above.
claim_list claims_of(const std::string& body) { return read_snippet(article(body, three_refs)).claims; }

const reference& numbered(const document& doc, int number) {
    auto found = std::find_if(doc.references.begin(), doc.references.end(),
                              [&](const reference& r) { return r.number == number; });
    REQUIRE(found != doc.references.end());
    return *found;
}

bool before_or_at(location a, location b) {
    return a.line < b.line || (a.line == b.line && a.column <= b.column);
}

// Where the node after `node` in document order starts (its end, for counting); {max} if none.
location end_of(const xml_input& input, pugi::xml_node node) {
    for (pugi::xml_node at = node; at; at = at.parent())
        if (pugi::xml_node next = at.next_sibling()) return input.where(next);
    return {static_cast<std::uint32_t>(-1), 0};
}

struct linked_count {
    int xrefs = 0;           // bibliographic xrefs in the file
    int linked = 0;          // those whose number the claim of their sentence or cell cites
    int in_tables = 0;       // of those, inside a <table-wrap> (cells, caption, footnotes)
    int in_cells = 0;        // of those, in a cell, linked through a table-cell claim
};

bool inside_table_wrap(pugi::xml_node node) {
    for (; node; node = node.parent())
        if (std::string_view(node.name()) == "table-wrap") return true;
    return false;
}

// Counts, independently of the importer's walk, each <xref ref-type="bibr"> whose
// reference number is cited by the claim holding it: the last claim of its paragraph or
// cell that starts before it (the first if none does). Numbers come from each <ref>'s
// <label>, or its position when it has none.
linked_count count_linked_xrefs(const std::string& path, const document& doc) {
    const std::string bytes = slurp(path);
    xml_input input(bytes, path);
    std::map<std::string, int> number_of;
    int position = 0;
    for (pugi::xpath_node ref : input.root().select_nodes("//ref")) {
        ++position;
        const std::string label = ref.node().child("label").text().as_string();
        number_of[ref.node().attribute("id").value()] = label.empty() ? position : std::stoi(label);
    }
    linked_count count;
    for (pugi::xpath_node hit : input.root().select_nodes("//xref[@ref-type='bibr']")) {
        ++count.xrefs;
        pugi::xml_node container = hit.node().parent();
        while (std::string_view(container.name()) != "p" && std::string_view(container.name()) != "td" &&
               std::string_view(container.name()) != "th" && std::string_view(container.name()) != "title")
            container = container.parent();
        const bool cell = std::string_view(container.name()) == "td" || std::string_view(container.name()) == "th";
        const location begin = input.where(container);
        const location end = end_of(input, container);
        const location at = input.where(hit.node());
        std::optional<claim> holder;
        for (const claim& c : doc.claims) {
            if (c.in_table != cell || !before_or_at(begin, c.where) || before_or_at(end, c.where)) continue;
            if (!holder.has_value() || before_or_at(c.where, at)) holder = c;
        }
        const int number = number_of[hit.node().attribute("rid").value()];
        if (holder.has_value() && std::count(holder->cites.begin(), holder->cites.end(), number) == 1) {
            ++count.linked;
            if (inside_table_wrap(container)) ++count.in_tables;
            if (cell) ++count.in_cells;
        }
    }
    return count;
}

std::optional<claim> claim_starting(const document& doc, std::string_view start) {
    for (const claim& c : doc.claims)
        if (c.text.starts_with(start)) return c;
    return std::nullopt;
}

}  // namespace

TEST_SUITE("jats importer") {

TEST_CASE("the PLOS ONE article has 76 labelled references and its identity from the front matter") {
    diagnostics warnings;
    const document doc = read_file(plos, warnings);
    CHECK(warnings.empty());
    CHECK(doc.format == "jats");
    CHECK(doc.title ==
          "Potential to reduce greenhouse gas emissions through different dairy cattle systems in subtropical regions");
    CHECK(doc.doi == "10.1371/journal.pone.0234687");
    CHECK(to_iso(doc.published) == "2020-06-18");
    CHECK(doc.as_of == doc.published);
    CHECK(doc.style == citation_style::numbered);
    REQUIRE(doc.references.size() == 76);
    for (std::size_t i = 0; i < doc.references.size(); ++i) {
        CAPTURE(i);
        CHECK(doc.references[i].number == static_cast<int>(i) + 1);
    }
    CHECK(doc.references[0].extra->id == "pone.0234687.ref001");
}

TEST_CASE("every bibliographic xref of both articles is cited by the claim of its sentence or cell") {
    struct expected {
        std::string path;
        int xrefs;      // the count
        int in_tables;  // inside a <table-wrap>
        int in_cells;   // of those, in cells; the others are in captions and table footnotes
        long cell_claims;
    };
    for (const expected& e : {expected{plos, 169, 26, 19, 15}, expected{bmc, 111, 14, 13, 13}}) {
        CAPTURE(e.path);
        diagnostics warnings;
        const document doc = read_file(e.path, warnings);
        const linked_count count = count_linked_xrefs(e.path, doc);
        CHECK(count.xrefs == e.xrefs);
        CHECK(count.linked == e.xrefs);
        CHECK(count.in_tables == e.in_tables);
        CHECK(count.in_cells == e.in_cells);
        CHECK(std::count_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) { return c.in_table; }) ==
              e.cell_claims);
    }
}

TEST_CASE("the PLOS range 33–36 cites the references between its ends") {
    diagnostics warnings;
    const document doc = read_file(plos, warnings);
    const std::optional<claim> c = claim_starting(doc, "The DM production (kg ha-1) of corn silage and pastures were based");
    REQUIRE(c.has_value());
    CHECK(c->cites == std::vector<int>{33, 34, 35, 36});
    CHECK(c->text.ends_with("locally recorded data, assuming that animals are able to consume 70% of pastures during grazing."));
    const std::optional<claim> eight = claim_starting(doc, "In contrast, some life cycle assessment (LCA) studies");
    REQUIRE(eight.has_value());
    CHECK(eight->cites == std::vector<int>{8, 9, 10, 11});
    CHECK(eight->text.find("temperate regions have identified") != std::string::npos);
}

TEST_CASE("PLOS references keep their printed text, tagged year and DOI") {
    diagnostics warnings;
    const document doc = read_file(plos, warnings);
    const reference& sbrissia = numbered(doc, 36);
    CHECK(sbrissia.text ==
          "Sbrissia AF, Duchini PG, Zanini GD, Santos GT, Padilha DA, Schmitt D. Defoliation strategies in "
          "pastures submitted to intermittent stocking method: Underlying mechanisms buffering forage "
          "accumulation over a range of grazing heights. Crop Sci. 2018;58: 945\u2013954. "
          "doi:10.2135/cropsci2017.07.0447");
    CHECK(to_iso(sbrissia.published) == "2018");
    CHECK(sbrissia.role == date_role::published);
    CHECK(sbrissia.doi == "10.2135/cropsci2017.07.0447");
    const reference& almeida = numbered(doc, 37);
    CHECK(almeida.text.find("Edouard N, et al. Carbohydrate-rich supplements") != std::string::npos);
    CHECK(to_iso(almeida.published) == "2020");
    CHECK(almeida.doi == "10.1017/s1751731119003057");
    const reference& ipcc = numbered(doc, 1);
    CHECK(ipcc.text == "IPCC. Climate Change and Land. Chapter 5: Food Security. 2019.");
    CHECK(to_iso(ipcc.published) == "2019");

    SUBCASE("the title is the tagged article title, never the journal") {
        CHECK(sbrissia.title ==
              "Defoliation strategies in pastures submitted to intermittent stocking method: Underlying "
              "mechanisms buffering forage accumulation over a range of grazing heights");
        CHECK(ipcc.title == "Climate Change and Land");
        // The text alone reads the authors into the title: their names end without a ". ".
        CHECK(numbered(doc, 3).title ==
              "Re-framing the climate change debate in the livestock sector: mitigation and adaptation options");
    }
}

TEST_CASE("a year only in untagged text dates the reference, and its link is read") {
    diagnostics warnings;
    const document doc = read_file(plos, warnings);
    const reference& greet = numbered(doc, 41);
    CHECK(greet.text ==
          "Wang M Q. GREET 1.8a Spreadsheet Model. 2007. Available: http://www.transportation.anl.gov/software/GREET/");
    CHECK(to_iso(greet.published) == "2007");
    CHECK(greet.urls == std::vector<std::string>{"http://www.transportation.anl.gov/software/GREET/"});
}

TEST_CASE("PLOS table cells citing references are claims with their row and column") {
    diagnostics warnings;
    const document doc = read_file(plos, warnings);
    const auto cells = std::count_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) { return c.in_table; });
    CHECK(cells > 0);
    for (const claim& c : doc.claims) {
        if (!c.in_table) continue;
        CAPTURE(c.text);
        CHECK(!c.cites.empty());
        CHECK(c.where.line > 0);
        CHECK(c.text.find("\u2014") != std::string::npos);
    }
}

TEST_CASE("a sentence ending in a statistic's decimal is a claim of its own in the BMC article") {
    diagnostics warnings;
    const document doc = read_file(bmc, warnings);
    const std::string sentence =
        "Figure 3A revealed a significant positive relationship between MLT and SD (F[1,12] = 8.42, p = 0.0133).";
    CHECK(std::any_of(doc.claims.begin(), doc.claims.end(), [&](const claim& c) { return c.text == sentence; }));
}

TEST_CASE("the BMC article numbers its 64 unlabelled references by order") {
    diagnostics warnings;
    const document doc = read_file(bmc, warnings);
    CHECK(warnings.empty());
    CHECK(doc.title == "Factors influencing lysis time stochasticity in bacteriophage \u03bb");
    CHECK(doc.doi == "10.1186/1471-2180-11-174");
    CHECK(to_iso(doc.published) == "2011-08-02");
    REQUIRE(doc.references.size() == 64);
    for (std::size_t i = 0; i < doc.references.size(); ++i) {
        CAPTURE(i);
        CHECK(doc.references[i].number == static_cast<int>(i) + 1);
        CHECK(doc.references[i].extra->id == "B" + std::to_string(i + 1));
    }
    const reference& avery = numbered(doc, 1);
    CHECK(avery.text ==
          "Avery SV. Microbial cell individuality and the underlying sources of heterogeneity. "
          "Nat Rev Microbiol. 2006;4:577\u2013587. doi:10.1038/nrmicro1460");
    CHECK(to_iso(avery.published) == "2006");
    CHECK(avery.doi == "10.1038/nrmicro1460");
    CHECK(numbered(doc, 2).text == "Longo D, Hasty J. Dynamics of single-cell gene expression. Mol Syst Biol. 2006;2:64");
}

TEST_CASE("BMC ranges with a plain hyphen cite the references between their ends") {
    diagnostics warnings;
    const document doc = read_file(bmc, warnings);
    const std::optional<claim> c = claim_starting(doc, "Some phenotypic variation arises from randomness");
    REQUIRE(c.has_value());
    CHECK(c->cites == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(doc.sections[c->section].title == "Background");
}

TEST_CASE("a callout whose rid names two ids cites both") {
    const document doc = read_snippet(article(
        "<p>Both agree <xref ref-type=\"bibr\" rid=\"B1 B2\">1,2</xref>. Then more.</p>", three_refs));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Both agree.");
    CHECK(doc.claims[0].cites == std::vector<int>{1, 2});
    CHECK(doc.claims[1].cites.empty());
}

TEST_CASE("a range tags only its ends, with a hyphen or an en dash") {
    for (const std::string dash : {"-", "&#x02013;", "\u2013"}) {
        CAPTURE(dash);
        const document doc = read_snippet(article(
            "<p>Seen often [<xref ref-type=\"bibr\" rid=\"B1\">1</xref>" + dash +
                "<xref ref-type=\"bibr\" rid=\"B3\">3</xref>].</p>",
            three_refs));
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].text == "Seen often.");
        CHECK(doc.claims[0].cites == std::vector<int>{1, 2, 3});
    }
}

TEST_CASE("a callout printing a range its rid names by the ends cites the whole range") {
    const document doc = read_snippet(article(
        "<p>Seen often <sup><xref ref-type=\"bibr\" rid=\"B1 B3\">1\u20133</xref></sup>.</p>", three_refs));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{1, 2, 3});
}

TEST_CASE("footnote letters are not citations and leave no letters in the claim, spaces between elements stay") {
    const document doc = read_snippet(article(
        "<p>Lysis took 45 min<sup>a</sup> in <italic>all</italic> <bold>strains</bold><xref ref-type=\"table-fn\" rid=\"t1\"><sup>b</sup></xref>"
        " [<xref ref-type=\"bibr\" rid=\"B2\">2</xref>]; see <xref ref-type=\"table\" rid=\"T1\">Table 1</xref>"
        " and CO<sub>2</sub> at 10<sup>6</sup> cells.</p>",
        three_refs));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Lysis took 45 min in all strains; see Table 1 and CO2 at 106 cells.");
    CHECK(doc.claims[0].cites == std::vector<int>{2});
}

TEST_CASE("a table cell citing a reference is a claim with its row and column") {
    const document doc = read_snippet(article(
        "<sec><title>Inputs</title><table-wrap id=\"T1\"><caption><title>Emission factors</title></caption><table>"
        "<thead><tr><th rowspan=\"2\">Input</th><th colspan=\"2\">Factor</th></tr>"
        "<tr><th>Value</th><th>Source</th></tr></thead>"
        "<tbody><tr><td rowspan=\"2\">Diesel</td><td>2.6<sup>a</sup></td><td>[<xref ref-type=\"bibr\" rid=\"B2\">2</xref>]</td></tr>"
        "<tr><td>2.7</td><td><xref ref-type=\"bibr\" rid=\"B3\">3</xref></td></tr></tbody></table>"
        "<table-wrap-foot><fn><label>a</label><p>Per litre.</p></fn></table-wrap-foot></table-wrap></sec>",
        three_refs));
    REQUIRE(doc.sections.size() == 2);
    std::vector<std::string> texts;
    for (const claim& c : doc.claims) texts.push_back(std::string(c.text) + (c.in_table ? " |table" : ""));
    CHECK(texts == std::vector<std::string>{"Emission factors", "Diesel \u2014 Factor / Source |table",
                                            "Diesel \u2014 Factor / Source |table", "Per litre."});
    CHECK(doc.claims[1].cites == std::vector<int>{2});
    CHECK(doc.claims[2].cites == std::vector<int>{3});
    CHECK(doc.claims[1].where.line == 1);
    CHECK(doc.claims[1].section == 1);
}

TEST_CASE("a header cell beside data cells labels its row, and a row of header cells heads the columns") {
    const claim_list claims = claims_of(
        "<table-wrap><table><tbody><tr><th>Input</th><th>Factor</th></tr>"
        "<tr><th>Diesel</th><td>2.6 <xref ref-type=\"bibr\" rid=\"B1\">1</xref></td></tr></tbody></table></table-wrap>");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == "Diesel \u2014 Factor: 2.6");
    CHECK(claims[0].in_table);
}

TEST_CASE("TeX source and rule rows leave no trace, header rows above a rule still head the columns") {
    const claim_list claims = claims_of(
        "<p>Rate <inline-formula><tex-math>\\documentclass{minimal}\\begin{document}$\\mu$\\end{document}</tex-math>"
        "</inline-formula> is <inline-formula><alternatives><tex-math>x</tex-math><mml:math><mml:mi>k</mml:mi></mml:math>"
        "</alternatives></inline-formula> here <xref ref-type=\"bibr\" rid=\"B1\">1</xref>.</p>"
        "<table-wrap><table><tr><th>Parameter</th><th>Value</th></tr><tr><td colspan=\"2\"><hr/></td></tr>"
        "<tr><td>Death rate</td><td>1.0 per year <xref ref-type=\"bibr\" rid=\"B2\">2</xref></td></tr></table></table-wrap>");
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].text == "Rate is k here.");
    CHECK(claims[1].text == "Death rate \u2014 Value: 1.0 per year");
}

TEST_CASE("superscript callouts with a range between them cite the whole range") {
    const claim_list claims = claims_of(
        "<p>Common in dairy herds.<sup><xref ref-type=\"bibr\" rid=\"B1\">1</xref>\u2013"
        "<xref ref-type=\"bibr\" rid=\"B3\">3</xref></sup> Rare elsewhere.</p>");
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].text == "Common in dairy herds.");
    CHECK(claims[0].cites == std::vector<int>{1, 2, 3});
    CHECK(claims[1].cites.empty());
}

TEST_CASE("element-citation gets the punctuation mixed-citation prints") {
    const std::string refs =
        "<ref id=\"r1\"><label>1.</label><element-citation publication-type=\"journal\">\n"
        "<person-group person-group-type=\"author\">\n  <name>\n    <surname>Smith</surname>\n    <given-names>J</given-names>\n"
        "  </name>\n  <name><surname>Doe</surname> <given-names>A</given-names></name>\n  <etal/>\n</person-group>\n"
        "<article-title>Grass and milk</article-title>\n<source>Dairy J</source> <year>2019</year><month>Mar</month>"
        "<day>5</day><volume>12</volume><issue>3</issue><fpage>10</fpage><lpage>20</lpage>"
        "<pub-id pub-id-type=\"doi\">10.1000/ABC.1</pub-id><pub-id pub-id-type=\"pmid\">123</pub-id>"
        "</element-citation></ref>"
        "<ref id=\"r2\"><label>[2]</label><mixed-citation publication-type=\"journal\">"
        "<string-name><surname>Smith</surname> <given-names>J</given-names></string-name> (<year>2019a</year>) "
        "<article-title>Grass and milk</article-title>. <source>Dairy J</source> <volume>12</volume>: "
        "<fpage>10</fpage>\u2013<lpage>20</lpage>. doi: <pub-id pub-id-type=\"doi\">10.1000/abc.2</pub-id></mixed-citation></ref>"
        "<ref id=\"r3\"><label>3</label><citation citation-type=\"journal\"><name><surname>Roe</surname>"
        "<given-names>B</given-names></name><article-title>Old DTD</article-title><source>J</source>"
        "<year>1999</year><month>June</month></citation></ref>";
    const document doc = read_snippet(article(
        "<p>Cited <xref ref-type=\"bibr\" rid=\"r1\">1</xref>, <xref ref-type=\"bibr\" rid=\"r2\">2</xref> and "
        "<xref ref-type=\"bibr\" rid=\"r3\">3</xref>.</p>",
        refs));
    REQUIRE(doc.references.size() == 3);
    const reference& element = doc.references[0];
    CHECK(element.number == 1);
    CHECK(element.text == "Smith J, Doe A, et al. Grass and milk. Dairy J. 2019 Mar 5;12(3):10\u201320. doi:10.1000/ABC.1");
    CHECK(to_iso(element.published) == "2019-03-05");
    CHECK(element.doi == "10.1000/abc.1");
    const reference& mixed = doc.references[1];
    CHECK(mixed.number == 2);
    CHECK(mixed.text == "Smith J (2019a) Grass and milk. Dairy J 12: 10\u201320. doi: 10.1000/abc.2");
    CHECK(to_iso(mixed.published) == "2019");
    CHECK(mixed.role == date_role::published);
    CHECK(mixed.doi == "10.1000/abc.2");
    CHECK(doc.references[2].text == "Roe B. Old DTD. J. 1999 June");
    CHECK(to_iso(doc.references[2].published) == "1999-06");
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Cited and.");
}

TEST_CASE("access dates are read with the role accessed, and links from ext-link and uri") {
    const std::string refs =
        "<ref id=\"w1\"><label>1</label><mixed-citation publication-type=\"webpage\">World Bank. Data portal. "
        "<ext-link ext-link-type=\"uri\" xlink:href=\"https://data.worldbank.org/\">data.worldbank.org</ext-link>. "
        "<date-in-citation content-type=\"access-date\">Accessed 3 March 2020</date-in-citation>.</mixed-citation></ref>"
        "<ref id=\"w2\"><label>2</label><element-citation publication-type=\"webpage\"><collab>FAO</collab>"
        "<source>FAOSTAT</source><year>2018</year><uri xlink:href=\"ftp://fao.org/x\">ftp://fao.org/x</uri>"
        "<uri>http://www.fao.org/faostat/</uri>"
        "<date-in-citation content-type=\"access-date\" iso-8601-date=\"2021-01-14\">cited 2021 Jan 14</date-in-citation>"
        "</element-citation></ref>";
    const document doc = read_snippet(article("<p>Data <xref ref-type=\"bibr\" rid=\"w1 w2\">1,2</xref>.</p>", refs));
    REQUIRE(doc.references.size() == 2);
    const reference& bank = doc.references[0];
    CHECK(bank.urls == std::vector<std::string>{"https://data.worldbank.org/"});
    CHECK(std::count(bank.dates.begin(), bank.dates.end(), role_date{make_date(2020, 3, 3), date_role::accessed}) == 1);
    CHECK(to_iso(bank.published) == "2020-03-03");
    CHECK(bank.role == date_role::accessed);
    const reference& fao = doc.references[1];
    CHECK(fao.text == "FAO. FAOSTAT. 2018. ftp://fao.org/x. http://www.fao.org/faostat/. cited 2021 Jan 14");
    CHECK(fao.urls == std::vector<std::string>{"http://www.fao.org/faostat/"});
    CHECK(to_iso(fao.published) == "2018");
    CHECK(fao.role == date_role::published);
    CHECK(std::count(fao.dates.begin(), fao.dates.end(), role_date{make_date(2021, 1, 14), date_role::accessed}) == 1);
}

TEST_CASE("a year only in the untagged text of a citation dates it") {
    const document doc = read_snippet(article(
        "<p>Reported <xref ref-type=\"bibr\" rid=\"u1\">1</xref>.</p>",
        "<ref id=\"u1\"><label>1</label><mixed-citation>Ministry of Agriculture. Annual report, Brasilia, 2015.</mixed-citation></ref>"));
    REQUIRE(doc.references.size() == 1);
    CHECK(to_iso(doc.references[0].published) == "2015");
}

TEST_CASE("a callout naming an id missing from the list is a warning at its place and no citation") {
    diagnostics warnings;
    const document doc = read_snippet(article(
        "<p>Known <xref ref-type=\"bibr\" rid=\"B1\">1</xref> and lost\n"
        "   [<xref ref-type=\"bibr\" rid=\"B9\">9</xref>].</p>", three_refs), warnings);
    REQUIRE(warnings.items().size() == 1);
    CHECK(format_warning(warnings.items()[0]) ==
          "in.nxml:2:5: warning: citation of \"B9\", which is not in the reference list; ignored");
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Known and lost [9].");
    CHECK(doc.claims[0].cites == std::vector<int>{1});
}

TEST_CASE("callouts in an article without a reference list give one warning and stay text") {
    diagnostics warnings;
    const document doc = read_snippet(
        "<article><body><p>Hi <xref ref-type=\"bibr\" rid=\"B1\">1</xref>. More "
        "<xref ref-type=\"bibr\" rid=\"B2\">2</xref>.</p></body></article>", warnings);
    REQUIRE(warnings.items().size() == 1);
    CHECK(format_warning(warnings.items()[0]) ==
          "in.nxml:1:22: warning: the article cites references but has no reference list");
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Hi 1.");
    CHECK(doc.claims[0].cites.empty());
}

TEST_CASE("a root other than <article> is refused at the root with its name") {
    const std::string tei = "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>";
    CHECK_THROWS_WITH_AS(read_snippet(tei),
                         "in.nxml:2:1: error: the root element is <TEI>, not <article>: this is not a JATS article",
                         input_error);
    CHECK_THROWS_WITH_AS(read_snippet("<article><p>cut"), doctest::Contains("in.nxml:1:"), input_error);
}

TEST_CASE("an author-year article is linked by rid, numbered by list order, and keeps its callout text") {
    const std::string refs =
        "<ref id=\"bib1\"><element-citation publication-type=\"journal\"><person-group person-group-type=\"author\">"
        "<name><surname>Abbott</surname><given-names>LF</given-names></name></person-group><year iso-8601-date=\"2019\">2019</year>"
        "<article-title>Neurons</article-title><source>eLife</source><volume>8</volume><elocation-id>e1</elocation-id>"
        "</element-citation></ref>"
        "<ref id=\"bib2\"><element-citation publication-type=\"journal\"><person-group person-group-type=\"author\">"
        "<name><surname>Baker</surname><given-names>K</given-names></name></person-group><year>2020</year>"
        "<article-title>Glia</article-title><source>Neuron</source></element-citation></ref>";
    const document doc = read_snippet(article(
        "<p>Cells fire (<xref ref-type=\"bibr\" rid=\"bib1\">Abbott et al., 2019</xref>; "
        "<xref ref-type=\"bibr\" rid=\"bib2\">Baker, 2020</xref>). <xref ref-type=\"bibr\" rid=\"bib2\">Baker (2020)</xref> "
        "disagrees.</p>",
        refs));
    CHECK(doc.style == citation_style::author_year);
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[0].number == 1);
    CHECK(doc.references[1].number == 2);
    CHECK(doc.references[0].text == "Abbott LF. 2019. Neurons. eLife. 8:e1");
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Cells fire (Abbott et al., 2019; Baker, 2020).");
    CHECK(doc.claims[0].cites == std::vector<int>{1, 2});
    CHECK(doc.claims[1].text == "Baker (2020) disagrees.");
    CHECK(doc.claims[1].cites == std::vector<int>{2});
}

TEST_CASE("a DOCTYPE, a namespace prefix and any xlink prefix read like plain JATS") {
    const std::string xml =
        "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN\" \"JATS.dtd\">\n"
        "<j:article xmlns:j=\"http://jats.nlm.nih.gov\" xmlns:xl=\"http://www.w3.org/1999/xlink\"><j:body>"
        "<j:p>Shown <j:xref ref-type=\"bibr\" rid=\"B1\">1</j:xref>.</j:p></j:body><j:back><j:ref-list>"
        "<j:ref id=\"B1\"><j:label>1</j:label><j:mixed-citation>Web. <j:ext-link xl:href=\"https://example.org/a\">"
        "site</j:ext-link>. <j:year>2011</j:year>.</j:mixed-citation></j:ref></j:ref-list></j:back></j:article>";
    const document doc = read_snippet(xml);
    REQUIRE(doc.references.size() == 1);
    CHECK(doc.references[0].urls == std::vector<std::string>{"https://example.org/a"});
    CHECK(to_iso(doc.references[0].published) == "2011");
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.claims[0].where == location{2, 99});
}

TEST_CASE("the electronic publication date is the as-of date, before print and collection dates") {
    const std::string front =
        "<article><front><article-meta><article-id pub-id-type=\"doi\">10.7554/eLife.0001</article-id>"
        "<pub-date pub-type=\"collection\"><year>2021</year></pub-date>"
        "<pub-date pub-type=\"ppub\"><month>May</month><year>2021</year></pub-date>"
        "<pub-date publication-format=\"electronic\" date-type=\"pub\"><day>07</day><month>04</month><year>2021</year></pub-date>"
        "</article-meta></front><body><p>Text.</p></body></article>";
    const document doc = read_snippet(front);
    CHECK(to_iso(doc.published) == "2021-04-07");
    CHECK(doc.as_of == doc.published);
    CHECK(doc.doi == "10.7554/elife.0001");
    const document undated = read_snippet(article("<p>Text.</p>", three_refs));
    CHECK(!undated.published.known());
    CHECK(to_iso(undated.as_of) == "2003");
}

TEST_CASE("sections are paths of titles, abstract and appendices give claims, uncited back matter does not") {
    const std::string xml =
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group>"
        "<abstract><p>We measured milk.</p></abstract></article-meta></front><body><p>Opening words.</p>"
        "<sec><title>Methods</title><sec><label>2.1</label><title>Study area</title>"
        "<p>The farm lies south <xref ref-type=\"bibr\" rid=\"B1\">1</xref>.</p>"
        "<fig id=\"F1\"><label>Fig 1</label><caption><title>Map of the farm.</title>"
        "<p>Adapted from <xref ref-type=\"bibr\" rid=\"B2\">2</xref>.</p></caption></fig></sec></sec></body>"
        "<back><ack><p>We thank the farmers.</p></ack><fn-group><fn><p>As in <xref ref-type=\"bibr\" rid=\"B3\">3</xref>.</p></fn></fn-group>"
        "<app-group><app><title>Appendix A</title><p>Extra tables.</p></app></app-group>"
        "<ref-list>" + three_refs + "</ref-list></back></article>";
    const document doc = read_snippet(xml);
    std::vector<std::string> titles;
    for (const section& s : doc.sections) titles.push_back(s.title);
    CHECK(titles == std::vector<std::string>{"", "Abstract", "Methods", "Methods / 2.1 Study area", "Appendix A"});
    std::vector<std::string> claims;
    for (const claim& c : doc.claims) claims.push_back(doc.sections[c.section].title + ": " + std::string(c.text));
    CHECK(claims == std::vector<std::string>{"Abstract: We measured milk.", ": Opening words.",
                                             "Methods / 2.1 Study area: The farm lies south.",
                                             "Methods / 2.1 Study area: Map of the farm.",
                                             "Methods / 2.1 Study area: Adapted from.", ": As in.",
                                             "Appendix A: Extra tables."});
}

TEST_CASE("a reference number used twice is a warning") {
    diagnostics warnings;
    read_snippet(article("<p>x</p>", "<ref id=\"a\"><label>1</label><mixed-citation>A. 2001.</mixed-citation></ref>"
                                     "<ref id=\"b\"><label>1</label><mixed-citation>B. 2002.</mixed-citation></ref>"),
                 warnings);
    REQUIRE(warnings.items().size() == 1);
    CHECK(warnings.items()[0].message == "reference number 1 is used twice");
}

TEST_CASE("a citation's publication-type gives its kind: journal articles, books, reports") {
    // PLOS tags 69 journal articles, 4 books and 3 reports; the text alone read 75 of the 76
    // as reports. A law or a letter the text finds would keep its own kind.
    struct expected_kinds {
        std::string path;
        long articles, books, reports;
    };
    for (const expected_kinds& e : {expected_kinds{plos, 69, 4, 3}, expected_kinds{bmc, 61, 3, 0}}) {
        CAPTURE(e.path);
        diagnostics warnings;
        const document doc = read_file(e.path, warnings);
        auto count = [&doc](reference_kind kind) {
            return std::count_if(doc.references.begin(), doc.references.end(),
                                 [kind](const reference& r) { return r.kind == kind; });
        };
        CHECK(count(reference_kind::article) == e.articles);
        CHECK(count(reference_kind::book) == e.books);
        CHECK(count(reference_kind::report) == e.reports);
    }
}

}  // TEST_SUITE
