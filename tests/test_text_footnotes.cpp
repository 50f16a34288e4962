// Plain text converted from footnoted PDF reports: notes at the foot of each page, cited
// by superscripts that the conversion flattened into the line ("program.1 We"). Small
// snippets for each rule, then two US GAO reports as pdftotext writes them.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "document_queries.hpp"
#include "importers/text/apart_callouts.hpp"
#include "importers/text/import_text.hpp"
#include "importers/text/superscripts.hpp"
#include "test_paths.hpp"
#include "text_data.hpp"

using namespace citegraph;
using citegraph::testing::find_claim;
using citegraph::testing::read_file;

namespace {

using numbers = std::vector<int>;

document read_text(std::string_view text) {
    diagnostics warnings;
    return import_text(text, import_options{"report.txt"}, warnings);
}

document read_data_file(const std::string& name) {
    return citegraph::testing::read_text_data("footnoted/" + name);
}

// The numbers of the glued numbers glued_numbers finds in text.
numbers glued(std::string_view text) {
    numbers found;
    for (const glued_number& g : glued_numbers(text)) found.insert(found.end(), g.numbers.begin(), g.numbers.end());
    return found;
}

// A reference list numbered 1 to n, "1. AuthorB X. Study 1. J Stud. 2011;1:1-9.", ...
std::string numbered_list(int n) {
    std::string list;
    for (int i = 1; i <= n; ++i)
        list += std::to_string(i) + ". Author" + std::string(1, static_cast<char>('A' + i)) + " X. Study " +
                std::to_string(i) + ". J Stud. 20" + std::to_string(10 + i) + ";1:1-9.\n";
    return list;
}

// A paper's text read with a reference list numbered 1 to n after it.
document read_with_list(const std::string& body, int n) {
    return read_text(body + "\nReferences\n\n" + numbered_list(n));
}

// The cite sets of the claims that cite something, in order.
std::vector<numbers> citing_claims_cites(const document& doc) {
    std::vector<numbers> cites;
    for (const claim& c : doc.claims)
        if (!c.cites.empty()) cites.emplace_back(c.cites.begin(), c.cites.end());
    return cites;
}

std::optional<claim> claim_citing(const document& doc, int number) {
    for (const claim& c : doc.claims)
        if (std::find(c.cites.begin(), c.cites.end(), number) != c.cites.end()) return c;
    return std::nullopt;
}

// Notes 1 to N, numbered in order, each cited by a claim that cites it alone.
void check_each_note_cited_alone(const document& doc) {
    for (int n = 1; n <= static_cast<int>(doc.references.size()); ++n) {
        CAPTURE(n);
        CHECK(doc.references[static_cast<std::size_t>(n - 1)].number == n);
        const std::optional<claim> cited = claim_citing(doc, n);
        REQUIRE(cited.has_value());
        CHECK(cited->cites == numbers{n});
    }
}

// Exactly `count` notes, numbered 1 to count in order, each cited by some claim except
// those in `uncited`, whose callouts the conversion lost.
void check_notes_in_order(const document& doc, int count, const numbers& uncited = {}) {
    REQUIRE(doc.references.size() == static_cast<std::size_t>(count));
    for (int n = 1; n <= count; ++n) {
        CAPTURE(n);
        CHECK(doc.references[static_cast<std::size_t>(n - 1)].number == n);
        const bool lost = std::find(uncited.begin(), uncited.end(), n) != uncited.end();
        CHECK(claim_citing(doc, n).has_value() == !lost);
    }
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// Two pages as pdftotext prints a footnoted report: body, the page's notes (one with its
// number alone on a line), the page footer, a form feed.
const std::string two_pages =
    "Infant formula marketing was reviewed at the request of a committee, especially\n"
    "for infants in the WIC program.1 We answered three questions about it.\n"
    "Nearly half of infants receive benefits through WIC.\n"
    "\n"
    "1\n"
    "\n"
    "Senate Report 108-340 (2004) asked that we conduct this study.\n"
    "\n"
    "Page 1\n"
    "\n"
    "GAO-06-282 Breastfeeding\n"
    "\f"
    "Formula is marketed to consumer goods,2 such as shelf displays, and grew by 2.5\n"
    "percent in 2005.3 Manufacturers agree that breastfeeding is best.\n"
    "2 Shelf displays are described in GAO-04-38 (Washington, D.C.: Mar. 10, 2004).\n"
    "3 National Immunization Survey, 2005 data.\n"
    "\n"
    "Page 2\n"
    "\n"
    "GAO-06-282 Breastfeeding\n"
    "\f"
    "Officials agreed with the recommendation.\n"
    "\n"
    "Page 3\n"
    "\n"
    "GAO-06-282 Breastfeeding\n"
    "\f";

}  // namespace

TEST_SUITE("text importer: footnoted reports") {

TEST_CASE("flattened superscripts: glued to a word or closing punctuation, not quantities") {
    CHECK(glued("gross profits14 generated") == numbers{14});
    CHECK(glued("consumer goods,1 such as") == numbers{1});
    CHECK(glued("in 2005.1 EIA also") == numbers{1});
    CHECK(glued("one billion.4Many") == numbers{4});
    CHECK(glued("even mystical.\xE2\x80\x9D" "4 It was") == numbers{4});
    CHECK(glued("so called \xE2\x80\x9C" "AI winters\xE2\x80\x9D.2") == numbers{2});
    CHECK(glued("markup between 6% and 9%,12 while") == numbers{12});
    CHECK(glued("the Regulatory Flexibility Act (RFA),1 call") == numbers{1});
    // Names, units, decimals, thousands and percentages are quantities.
    CHECK(glued("COVID-19 and CO2 in m2 of H2O") == numbers{});
    CHECK(glued("grew by 2.5 percent, 1,200 people, 1.6% of 3.75") == numbers{});
    CHECK(glued("page 12 of Title 42, section 3(1)") == numbers{});
}

TEST_CASE("flattened superscripts citing several works are one group") {
    CHECK(glued("with greater epithelial content and stroma.7,8 While most") == numbers{7, 8});
    CHECK(glued("pre-cancerous lesions13-15 and breast") == numbers{13, 14, 15});
    CHECK(glued("breast tumors14,15,26\xE2\x80\x93" "28 are more likely") == numbers{14, 15, 26, 27, 28});
    CHECK(glued("in 2005.1,2 EIA also") == numbers{1, 2});
    CHECK(glued("compound libraries against Mtb7, 8. In 2013") == numbers{7, 8});
    CHECK(glued("the base of support1, 2). Gait") == numbers{1, 2});
    CHECK(glued("(see the review by Smith2) and") == numbers{2});
    // A group counts up; what follows it is judged as for one number.
    CHECK(glued("the ratio,10-80 of") == numbers{});
    CHECK(glued("grew by 2.5,3 percent") == numbers{});
    CHECK(glued("stroma.7,8and") == numbers{});
    CHECK(glued("stroma.8,7 While") == numbers{7});
    // Long runs of digits are no numbers at all, and are read without overflow.
    CHECK(glued("profits99999999999 and goods,1-99999999999 and goods,1,99999999999 Then") == numbers{});
}

TEST_CASE("a superscript glued to a year that a preposition introduces is read after the year") {
    // As a Scientific Data paper and a Nature Scientific Reports paper print them.
    CHECK(glued("projected to reach 1 billion by 20505, safeguarding") == numbers{5});
    CHECK(glued("had been in place since 193033. (3)") == numbers{33});
    CHECK(glued("was pointed out by Ashcroft in 20043. It was") == numbers{3});
    CHECK(glued("According to a WHO survey in 20152, Mtb") == numbers{2});
    // Counts and codes stay numbers: no preposition of time, a mark opening with 0, a
    // lower-case word after, no year.
    CHECK(glued("a total of 20152 people and up to 20152, more") == numbers{});
    CHECK(glued("in 20150, then in 20152people, in 30152. And by 199912345.") == numbers{});
}

TEST_CASE("a decimal before a unit that starts with a capital is no flattened superscript") {
    CHECK(glued("5.75 (dt, 1H, J = 10.07/10.38 Hz, J = 2.44 Hz, H2)") == numbers{});
    CHECK(glued("held at 2.5 V and 101.3 kPa") == numbers{});
    CHECK(glued("in 2005.1 EIA also") == numbers{1});
    CHECK(glued("rose by 2.5 In 2006") == numbers{5});
}

TEST_CASE("the first-use order picks up again after a callout printed apart") {
    // "8-11" is printed apart from its word, so it is no candidate; the order stands at 7
    // until "11-13" and "12,13", both too far ahead, follow on from each other. "sized22"
    // jumps ahead too, but nothing continues from it.
    const std::string text =
        "Thiols play key roles.1-3 Caging groups4 are useful.5,6 Light suits live cells.7 Other\n"
        "groups studied other scaffolds. 8-11 Coumarin cores were used widely.11-13 Thioether\n"
        "bonds are more stable12,13 than carbonates.13 We used NDBF.14 Its beads are sized22 apart\n"
        "and its ring can be substituted.15\n";
    document doc = read_with_list(text, 24);
    CHECK(doc.callouts == callout_style::superscript);
    CHECK(citing_claims_cites(doc) == std::vector<numbers>{{1, 2, 3}, {4}, {5, 6}, {7}, {11, 12, 13}, {12, 13}, {13}, {14}, {15}});
}

TEST_CASE("a superscript closed by a parenthesis takes the parenthesis with it") {
    // Some journals print "support1, 2)." for a superscript citing 1 and 2.
    const std::string text =
        "Balance keeps the center of gravity within the base of support1, 2). Gait training is\n"
        "common3). Water walking adds buoyancy3, 4). It helps older adults5).\n";
    document doc = read_with_list(text, 5);
    CHECK(doc.callouts == callout_style::superscript);
    CHECK(citing_claims_cites(doc) == std::vector<numbers>{{1, 2}, {3}, {3, 4}, {5}});
    REQUIRE(doc.claims.size() == 4);
    CHECK(doc.claims[0].text == "Balance keeps the center of gravity within the base of support.");
    CHECK(doc.claims[1].text == "Gait training is common.");
    CHECK(doc.claims[2].text == "Water walking adds buoyancy.");
}

// The opening of a Scientific Data paper as GROBID's annotated training text gives it,
// superscripts glued as pdftotext prints them (tests/data/SOURCES.md). Its callouts, as
// the annotators marked them: 1-4, 5, 6, ..., 6,12,13, 14, 15-19, 20-22, 23, 24, 21,22,
// 15, 16,17, 25, 26, 27, 23. The training text holds no reference list; one of 45 entries
// stands in for it.
TEST_CASE("a Scientific Data paper's superscript callouts cite as its annotators marked them") {
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/superscripts/scidata-2024-shoreline-excerpt.txt";
    document doc = read_with_list(read_file(path), 45);
    CHECK(doc.callouts == callout_style::superscript);
    // Two are not read: 15 and 26, glued to a name in capitals ("USA15", "USA26"), which
    // reads as "CO2" does. 5 is glued to a year ("by 20505,").
    CHECK(citing_claims_cites(doc) ==
          std::vector<numbers>{{1, 2, 3, 4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {6, 12, 13}, {14},
                               {15, 16, 17, 18, 19}, {20, 21, 22}, {23}, {24}, {21, 22}, {16, 17}, {25}, {27}, {23}});
    const std::optional<claim> storms = find_claim(doc, "Furthermore, they function as critical storm buffers");
    REQUIRE(storms.has_value());
    CHECK(storms->text == "Furthermore, they function as critical storm buffers");
}

TEST_CASE("superscripts naming most of the list outweigh compounds numbered in parentheses") {
    // A chemistry paper: superscript callouts, and compounds (1) to (3) named again and again.
    const std::string text =
        "Diosgenin occurs in nature as glycosides.1 It is isolated from plants.2,3 Its saponins are\n"
        "studied widely.4-6 Ferrier rearrangement gives unsaturated glycosides.7 Reaction of (1) with\n"
        "(2) gave (3). Then (3) with (1) gave (2) and (3) again, and (1) with (2) gave (3).\n";
    document doc = read_with_list(text, 7);
    CHECK(doc.callouts == callout_style::superscript);
    CHECK(citing_claims_cites(doc) == std::vector<numbers>{{1}, {2, 3}, {4, 5, 6}, {7}});
}

TEST_CASE("a paper's superscript groups cite every number they name, in first-use order") {
    // As pdftotext prints a paper whose superscripts cite several works at once.
    const std::string text =
        "Invasive breast cancer is the most commonly diagnosed cancer worldwide.1 Breast density is one\n"
        "of the strongest risk factors2. Percent density is a stronger predictor of risk.3 Dense tissue\n"
        "holds more epithelial cells and stroma.4,5 While most studies used microscopy, one study of\n"
        "autopsy tissue agreed.6 Lesions are more likely in dense regions,7-11 as are tumors.2,12\n";
    document doc = read_with_list(text, 12);
    CHECK(doc.callouts == callout_style::superscript);
    CHECK(citing_claims_cites(doc) == std::vector<numbers>{{1}, {2}, {3}, {4, 5}, {6}, {7, 8, 9, 10, 11}, {2, 12}});
    CHECK(doc.claims[3].text == "Dense tissue holds more epithelial cells and stroma.");
}

TEST_CASE("a note whose number is typeset as a superscript is a note even where no callout names it") {
    // Page 2 calls note 2 out nowhere the text shows (a callout in a table, say); a PDF
    // still sets the note's own number raised at the foot, as it sets every note's.
    std::string text = two_pages;
    const std::string called = "consumer goods,2 such";
    text.replace(text.find(called), called.size(), "consumer goods, such");
    const auto mark = [&](std::string_view at, std::size_t digit, int number) {
        const std::size_t begin = text.find(at) + digit;
        return text_import::typeset_superscript{begin, begin + 1, {number}};
    };
    const text_import::superscript_marks typeset({mark("\n1\n", 1, 1), mark("program.1 We", 8, 1),
                                                  mark("2 Shelf", 0, 2), mark("2005.3", 5, 3), mark("3 National", 0, 3)});
    diagnostics warnings;
    document doc = import_text(text, import_options{"report.pdf"}, warnings, typeset);
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[1].number == 2);
    CHECK(doc.references[1].text == "Shelf displays are described in GAO-04-38 (Washington, D.C.: Mar. 10, 2004).");
    CHECK(claim_citing(doc, 3).has_value());
    // With its superscripts guessed, note 2 is a note because note 3, right after it at
    // the page's foot, is called out.
    document guessed = read_text(text);
    REQUIRE(guessed.references.size() == 3);
    CHECK(guessed.references[1].text.starts_with("Shelf displays"));
    // Without note 3, nothing shows that the line opening with 2 is a note: it stays in
    // the body.
    std::string alone = text;
    for (const std::string cut : {"3 National Immunization Survey, 2005 data.\n", "2005.3"})
        alone.replace(alone.find(cut), cut.size(), cut == "2005.3" ? "2005." : "");
    document unproven = read_text(alone);
    CHECK(unproven.references.size() == 1);
    CHECK(std::none_of(unproven.references.begin(), unproven.references.end(),
                       [](const reference& r) { return r.text.starts_with("Shelf displays"); }));
}

TEST_CASE("footnotes at the foot of each page become the numbered references") {
    document doc = read_text(two_pages);
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].number == 1);
    CHECK(doc.references[0].text == "Senate Report 108-340 (2004) asked that we conduct this study.");
    CHECK(doc.references[1].text == "Shelf displays are described in GAO-04-38 (Washington, D.C.: Mar. 10, 2004).");
    CHECK(doc.references[1].published.year == 2004);
    CHECK(doc.references[2].text == "National Immunization Survey, 2005 data.");
    // The notes left the body: no claim holds their words, and the page's paragraph
    // is whole.
    for (const claim& c : doc.claims) {
        CHECK(c.text.find("Senate Report") == std::string::npos);
        CHECK(c.text.find("National Immunization Survey") == std::string::npos);
    }
}

TEST_CASE("a flattened superscript cites the note of its page and closes its clause") {
    document doc = read_text(two_pages);
    const std::optional<claim> first = claim_citing(doc, 1);
    REQUIRE(first.has_value());
    CHECK(first->text ==
          "Infant formula marketing was reviewed at the request of a committee, especially for infants in the WIC program.");
    CHECK(first->cites == numbers{1});
    const std::optional<claim> second = claim_citing(doc, 2);
    REQUIRE(second.has_value());
    CHECK(second->text == "Formula is marketed to consumer goods,");
    const std::optional<claim> third = claim_citing(doc, 3);
    REQUIRE(third.has_value());
    // "2.5 percent" is a decimal, not a callout of note 2 or 5.
    CHECK(third->text == "such as shelf displays, and grew by 2.5 percent in 2005.");
    CHECK(third->cites == numbers{3});
    CHECK(std::any_of(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return c.text == "Manufacturers agree that breastfeeding is best." && c.cites.empty();
    }));
}

TEST_CASE("a number glued on a page without that note is no callout") {
    // Note 1 sits on page 2; "program.1" on page 1 cannot call it out, and page 1's
    // numbered lines are no notes, since nothing on the page calls them out.
    document doc = read_text(
        "The program was reviewed.1 Results follow in two steps:\n"
        "2 Steps were taken in order.\n"
        "\n"
        "Page 1\n\nA Report\n\f"
        "The second page cites a source.1 It ends here.\n"
        "1 A source of 2019.\n"
        "\n"
        "Page 2\n\nA Report\n\f"
        "Closing words of the report.\n"
        "\n"
        "Page 3\n\nA Report\n\f");
    REQUIRE(doc.references.size() == 1);
    CHECK(doc.references[0].text == "A source of 2019.");
    const std::optional<claim> cited = claim_citing(doc, 1);
    REQUIRE(cited.has_value());
    CHECK(cited->text == "The second page cites a source.");
    CHECK(std::any_of(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return c.text == "The program was reviewed.1 Results follow in two steps: 2 Steps were taken in order.";
    }));
}

TEST_CASE("an unnumbered list beside footnotes is the bibliography the notes abbreviate") {
    document doc = read_text(two_pages +
                             "Bibliography\n\n"
                             "Baydar, Nazli. WIC Infant Feeding Practices Study. Alexandria, VA: 1997.\n\n"
                             "Snell, B.J. The Association of Formula Samples. 1992.\n");
    CHECK(doc.references.size() == 3);
    REQUIRE(doc.bibliography.size() == 2);
    CHECK(doc.bibliography[0].published.year == 1997);
    REQUIRE(claim_citing(doc, 3).has_value());
}

TEST_CASE("\"Bibliography\" in a table of contents heads no reference list") {
    // The contents' heading repeats on its pages and is removed as a running header;
    // the table still ends at the first line of prose.
    document doc = read_text(
        "Contents\n\nLetter\n\n1\n\nBibliography\n\n41\n\nA Report\n\f"
        "Contents\n\nTables\n\n3\n\nA Report\n\f"
        "The agencies reported their findings on time, as the committee had asked them to.\n"
        "Each agency used its data to decide.\n\nA Report\n\f");
    CHECK(doc.references.empty());
    CHECK(std::any_of(doc.claims.begin(), doc.claims.end(),
                      [](const claim& c) { return c.text == "Each agency used its data to decide."; }));
}

TEST_CASE("GAO-06-282: every footnote is a reference, cited where the report calls it out") {
    // The letter prints note 1; appendix I (briefing slides) numbers its notes 1 to 18
    // again, appendix II 1 and 2: 21 notes, numbered on across the restarts.
    document doc = read_data_file("gao-06-282-breastfeeding.txt");
    REQUIRE(doc.references.size() == 21);
    check_each_note_cited_alone(doc);
    CHECK(doc.references[0].text.rfind("The Senate Committee on Appropriations asked in the 2005", 0) == 0);
    CHECK(doc.references[0].where.line == 162);
    // The slides' note 1 is note 2, called out on the slide that prints it.
    CHECK(doc.references[1].text.rfind("Jon Weimer, The Economic Benefits of Breastfeeding", 0) == 0);
    CHECK(ends_with(claim_citing(doc, 2)->text, "if breastfeeding rates met federal Healthy People goals (USDA)."));
    CHECK(doc.references[12].published.year == 1997);
    CHECK(doc.references[16].published.year == 1992);
    CHECK(ends_with(claim_citing(doc, 1)->text, "especially for infants in the WIC program."));
    CHECK(ends_with(claim_citing(doc, 13)->text, "according to a 1997 national USDA study."));
    // Appendix II's notes 1 and 2.
    CHECK(doc.references[19].text.rfind("The studies used different measures of breastfeeding", 0) == 0);
    CHECK(ends_with(claim_citing(doc, 20)->text, "data quality, limitations, and analytic techniques."));
    CHECK(ends_with(claim_citing(doc, 21)->text, "free infant formula samples in hospital discharge packages."));
    // Page footers and note texts are out of the body.
    for (const claim& c : doc.claims) {
        CHECK(c.text.find("GAO-06-282 Breastfeeding") == std::string::npos);
        CHECK(c.text.find("Senate Report 108-340") == std::string::npos);
    }
}

TEST_CASE("GAO-07-283: 27 footnotes over 108 pages, figures' axis numbers left alone") {
    document doc = read_data_file("gao-07-283-peak-oil.txt");
    check_notes_in_order(doc, 27);
    // Note 7's callout opens a page, after the page break cut its sentence: the clause
    // it closes is whole, and the words after it finish its sentence.
    const std::optional<claim> seventh = claim_citing(doc, 7);
    REQUIRE(seventh.has_value());
    CHECK(seventh->text.find("light vehicles are the largest consumers of petroleum energy, accounting for") !=
          std::string::npos);
    CHECK(ends_with(seventh->text, "consumption of petroleum-based energy in the United States."));
    CHECK(ends_with(claim_citing(doc, 1)->text, "84 million barrels per day in 2005."));
}

TEST_CASE("one digit glued to a word is no evidence of a note: tables name rows so") {
    // "R1" is a row's name; the "1" over a line at the page's foot is a cell of a table.
    document doc = read_text("Requirements are ranked by weight.\nThe first row, R1, weighs most of all.\n"
                             "It is done with care and with the methods of the field.\n\n"
                             "1\n\nRequirements are ranked by hand in each case.\n\nPage 1\n\nA Report\n\f"
                             "Closing words.\n\nPage 2\n\nA Report\n\f");
    CHECK(doc.references.empty());
    CHECK(find_claim(doc, "ranked by hand in each case").has_value());
}

TEST_CASE("GAO-06-1046: every one of 27 notes, also those whose callouts the conversion lost") {
    // Note 13's callout stands apart across a blank line, 15's is glued to a year ("Act of
    // 199815") and 27's to a name in capitals ("PART27"): none reads as a callout. Notes 13
    // and 15 are each followed at their page's foot by a note the body calls out; 27 is
    // the next note due, and the body has its number glued to a word.
    document doc = read_data_file("gao-06-1046-grants.txt");
    check_notes_in_order(doc, 27, {13, 15, 27});
    CHECK(doc.references[12].text.starts_with("We identified these strategies through our literature review"));
    CHECK(doc.references[14].text == "Pub. L. No. 105-200.");
    CHECK(doc.references[26].text.starts_with("OMB developed PART as a diagnostic tool"));
    for (const claim& c : doc.claims) {
        CAPTURE(c.text);
        CHECK(c.text.find("We identified these strategies") == std::string::npos);
        CHECK(c.text.find("OMB developed PART as a diagnostic tool") == std::string::npos);
    }
}

// pdftotext prints GAO's paragraphs with no blank line between them; one ends where a
// sentence ends although the next line's first word would have fitted on its last line.
TEST_CASE("GAO-07-283: a paragraph ends where its last line stops short, so a claim cites from its own paragraph") {
    document doc = read_data_file("gao-07-283-peak-oil.txt");
    // The paragraph before note 7's ("... 27.6 million barrels per day in 2030.") cites
    // nothing; note 7's claim starts with its own paragraph.
    const std::optional<claim> seventh = claim_citing(doc, 7);
    REQUIRE(seventh.has_value());
    CHECK(seventh->text.rfind("As figure 3 shows, the transportation sector is by far the largest", 0) == 0);
    const std::optional<claim> before = find_claim(doc, "EIA projects that U.S. consumption will continue to increase");
    REQUIRE(before.has_value());
    CHECK(before->cites.empty());
    // Mid-paragraph, a line ending a sentence goes on when the next word would not have
    // fitted: "... per day in 1980 to 59 million barrels" / "per day in 1983. Since then".
    const std::optional<claim> since = find_claim(doc, "Since then, however, world consumption of petroleum products");
    REQUIRE(since.has_value());
    CHECK(since->text.rfind("Oil accounts for approximately one-third", 0) != 0);
}

TEST_CASE("wrapped text: a short line ending a sentence ends its paragraph only if the next word fits on it") {
    std::string text = "Findings\n\n";
    // Twenty lines wrapped at 64 characters mid-sentence, to learn the width from (each its
    // own: a line repeated on every page would be a running header).
    for (int i = 10; i < 30; ++i)
        text += "In district " + std::to_string(i) + " the survey found that children work on farms and\n"
                "in mines with their parents, most of them for long hours.\n";
    text += "The ministry has counted the children working in the cotton\nsector. Many are under fourteen years old. (1)\n"
            "This line stops short.\nLater the ministry asked for help. (2)\n"
            "Cotton goes to the buyers of the U.S.\nGovernment, who pay the farms late. (2)\n"
            "These words fill the line up to its usual width at the very end.\nExtraordinarily, it goes on. (1)\n"
            "\nReferences\n1. Ministry of Labour. Survey. 2020.\n2. ILO. Report. 2021.\n";
    const document doc = read_text(text);
    const std::optional<claim> later = find_claim(doc, "Later the ministry asked for help.");
    REQUIRE(later.has_value());
    CHECK(later->text == "Later the ministry asked for help.");
    CHECK(later->cites == std::vector<int>{2});
    // "U.S." is an abbreviation, as the claims' sentences read it: no sentence ends there.
    const std::optional<claim> late = find_claim(doc, "who pay the farms late.");
    REQUIRE(late.has_value());
    CHECK(late->text == "Cotton goes to the buyers of the U.S. Government, who pay the farms late.");
    const std::optional<claim> goes_on = find_claim(doc, "it goes on.");
    REQUIRE(goes_on.has_value());
    CHECK(goes_on->text.rfind("These words fill the line", 0) == 0);
}

TEST_CASE("GAO-07-791: a page that numbers its notes from 1 again after an appendix's only note") {
    // Appendix VI's one note is its 1; appendix VII's first page prints notes 1 and 2. The
    // running series would read on from 2 and leave note 1 in the body.
    document doc = read_data_file("gao-07-791-appendices-vi-vii.txt");
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].text.rfind("CPSC officials reported that their review process", 0) == 0);
    CHECK(doc.references[1].text ==
          "The Office of Prevention, Pesticides and Toxic Substances and the Office of Solid Waste "
          "and Emergency Response reported that their reviews in response to the OMB "
          "Manufacturing Regulatory Reform initiative all resulted in the changes.");
    CHECK(doc.references[1].where.line == 154);
    CHECK(doc.references[2].text.rfind("OPPTS reported two changes", 0) == 0);
    CHECK(ends_with(claim_citing(doc, 1)->text, "starting with their earliest regulations."));
    CHECK(ends_with(claim_citing(doc, 2)->text, "under discretionary authority usually resulted in more changes."));
    CHECK(claim_citing(doc, 2)->cites == numbers{2});
    CHECK(ends_with(claim_citing(doc, 3)->text, "only 1 resulted in change."));
    for (const claim& c : doc.claims) CHECK(c.text.find("Manufacturing Regulatory Reform initiative all") == std::string::npos);
}

TEST_CASE("GAO-07-791: a callout at a line's end after a year is read with the next line's first word") {
    // "on April 1, 2005.2" ends its line; the next opens "In addition". Line by line, "2005.2"
    // could be a decimal, and note 2 was left out of the notes, its text a claim.
    document doc = read_data_file("gao-07-791-appendix-iii.txt");
    REQUIRE(doc.references.size() == 5);
    check_each_note_cited_alone(doc);
    CHECK(doc.references[1].text == "70 Fed. Reg. 16,902 (Apr. 1, 2005).");
    CHECK(doc.references[1].where.line == 94);
    CHECK(doc.references[1].published.year == 2005);
    CHECK(ends_with(claim_citing(doc, 2)->text, "DEA published a Final Rule revising its regulations on April 1, 2005."));
    CHECK(claim_citing(doc, 3)->text.rfind("In addition to these reviews, ATF conducted five discretionary reviews", 0) == 0);
    for (const claim& c : doc.claims) CHECK(c.text.find("16,902") == std::string::npos);
}

TEST_CASE("numbers printed apart: after a full stop before a capital, or alone on a line of a paragraph") {
    const auto values = [](std::string_view text) {
        numbers found;
        for (const text_import::raised_number& r : text_import::numbers_after_full_stop(text))
            found.push_back(r.numbers.front());
        return found;
    };
    CHECK(values("and points of view. 3 The parties were selected") == numbers{3});
    CHECK(values("with other forms of generating electricity. 29 Both studies") == numbers{29});
    CHECK(values("See Act. 12 The end") == numbers{12});
    // Numbered things, abbreviations, quantities and lower case are no callouts.
    CHECK(values("shown in Figure 2. 3 The") == numbers{});
    CHECK(values("See No. 3 The") == numbers{});
    CHECK(values("the U.S. 3 The") == numbers{});
    CHECK(values("in 2005. 3 The") == numbers{});
    CHECK(values("of view. 3 tons were") == numbers{});
    CHECK(values("of view. 1200 The") == numbers{});
    CHECK(values("of view. 03 The") == numbers{});
    CHECK(text_import::lone_number("  4 ") == 4);
    CHECK(text_import::lone_number("4 review.") == 0);
    CHECK(text_import::lone_number("1000") == 0);
}

TEST_CASE("GAO-07-791: a callout printed after a full stop and a space calls out its page's note") {
    // "points of view. 3 The parties": pdftotext set the superscript apart. Appendix I's
    // note 3 stayed in the body, and its note 4 was read as 3.
    document doc = read_data_file("gao-07-791-appendix-i.txt");
    REQUIRE(doc.references.size() == 4);
    CHECK(doc.references[2].text.rfind("We interviewed 15 individuals from 11 separate groups", 0) == 0);
    CHECK(doc.references[2].where.line == 197);
    CHECK(doc.references[3].text.rfind("We held a separate exit meeting", 0) == 0);
    for (int n = 1; n <= 4; ++n) {
        CAPTURE(n);
        const std::optional<claim> cited = claim_citing(doc, n);
        REQUIRE(cited.has_value());
        CHECK(cited->cites == numbers{n});
    }
    CHECK(ends_with(claim_citing(doc, 3)->text, "(academic, business, public, advocacy, and state government) and points of view."));
    // The callout's digits are in no claim; the next sentence opens the next claim.
    for (const claim& c : doc.claims) CHECK(c.text.find("view. 3") == std::string::npos);
    CHECK(std::any_of(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return c.text.rfind("The parties were selected based on their contributions", 0) == 0;
    }));
}

TEST_CASE("GAO-07-791: a callout on a line of its own inside a table cell calls out its page's note") {
    // "would have relaxed most rules under" / "4" / "review.": the cell's superscript
    // became a line of its own.
    document doc = read_data_file("gao-07-791-appendix-viii.txt");
    REQUIRE(doc.references.size() == 4);
    CHECK(doc.references[3].text.rfind("The rule changes from the 2002 quadrennial review never went into effect.", 0) == 0);
    const std::optional<claim> fourth = claim_citing(doc, 4);
    REQUIRE(fourth.has_value());
    CHECK(fourth->cites == numbers{4});
    // The bullet after "review." opens the next claim: this one ends with its sentence.
    CHECK(ends_with(fourth->text, "The 2002 review order would have relaxed most rules under review."));
    // The other lone numbers of the excerpt, which name no note of their page, stay text.
    CHECK(claim_citing(doc, 3)->cites == numbers{3});
}

TEST_CASE("without form feeds, page numbers counting up mark the pages and their footnotes") {
    // Other converters than pdftotext print a page's number alone at its top and no form
    // feed: "2", "3", "4" between blank lines, each a page apart.
    std::string text;
    for (int page = 1; page <= 4; ++page) {
        if (page > 1) text += "\n" + std::to_string(page) + "\n";
        for (int line = 1; line <= 20; ++line)
            text += "Line " + std::to_string(line) + " of page " + std::to_string(page) + " goes on in the body of the\n";
        text += "paper, which cites a source here.";
        text += std::to_string(page) + " The next sentence follows.\n";
        text += std::to_string(page) + " Source of page " + std::to_string(page) + ", published in 201" + std::to_string(page) + ".\n";
    }
    document doc = read_text(text);
    REQUIRE(doc.references.size() == 4);
    for (int n = 1; n <= 4; ++n) {
        CAPTURE(n);
        const reference& r = doc.references[static_cast<std::size_t>(n - 1)];
        CHECK(r.text == "Source of page " + std::to_string(n) + ", published in 201" + std::to_string(n) + ".");
        const std::optional<claim> cited = claim_citing(doc, n);
        REQUIRE(cited.has_value());
        CHECK(ends_with(cited->text, "paper, which cites a source here."));
    }
    // The page numbers left the text, and so no paragraph holds them.
    for (const claim& c : doc.claims) CHECK(c.text.find("body of the 2") == std::string::npos);
}

}  // TEST_SUITE
