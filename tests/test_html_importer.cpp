// The HTML importer on the Wikipedia "Duck" article and on snippets for each trap.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "citegraph/diagnostics.hpp"
#include "importers/html/import_html.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

const std::string duck_path = std::string(CITEGRAPH_TEST_DATA) + "/wikipedia-duck.html";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct imported {
    document doc;
    diagnostics warnings;
};

imported import_string(const std::string& html) {
    imported out;
    out.doc = import_html(html, import_options{"page.html"}, out.warnings);
    return out;
}

const imported& duck() {
    static const imported page = [] {
        imported out;
        out.doc = import_html(read_file(duck_path), import_options{duck_path}, out.warnings);
        return out;
    }();
    return page;
}

const reference& note(const document& doc, int number) {
    auto found = std::find_if(doc.references.begin(), doc.references.end(),
                              [&](const reference& r) { return r.number == number; });
    REQUIRE(found != doc.references.end());
    return *found;
}

claim claim_starting(const document& doc, std::string_view start) {
    auto found = std::find_if(doc.claims.begin(), doc.claims.end(),
                              [&](const claim& c) { return c.text.starts_with(start); });
    REQUIRE(found != doc.claims.end());
    return *found;
}

bool has_date(const reference& r, date value, date_role role) {
    return std::find(r.dates.begin(), r.dates.end(), role_date{value, role}) != r.dates.end();
}

// A Wikipedia-like page: prose, then a reference list, then what follows it.
std::string wiki_page(const std::string& prose, const std::string& notes, const std::string& after = "") {
    return "<!DOCTYPE html><html><head><title>Page - Wikipedia</title></head><body>"
           "<div id=\"mw-content-text\"><div class=\"mw-parser-output\">" + prose +
           "<div class=\"mw-heading mw-heading2\"><h2 id=\"References\">References</h2></div>"
           "<div class=\"reflist\"><ol class=\"references\">" + notes + "</ol></div>" + after +
           "</div></div></body></html>";
}

std::string callout(const std::string& id, const std::string& label) {
    return "<sup class=\"reference\"><a href=\"#" + id + "\">[" + label + "]</a></sup>";
}

}  // namespace

TEST_SUITE("html importer") {

TEST_CASE("the Duck article's identity comes from the page: title, canonical URL, last edit") {
    const document& doc = duck().doc;
    CHECK(doc.format == "html");
    CHECK(doc.title == "Duck");
    CHECK(doc.url == "https://en.wikipedia.org/wiki/Duck");
    CHECK(doc.published == make_date(2024, 9, 21));
    CHECK(doc.as_of == make_date(2024, 9, 21));
    CHECK(duck().warnings.empty());
}

TEST_CASE("the Duck article has 55 notes numbered 1 to 55 by their place in the list") {
    const document& doc = duck().doc;
    REQUIRE(doc.references.size() == 55);
    for (std::size_t i = 0; i < doc.references.size(); ++i) {
        CAPTURE(i);
        CHECK(doc.references[i].number == static_cast<int>(i) + 1);
        CHECK(doc.references[i].extra->id.starts_with("cite_note-"));
    }
    CHECK(note(doc, 5).extra->id == "cite_note-FOOTNOTECarboneras1992536-5");
    CHECK(note(doc, 5).where == location{1094, 1});
    CHECK(note(doc, 55).extra->id == "cite_note-55");
}

TEST_CASE("the Duck article's 71 callouts make 71 claim-note links, each clause citing its own") {
    // 71 <sup class="reference"> in the file. Two sentences call note 15 twice each ("… in
    // some classifications,[15] … Tachyerini[15]"); each call closes a clause of its own,
    // so each is a link of its own claim.
    const document& doc = duck().doc;
    std::size_t links = 0;
    for (const claim& c : doc.claims) links += c.cites.size();
    CHECK(links == 71);
    const auto citing_15 = std::count_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return std::find(c.cites.begin(), c.cites.end(), 15) != c.cites.end();
    });
    CHECK(citing_15 == 7);  // the file calls note 15 seven times
    for (const reference& r : doc.references) {
        CAPTURE(r.number);
        CHECK(std::any_of(doc.claims.begin(), doc.claims.end(), [&](const claim& c) {
            return std::find(c.cites.begin(), c.cites.end(), r.number) != c.cites.end();
        }));
    }
}

TEST_CASE("the Duck article's Sources list holds 20 full entries and its 28 short notes link to them") {
    const document& doc = duck().doc;
    REQUIRE(doc.bibliography.size() == 20);
    for (const reference& entry : doc.bibliography) {
        CAPTURE(entry.text);
        CHECK(entry.extra->id.starts_with("CITEREF"));
        CHECK(entry.published.known());
    }
    const auto short_notes = std::count_if(doc.references.begin(), doc.references.end(),
                                           [](const reference& r) { return r.extra->full_entries.size() == 1; });
    CHECK(short_notes == 28);

    const reference& carboneras = note(doc, 5);
    CHECK(carboneras.text == "Carboneras 1992, p. 536.");
    REQUIRE(carboneras.extra->full_entries.size() == 1);
    const reference& source = doc.bibliography[carboneras.extra->full_entries[0]];
    CHECK(source.extra->id == "CITEREFCarboneras1992");
    CHECK(source.text.starts_with("Carboneras, Carlos (1992). del Hoyo, Josep; Elliott, Andrew; Sargatal, Jordi (eds.). Handbook of the Birds of the World."));
    CHECK(carboneras.published == make_date(1992));
    CHECK(carboneras.role == date_role::published);

    // "Livezey 1986" names the year; its source says "October 1986".
    const reference& livezey = note(doc, 6);
    CHECK(livezey.published == make_date(1986, 10));
    REQUIRE(livezey.extra->full_entries.size() == 1);
    const reference& auk = doc.bibliography[livezey.extra->full_entries[0]];
    CHECK(auk.doi == "10.1093/auk/103.4.737");
    CHECK(has_date(auk, make_date(2022, 10, 9), date_role::archived));
    CHECK(livezey.urls == auk.urls);
}

TEST_CASE("the Duck article's notes keep their access, archive and publication dates apart") {
    const document& doc = duck().doc;
    // "The American Heritage Dictionary … Houghton Mifflin Company. 2006. Retrieved 2015-05-22."
    CHECK(note(doc, 1).published == make_date(2006));
    CHECK(has_date(note(doc, 1), make_date(2015, 5, 22), date_role::accessed));
    // "… 2000–2006. Retrieved 2015-05-22.": a range dates nothing, so the access date counts.
    CHECK(note(doc, 2).published == make_date(2015, 5, 22));
    CHECK(note(doc, 2).role == date_role::accessed);
    // ""Pacific Black Duck". www.wiresnr.org. Retrieved 2018-04-27." has only an access date.
    CHECK(note(doc, 23).text == "\"Pacific Black Duck\". www.wiresnr.org. Retrieved 2018-04-27.");
    CHECK(note(doc, 23).published == make_date(2018, 4, 27));
    CHECK(note(doc, 23).role == date_role::accessed);
    CHECK(note(doc, 23).urls == std::vector<std::string>{"http://www.wiresnr.org/pacificblackduck.html"});
    // "Karl Mathiesen (16 March 2015). … Retrieved 13 November 2016."
    CHECK(note(doc, 25).published == make_date(2015, 3, 16));
    CHECK(has_date(note(doc, 25), make_date(2016, 11, 13), date_role::accessed));
    // "… Archived from the original on 2018-09-23. Retrieved 2018-12-22."
    CHECK(has_date(note(doc, 28), make_date(2018, 9, 23), date_role::archived));
    CHECK(note(doc, 28).published == make_date(2018, 12, 22));
    CHECK(note(doc, 28).role == date_role::accessed);
    // "Rohwer, Frank C.; Anderson, Michael G. (1988). … doi:10.1007/978-1-4615-6787-5_4."
    CHECK(note(doc, 26).published == make_date(1988));
    CHECK(note(doc, 26).doi == "10.1007/978-1-4615-6787-5_4");
}

TEST_CASE("no Duck note holds <style> text, back-links or maintenance tags") {
    for (const reference& r : duck().doc.references) {
        CAPTURE(r.text);
        CHECK(r.text.find("mw-parser-output") == std::string::npos);
        CHECK(r.text.find('{') == std::string::npos);
        CHECK_FALSE(r.text.starts_with("^"));
        CHECK(r.text.find("^ a b") == std::string::npos);
        CHECK(r.text.find("self-published source") == std::string::npos);
    }
    CHECK(note(duck().doc, 9).text == "Carboneras 1992, p. 540.");
}

TEST_CASE("the Duck article's claims are its prose and captions, in sections from its headings") {
    const document& doc = duck().doc;
    std::vector<std::string> titles;
    for (const section& s : doc.sections) titles.push_back(s.title);
    CHECK(titles == std::vector<std::string>{"", "Etymology", "Taxonomy", "Morphology", "Distribution and habitat",
                                             "Behaviour", "Feeding", "Breeding", "Communication", "Predators",
                                             "Relationship with humans", "Hunting", "Domestication", "Heraldry",
                                             "Cultural references"});
    CHECK(doc.claims.size() == 132);

    const claim& drake = claim_starting(doc, "A male is called a drake");
    CHECK(drake.text == "A male is called a drake and the female is called a duck, or in ornithology a hen.");
    CHECK(drake.cites == std::vector<int>{3, 4});
    CHECK(doc.sections[drake.section].title == "Etymology");
    CHECK(drake.where == location{1005, 8});

    // A callout inside a sentence cites for the clause it closes.
    const claim& whistling = claim_starting(doc, "The whistling ducks are assigned");
    CHECK(whistling.text == "The whistling ducks are assigned either to a tribe (Dendrocygnini) in the subfamily "
                            "Anatinae or the subfamily Anserinae");
    CHECK(whistling.cites == std::vector<int>{15});
    CHECK(claim_starting(doc, "or to their own subfamily (Dendrocygninae)").cites == std::vector<int>{9, 16});
    CHECK(claim_starting(doc, "Neolithic hunters in locations as far apart").cites == std::vector<int>{35});
    CHECK(claim_starting(doc, "Scandinavia").cites == std::vector<int>{36});
    CHECK(claim_starting(doc, "and China relied on ducks").cites == std::vector<int>{39});
    // A figure caption is prose too.
    CHECK(claim_starting(doc, "Three black-colored ducks in the coat of arms of Maaninka").cites ==
          std::vector<int>{49});
    // "[citation needed]" is no citation and no text.
    const claim& mighty = claim_starting(doc, "This led to the duck becoming the nickname");
    CHECK(mighty.cites.empty());
    CHECK(mighty.text.find("citation needed") == std::string::npos);
    for (const claim& c : doc.claims) {
        CAPTURE(c.text);
        CHECK(c.text.find("[edit]") == std::string::npos);
        CHECK(c.text.find("list of books") == std::string::npos);  // External links
        CHECK(c.text.find("Main article") == std::string::npos);   // hatnotes
    }
}

TEST_CASE("unclosed tags are closed as a browser closes them") {
    auto page = import_string(
        "<html><body><p>Ducks quack." + callout("cite_note-1", "1") + "<p>Geese honk<ul><li>Swans hiss." +
        callout("cite_note-2", "2") +
        "</ul><h2>References</h2><ol class=references><li id=cite_note-1>Smith 2001.<li id=cite_note-2>Jones 2003.");
    REQUIRE(page.doc.claims.size() == 3);
    CHECK(page.doc.claims[0].text == "Ducks quack.");
    CHECK(page.doc.claims[0].cites == std::vector<int>{1});
    CHECK(page.doc.claims[1].text == "Geese honk");
    CHECK(page.doc.claims[2].text == "Swans hiss.");
    CHECK(page.doc.claims[2].cites == std::vector<int>{2});
    REQUIRE(page.doc.references.size() == 2);
    CHECK(page.doc.references[0].text == "Smith 2001.");
    CHECK(page.doc.references[1].text == "Jones 2003.");
    CHECK(page.warnings.empty());
}

TEST_CASE("a callout inside a sentence cites for the clause it closes, not the next sentence") {
    auto page = import_string(wiki_page(
        "<p>Ducks," + callout("cite_note-a-1", "1") + " geese and swans are birds." + callout("cite_note-2", "2") +
            " Penguins are too.</p>",
        "<li id=\"cite_note-a-1\">One.</li><li id=\"cite_note-2\">Two.</li>"));
    REQUIRE(page.doc.claims.size() == 3);
    CHECK(page.doc.claims[0].text == "Ducks");
    CHECK(page.doc.claims[0].cites == std::vector<int>{1});
    CHECK(page.doc.claims[1].text == "geese and swans are birds.");
    CHECK(page.doc.claims[1].cites == std::vector<int>{2});
    CHECK(page.doc.claims[2].cites.empty());
    CHECK(page.doc.title == "Page");
}

TEST_CASE("a note with only an access date is dated by it, with role accessed") {
    auto page = import_string(wiki_page(
        "<p>Ducks swim." + callout("cite_note-1", "1") + "</p>",
        "<li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-1\">^</a></b></span> "
        "<span class=\"reference-text\"><cite class=\"citation web cs1\"><a rel=\"nofollow\" class=\"external text\" "
        "href=\"https://example.org/ducks\">\"Ducks\"</a>. <i>Example</i><span class=\"reference-accessdate\">. "
        "Retrieved <span class=\"nowrap\">3 March</span> 2022</span>.</cite></span></li>"));
    const reference& r = note(page.doc, 1);
    CHECK(r.text == "\"Ducks\". Example. Retrieved 3 March 2022.");
    CHECK(r.published == make_date(2022, 3, 3));
    CHECK(r.role == date_role::accessed);
    CHECK(r.urls == std::vector<std::string>{"https://example.org/ducks"});
}

TEST_CASE("a short note whose CITEREF target is missing is warned of and linked to nothing") {
    auto page = import_string(wiki_page(
        "<p>Ducks swim." + callout("cite_note-1", "1") + "</p>",
        "<li id=\"cite_note-1\"><span class=\"reference-text\"><a href=\"#CITEREFNobody2000\">Nobody 2000</a>, "
        "p.&#160;5.</span></li>"));
    const reference& r = note(page.doc, 1);
    CHECK(r.extra->full_entries.empty());
    CHECK(page.doc.bibliography.empty());
    REQUIRE(page.warnings.items().size() == 1);
    const std::string warning = format_warning(page.warnings.items()[0]);
    CHECK(warning.find("page.html:1:") == 0);
    CHECK(warning.find("note 1 links to #CITEREFNobody2000, which is not on this page") != std::string::npos);
}

TEST_CASE("a short note takes the date and URLs of the source it links to") {
    auto page = import_string(wiki_page(
        "<p>Ducks swim." + callout("cite_note-1", "1") + "</p>",
        "<li id=\"cite_note-1\"><span class=\"reference-text\"><a href=\"#CITEREFSmith2001\">Smith 2001</a>, "
        "p.&#160;5.</span></li>",
        "<h3>Sources</h3><ul><li><cite id=\"CITEREFSmith2001\">Smith, Jo (March 2001). "
        "<a class=\"external text\" href=\"https://example.org/smith\">Ducks</a>. Press.</cite></li></ul>"));
    REQUIRE(page.doc.bibliography.size() == 1);
    const reference& r = note(page.doc, 1);
    REQUIRE(r.extra->full_entries == std::vector<std::size_t>{0});
    CHECK(r.published == make_date(2001, 3));
    CHECK(r.urls == std::vector<std::string>{"https://example.org/smith"});
    CHECK(page.doc.bibliography[0].extra->id == "CITEREFSmith2001");
}

TEST_CASE("javascript:, mailto: and relative links are no URLs of a note") {
    auto page = import_string(wiki_page(
        "<p>Ducks swim." + callout("cite_note-1", "1") + "</p>",
        "<li id=\"cite_note-1\"><a href=\"javascript:alert(1)\">Click</a> <a href=\"mailto:a@example.org\">mail</a> "
        "<a href=\"/wiki/Duck\">Duck</a> <a href=\"//example.org/x\">x</a> "
        "<a href=\"HTTPS://example.org/report.pdf\">Report</a> (2019).</li>"));
    CHECK(note(page.doc, 1).urls == std::vector<std::string>{"HTTPS://example.org/report.pdf"});
}

TEST_CASE("a callout whose target is in no reference list is warned of and cites nothing") {
    auto page = import_string(wiki_page("<p>Ducks swim." + callout("cite_note-9", "9") + "</p>",
                                        "<li id=\"cite_note-1\">One.</li>"));
    REQUIRE(page.doc.claims.size() == 1);
    CHECK(page.doc.claims[0].text == "Ducks swim.");
    CHECK(page.doc.claims[0].cites.empty());
    REQUIRE(page.warnings.items().size() == 1);
    CHECK(page.warnings.items()[0].message == "callout [9] links to #cite_note-9, which is in no reference list");
}

TEST_CASE("callouts on a page without a reference list give one warning") {
    auto page = import_string("<p>Ducks swim." + callout("cite_note-1", "1") + " Geese fly." +
                              callout("cite_note-2", "2") + "</p>");
    CHECK(page.doc.references.empty());
    REQUIRE(page.warnings.items().size() == 1);
    CHECK(page.warnings.items()[0].message == "2 callouts but no reference list on this page");
}

TEST_CASE("lettered notes are numbered after the list whose callouts print numbers") {
    auto page = import_string(
        "<p>Ducks swim." + callout("cite_note-3", "a") + " Geese fly." + callout("cite_note-1", "1") +
        " Swans glide." + callout("cite_note-2", "2") + "</p>"
        "<h2>Notes</h2><div class=\"reflist reflist-lower-alpha\"><ol class=\"references\">"
        "<li id=\"cite_note-3\">Some swim on land.</li></ol></div>"
        "<h2>References</h2><div class=\"reflist\"><ol class=\"references\">"
        "<li id=\"cite_note-1\">One (2001).</li><li id=\"cite_note-2\">Two (2002).</li></ol></div>");
    REQUIRE(page.doc.references.size() == 3);
    CHECK(note(page.doc, 1).text == "One (2001).");
    CHECK(note(page.doc, 2).text == "Two (2002).");
    CHECK(note(page.doc, 3).text == "Some swim on land.");
    CHECK(note(page.doc, 3).extra->id == "cite_note-3");
    REQUIRE(page.doc.claims.size() == 3);
    CHECK(page.doc.claims[0].cites == std::vector<int>{3});
    CHECK(page.doc.claims[1].cites == std::vector<int>{1});
    CHECK(page.doc.claims[2].cites == std::vector<int>{2});
}

TEST_CASE("plain footnote links reach an ordered list under a References heading") {
    auto page = import_string(
        "<html><head><link rel=canonical href=\"https://example.org/post\"><title>A post</title>"
        "<meta property=\"article:published_time\" content=\"2021-06-01\"></head><body>"
        "<nav><p>Home. About.</p></nav><main><h1>A post</h1>"
        "<p>Ducks swim.<sup><a href=\"#fn1\">1</a></sup> Geese fly.<a href=\"#ref3\">[2]</a></p>"
        "<h2>References</h2><ol><li id=\"fn1\">Doe, J. 2019. Ducks. Retrieved 3 March 2022.</li>"
        "<li><a name=\"ref3\"></a>Roe, R. 2020. Geese.</li></ol></main><footer><p>Copyright.</p></footer>");
    CHECK(page.doc.title == "A post");
    CHECK(page.doc.url == "https://example.org/post");
    CHECK(page.doc.published == make_date(2021, 6, 1));
    REQUIRE(page.doc.claims.size() == 2);
    CHECK(page.doc.claims[0].cites == std::vector<int>{1});
    CHECK(page.doc.claims[1].text == "Geese fly.");
    CHECK(page.doc.claims[1].cites == std::vector<int>{2});
    CHECK(page.doc.sections.size() == 1);  // the <h1> is the title; "References" is back matter
    CHECK(has_date(note(page.doc, 1), make_date(2022, 3, 3), date_role::accessed));
    CHECK(page.warnings.empty());
}

TEST_CASE("a bold line naming the reference list stands for its heading, closed or not") {
    // Word processors and site builders write a title as a bold paragraph; a browser closes
    // an unclosed <b> and carries it into the list's items.
    for (const std::string title : {"<p><strong>References</strong></p>", "<p><b>Notes and references:</b></p>",
                                     "<div><b><i>Endnotes</i></b></div>", "<p><b>References</p>"}) {
        CAPTURE(title);
        const imported page = import_string(
            "<h1>Wells</h1><p><b>Note:</b> figures are rounded.</p>"
            "<p>Wells dried up in the south.<sup><a href=\"#n1\">1</a></sup> Rain fell by a third.[2]</p>" +
            title + "<ol><li id=\"n1\">Basin Agency. Well census. 2020.</li><li>Ministry of Water. Rain. 2021.</li></ol>"
            "<p>Page last updated 2022.</p>");
        REQUIRE(page.doc.references.size() == 2);
        CHECK(note(page.doc, 2).text == "Ministry of Water. Rain. 2021.");
        // The bold "Note:" is prose; what follows the list is back matter, not a claim.
        REQUIRE(page.doc.claims.size() == 3);
        CHECK(page.doc.claims[0].text == "Note: figures are rounded.");
        CHECK(page.doc.claims[1].cites == std::vector<int>{1});
        CHECK(page.doc.claims[2].cites == std::vector<int>{2});
        CHECK(page.warnings.empty());
    }
    // A bold line that names no list, or a paragraph with only a bold lead, is prose.
    for (const std::string line : {"<p><b>Key findings</b></p>", "<p><b>References</b> are listed below.</p>",
                                   "<p><b>Note</b></p>"}) {
        CAPTURE(line);
        const imported page = import_string("<p>Wells dried up [1].</p>" + line + "<ol><li>Basin Agency. 2020.</li></ol>");
        CHECK(page.doc.references.empty());
    }
}

TEST_CASE("an unresolved numeric footnote link is warned of") {
    auto page = import_string(
        "<p>Ducks swim.<sup><a href=\"#ref3\">3</a></sup></p><h2>Notes</h2><ol><li id=\"n1\">One.</li></ol>");
    REQUIRE(page.warnings.items().size() == 1);
    CHECK(page.warnings.items()[0].message == "callout 3 links to #ref3, which is in no reference list");
    CHECK(page.warnings.items()[0].where == location{1, 15});
}

TEST_CASE("table cells citing notes are claims with their row and column") {
    auto page = import_string(wiki_page(
        "<table class=\"wikitable\"><tr><th>Species</th><th>Weight</th></tr>"
        "<tr><td>Mallard</td><td>1.1 kg" + callout("cite_note-1", "1") + "</td></tr>"
        "<tr><td rowspan=\"2\">Teal</td><td>0.3 kg</td></tr><tr><td>0.4 kg" + callout("cite_note-1", "1") +
        "</td></tr></table>"
        "<table class=\"infobox\"><tr><th colspan=\"2\">Duck</th></tr>"
        "<tr><th scope=\"row\">Order</th><td>Anseriformes" + callout("cite_note-1", "1") + "</td></tr></table>",
        "<li id=\"cite_note-1\">One.</li>"));
    std::vector<std::string> texts;
    for (const claim& c : page.doc.claims) {
        CHECK(c.in_table);
        CHECK(c.cites == std::vector<int>{1});
        texts.emplace_back(c.text);
    }
    CHECK(texts == std::vector<std::string>{"Mallard \xE2\x80\x94 Weight: 1.1 kg", "Teal \xE2\x80\x94 Weight: 0.4 kg",
                                            "Order \xE2\x80\x94 Duck: Anseriformes"});
}

TEST_CASE("Parsoid HTML links within the page as ./Title#fragment") {
    auto page = import_string(
        "<html><head><title>Duck</title></head><body><section><p>Ducks swim.<sup class=\"mw-ref reference\" "
        "typeof=\"mw:Extension/ref\"><a href=\"./Duck#cite_note-1\"><span class=\"mw-reflink-text\">[1]</span>"
        "</a></sup></p></section><section><h2 id=\"References\">References</h2><div class=\"mw-references-wrap\">"
        "<ol class=\"mw-references references\"><li about=\"#cite_note-1\" id=\"cite_note-1\"><span "
        "class=\"mw-cite-backlink\"><a href=\"./Duck#cite_ref-1\" rel=\"mw:referencedBy\">\xE2\x86\x91</a></span> "
        "<span class=\"mw-reference-text reference-text\"><a href=\"./Duck#CITEREFSmith2001\">Smith 2001</a>, "
        "p. 3.</span></li></ol></div><h2>Sources</h2><ul><li><cite id=\"CITEREFSmith2001\">Smith, J. (June 2001). "
        "Ducks.</cite></li></ul></section></body></html>");
    REQUIRE(page.doc.claims.size() == 1);
    CHECK(page.doc.claims[0].cites == std::vector<int>{1});
    CHECK(note(page.doc, 1).text == "Smith 2001, p. 3.");
    CHECK(note(page.doc, 1).extra->full_entries == std::vector<std::size_t>{0});
    CHECK(note(page.doc, 1).published == make_date(2001, 6));
    CHECK(page.warnings.empty());
}

TEST_CASE("a table of huge spans is read cell by cell without copying every span") {
    std::string html = "<table>";
    for (int i = 0; i < 3000; ++i) html += "<tr><td colspan=1000 rowspan=65534>x" + callout("n1", "1") + "</td></tr>";
    html += "</table><h2>Notes</h2><ol><li id=n1>One.</li></ol>";
    auto page = import_string(html);
    CHECK(page.doc.claims.size() == 3000);
}

TEST_CASE("nesting too deep to walk is refused with its position") {
    std::string html = "<p>Ducks.</p>\n";
    for (int i = 0; i < 1100; ++i) html += "<div>";
    CHECK_THROWS_WITH_AS(import_string(html), doctest::Contains("page.html:2:"), input_error);
    CHECK_THROWS_WITH_AS(import_string(html), doctest::Contains("nested deeper than 1000"), input_error);
}

TEST_CASE("input that is not UTF-8 or holds no text is refused") {
    CHECK_THROWS_WITH_AS(import_string("\xFF\xFE<\0p\0>\0"), doctest::Contains("page.html:1:1: error: UTF-16"),
                         input_error);
    CHECK_THROWS_WITH_AS(import_string("<p>caf\xE9</p>"), doctest::Contains("page.html:1:7: error: invalid UTF-8"),
                         input_error);
    CHECK_THROWS_WITH_AS(import_string("<html><body> </body></html>"), doctest::Contains("empty document"),
                         input_error);
}

}  // TEST_SUITE

TEST_CASE("plain bracket callouts cite when the page has a numbered list holding their numbers") {
    const imported page = import_string(
        "<h1>Ducks</h1><p>Ducks dabble [1, 2]. Ages vary in [0, 1] and [Table 2]. Geese graze [3].</p>"
        "<h2>References</h2><ol><li id=\"r1\">Smith J. Ducks. 2001.</li><li id=\"r2\">Jones K. "
        "Dabbling. 2003.</li></ol>");
    REQUIRE(page.doc.references.size() == 2);
    REQUIRE(page.doc.claims.size() == 3);
    CHECK(page.doc.claims[0].text == "Ducks dabble.");
    CHECK(page.doc.claims[0].cites == std::vector<int>{1, 2});
    CHECK(page.doc.claims[1].text == "Ages vary in [0, 1] and [Table 2].");
    CHECK(page.doc.claims[1].cites.empty());
    CHECK(page.doc.claims[2].text == "Geese graze [3].");  // 3 is in no list: text
    CHECK(page.doc.claims[2].cites.empty());

    const imported no_list = import_string("<p>Ducks dabble [1].</p>");
    REQUIRE(no_list.doc.claims.size() == 1);
    CHECK(no_list.doc.claims[0].cites.empty());
}
