// Tests of the plain-text report importer: small inline snippets for each trap, then the
// whole Mali report (tests/data/usdol-mali-2021.txt) with exact expectations.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/claim_years.hpp"
#include "citegraph/diagnostics.hpp"
#include "document_queries.hpp"
#include "importers/text/import_text.hpp"
#include "test_paths.hpp"
#include "text_data.hpp"

using namespace citegraph;
using citegraph::testing::find_claim;
using citegraph::testing::has_warning;
using citegraph::testing::read_file;

namespace {

const std::string snippet_path = "snippet.txt";

document read(std::string_view text, diagnostics& warnings) {
    return import_text(text, import_options{snippet_path}, warnings);
}

document read(std::string_view text) {
    diagnostics warnings;
    return read(text, warnings);
}

// A reference list of n unnumbered entries, to append to a snippet.
std::string references(int n) {
    std::string list = "\nREFERENCES\n\n";
    for (int i = 1; i <= n; ++i) list += "- Source number " + std::to_string(i) + ".\n";
    return list;
}

std::vector<std::string> claim_texts(const document& doc) {
    std::vector<std::string> texts;
    for (const claim& c : doc.claims) texts.emplace_back(c.text);
    return texts;
}

const std::string mali_path = std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt";
const std::string running_header =
    "MINIMAL ADVANCEMENT \xE2\x80\x93 EFFORTS MADE BUT CONTINUED PRACTICE THAT DELAYED ADVANCEMENT";

// The Mali report, read once for all whole-report tests.
struct mali_report {
    diagnostics warnings;
    document doc;
    mali_report() : doc(import_text(read_file(mali_path), import_options{mali_path}, warnings)) {}
};

const mali_report& mali() {
    static const mali_report report;
    return report;
}

const std::vector<int> no_cites;

// The words of text on lines of at most width bytes (a longer word has a line of its own),
// as a PDF-to-text conversion writes a paragraph.
std::string wrap_words(const std::string& text, std::size_t width) {
    std::string wrapped;
    std::size_t column = 0;
    std::istringstream words(text);
    for (std::string word; words >> word;) {
        if (column > 0 && column + 1 + word.size() > width) {
            wrapped += "\n";
            column = 0;
        }
        if (column > 0) {
            wrapped += ' ';
            ++column;
        }
        wrapped += word;
        column += word.size();
    }
    return wrapped;
}

}  // namespace

TEST_SUITE("text importer") {

// ---------------------------------------------------------------- bytes and positions

TEST_CASE("a byte order mark is skipped and takes no column") {
    document doc = read("\xEF\xBB\xBFMali made progress. (1)\n" + references(1));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Mali made progress.");
    CHECK(doc.claims[0].where == location{1, 1});
}

TEST_CASE("CRLF and CR line ends give the same lines as LF") {
    for (std::string_view end : {"\n", "\r\n", "\r"}) {
        CAPTURE(end.size());
        std::string text = "First claim. (1)" + std::string(end) + std::string(end) +
                           "Second claim. (2)" + std::string(end) + std::string(end) + "REFERENCES" +
                           std::string(end) + "- One." + std::string(end) + "- Two.";
        document doc = read(text);
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[1].text == "Second claim.");
        CHECK(doc.claims[1].where == location{3, 1});
        REQUIRE(doc.references.size() == 2);
        CHECK(doc.references[1].where == location{7, 3});
        CHECK(doc.references[1].text == "Two.");
    }
}

TEST_CASE("empty and blank input is an empty document at 1:1") {
    for (std::string_view text : {"", "\xEF\xBB\xBF", "   \n\t\n \r\n"}) {
        CAPTURE(text.size());
        diagnostics warnings;
        CHECK_THROWS_WITH_AS(read(text, warnings), doctest::Contains("snippet.txt:1:1: error: empty document"),
                             input_error);
    }
}

TEST_CASE("input holding only headings has no paragraphs and is an empty document") {
    CHECK_THROWS_WITH_AS(read("I. FIRST PART\n\nA Subheading\n"),
                         doctest::Contains("snippet.txt:1:1: error: empty document"), input_error);
}

TEST_CASE("invalid UTF-8 is an error at the first bad byte") {
    CHECK_THROWS_WITH_AS(read("Fine line.\nab\xFF rest.\n"),
                         doctest::Contains("snippet.txt:2:3: error: invalid UTF-8"), input_error);
    CHECK_THROWS_WITH_AS(read("x\xC3"), doctest::Contains("snippet.txt:1:2: error: invalid UTF-8"),
                         input_error);
    CHECK_THROWS_WITH_AS(read("overlong \xC0\xAF"),
                         doctest::Contains("snippet.txt:1:10: error: invalid UTF-8"), input_error);
    CHECK_THROWS_WITH_AS(read("surrogate \xED\xA0\x80"),
                         doctest::Contains("snippet.txt:1:11: error: invalid UTF-8"), input_error);
}

TEST_CASE("UTF-16 input is refused with a hint at 1:1") {
    for (std::string_view bom : {std::string_view("\xFF\xFE", 2), std::string_view("\xFE\xFF", 2)}) {
        const std::string text = std::string(bom) + std::string("T\0e\0x\0t\0", 8);
        CHECK_THROWS_WITH_AS(read(text), doctest::Contains("snippet.txt:1:1: error: UTF-16 text; convert it to UTF-8"),
                             input_error);
    }
}

TEST_CASE("a NUL byte is an error at its position") {
    std::string text = "One.\r\nTwo";
    text += '\0';
    CHECK_THROWS_WITH_AS(read(text), doctest::Contains("snippet.txt:2:4: error: NUL byte"), input_error);
}

TEST_CASE("the error position counts CR-only line ends") {
    CHECK_THROWS_WITH_AS(read("a\rb\rc\xFE"), doctest::Contains("snippet.txt:3:2: error: invalid UTF-8"),
                         input_error);
}

// ---------------------------------------------------------------- page layout

TEST_CASE("a line repeated three times is a running header and is removed") {
    std::string text =
        "PAGE HEAD\n\nFirst paragraph ends here. (1)\n\nPAGE HEAD\n\nSecond paragraph. (2)\n\n"
        "PAGE HEAD\n\nThird paragraph. (1)\n" +
        references(2);
    document doc = read(text);
    CHECK(claim_texts(doc) ==
          std::vector<std::string>{"First paragraph ends here.", "Second paragraph.", "Third paragraph."});
    CHECK(doc.title == "snippet");
}

TEST_CASE("a line seen only twice is not a running header") {
    document doc = read("Twice Seen\n\nText one. (1)\n\nTwice Seen\n\nText two. (1)\n" + references(1));
    CHECK(claim_texts(doc) == std::vector<std::string>{"Text one.", "Text two."});
    CHECK(doc.title == "Twice Seen");
}

TEST_CASE("a line in capitals seen twice is a running header") {
    document doc = read("SIGNIFICANT ADVANCEMENT\n\nThe budget covered fees, uniforms and\n\nSIGNIFICANT ADVANCEMENT\n\n"
                        "supplies. (1)\n" + references(1));
    CHECK(claim_texts(doc) == std::vector<std::string>{"The budget covered fees, uniforms and supplies."});
}

TEST_CASE("a paragraph cut by a page break mid-sentence is joined again") {
    std::string text = "HEAD\n\nIntro text. (1)\n\nParents pay for uniforms, transportation costs, and\n\n"
                       "HEAD\n \n\t\nsupplies, as well as salaries. (2) Next one. (1)\n\nHEAD\n" +
                       references(2);
    document doc = read(text);
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[1].text ==
          "Parents pay for uniforms, transportation costs, and supplies, as well as salaries.");
    CHECK(doc.claims[1].cites == std::vector<int>{2});
    CHECK(doc.claims[1].where == location{5, 1});
    CHECK(doc.claims[2].where == location{10, 36});
}

TEST_CASE("a page break after a finished paragraph keeps the paragraphs apart") {
    std::string text = "HEAD\n\nFinished here. (1)\n\nHEAD\n\nAnother paragraph starts. (2)\n\nHEAD\n" +
                       references(2);
    document doc = read(text);
    CHECK(claim_texts(doc) == std::vector<std::string>{"Finished here.", "Another paragraph starts."});
}

TEST_CASE("a paragraph followed by a lowercase line after a page break is joined") {
    std::string text = "HEAD\n\nThe staff said so. (1) Furthermore,\n\nHEAD\n\nthe budget was short. (2)\n\nHEAD\n" +
                       references(2);
    document doc = read(text);
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[1].text == "Furthermore, the budget was short.");
}

TEST_CASE("a short line standing alone above a running header is a page footer") {
    std::string text = "HEAD\n\nSome text. (1)\n\nMali\n\nHEAD\n\nMore text. (2)\n\nHEAD\n" + references(2);
    document doc = read(text);
    CHECK(claim_texts(doc) == std::vector<std::string>{"Some text.", "More text."});
}

TEST_CASE("a page number beside a running header is removed and the cut paragraph joined") {
    for (std::string_view page : {"7", "- 7 -", "Page 7", "page 7 of 30"}) {
        CAPTURE(page);
        const std::string number(page);
        for (const std::string& text :
             {"HEAD\n\nIntro. (1)\n\nArticle 28 of the Code is\n\n" + number + "\n\nHEAD\n\napplicable to children. (2)\n\nHEAD\n",
              "HEAD\n\nIntro. (1)\n\nArticle 28 of the Code is\n\nHEAD\n\n" + number + "\n\napplicable to children. (2)\n\nHEAD\n"}) {
            document doc = read(text + references(2));
            CHECK(claim_texts(doc) == std::vector<std::string>{"Intro.", "Article 28 of the Code is applicable to children."});
        }
    }
}

TEST_CASE("headings and table rows are not joined across a page break") {
    std::string text = "HEAD\n\nIntro. (1)\n\nLabor Law Enforcement\n\nHEAD\n\nIn 2021, inspections rose. (2)\n\n"
                       "Table 1. Data\n\nItem\tValue\nOne\t5 (1)\n\nHEAD\n\nafter the table. (2)\n\nHEAD\n" +
                       references(2);
    document doc = read(text);
    CHECK_FALSE(find_claim(doc, "Labor Law Enforcement").has_value());
    CHECK(find_claim(doc, "In 2021, inspections rose.").has_value());
    const std::optional<claim> after = find_claim(doc, "after the table.");
    REQUIRE(after.has_value());
    CHECK(after->text == "after the table.");
    CHECK_FALSE(after->in_table);
}

// ---------------------------------------------------------------- sections and headings

TEST_CASE("roman-numbered headings start sections after an untitled preamble") {
    std::string text = "Preamble text. (1)\n\nI. FIRST PART\n\nFirst text. (1)\n\nII. SECOND PART\n\n"
                       "Sub Heading\n\nSecond text. (1)\n" +
                       references(1);
    document doc = read(text);
    REQUIRE(doc.sections.size() == 3);
    CHECK(doc.sections[0].title == "");
    CHECK(doc.sections[1].title == "I. FIRST PART");
    CHECK(doc.sections[1].where == location{3, 1});
    CHECK(doc.sections[2].title == "II. SECOND PART");
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].section == 0);
    CHECK(doc.claims[1].section == 1);
    CHECK(doc.claims[2].section == 2);
    CHECK_FALSE(find_claim(doc, "Sub Heading").has_value());
}

TEST_CASE("the title is the first line when it looks like one, else the file stem") {
    CHECK(read("Child Labor in Mali\n\nText here. (1)\n" + references(1)).title == "Child Labor in Mali");
    diagnostics warnings;
    document doc = import_text("A first sentence is no title.\n", import_options{"dir/usdol-x-2020.txt"}, warnings);
    CHECK(doc.title == "usdol-x-2020");
    CHECK(doc.claims.size() == 1);
}

TEST_CASE("the reporting year comes from a leading In YYYY, of the first paragraph") {
    CHECK(read("Title Line\n\nIn 2019, things happened. (1)\n" + references(1)).reporting_year == 2019);
    CHECK(read("Things happened in 2019. (1)\n" + references(1)).reporting_year == 0);
}

// ---------------------------------------------------------------- citation groups

TEST_CASE("citation groups with lists and ranges are expanded in order") {
    std::string text = "A. (1-6) B. (3,5,7) C. (11,15-18) D. (7,16\xE2\x80\x93" "18) E. ( 2 , 4 - 5 )\n" +
                       references(18);
    document doc = read(text);
    REQUIRE(doc.claims.size() == 5);
    CHECK(doc.claims[0].cites == std::vector<int>{1, 2, 3, 4, 5, 6});
    CHECK(doc.claims[1].cites == std::vector<int>{3, 5, 7});
    CHECK(doc.claims[2].cites == std::vector<int>{11, 15, 16, 17, 18});
    CHECK(doc.claims[3].cites == std::vector<int>{7, 16, 17, 18});
    CHECK(doc.claims[4].cites == std::vector<int>{2, 4, 5});
    CHECK(doc.claims[4].text == "E.");
}

TEST_CASE("parentheses that only look like citations stay in the text") {
    std::string text =
        "The plan (2018\xE2\x80\x93" "2022) used (MICS 5) data, (Table 3), a budget of \\$55,000 (32 million CFA), "
        "Convention (No. 29), rate (Unavailable), project (P123503), Article 3(d) and 3(1), share (%), "
        "in (2017) and (2019-2022). (2)\n" +
        references(3);
    document doc = read(text);
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{2});
    CHECK(doc.claims[0].text ==
          "The plan (2018\xE2\x80\x93" "2022) used (MICS 5) data, (Table 3), a budget of $55,000 (32 million CFA), "
          "Convention (No. 29), rate (Unavailable), project (P123503), Article 3(d) and 3(1), share (%), "
          "in (2017) and (2019-2022).");
}

TEST_CASE("a group naming no number of the list is no citation") {
    document doc = read("Text (7,9) goes on. (1)\n" + references(3));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Text (7,9) goes on.");
}

TEST_CASE("a group partly outside the list is a citation keeping the missing numbers") {
    document doc = read("Dangling claim. (2,5)\n" + references(3));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{2, 5});
}

TEST_CASE("absurd ranges are not citations and are not expanded") {
    document doc = read("Huge (1-999999999) range. Long (1-9999999999999) number. (1)\n" + references(3));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{1});
}

TEST_CASE("a reversed range is not a citation and is warned about with its position") {
    diagnostics warnings;
    document doc = read("Intro. (1)\nBackwards (3-2) range. (1)\n" + references(3), warnings);
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[1].text == "Backwards (3-2) range.");
    CHECK(has_warning(warnings, "snippet.txt:2:11: warning: reversed citation range (3-2)"));
}

TEST_CASE("citations without a reference list are kept and warned about") {
    diagnostics warnings;
    document doc = read("Text with a source. (4,7-8) Year (2017) is no citation.\n", warnings);
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].cites == std::vector<int>{4, 7, 8});
    CHECK(doc.claims[1].cites == no_cites);
    CHECK(doc.references.empty());
    CHECK(has_warning(warnings, "no reference list found"));
}

TEST_CASE("no warning about a missing list when nothing is cited") {
    diagnostics warnings;
    read("Nothing cited here.\n", warnings);
    CHECK(warnings.empty());
}

// ---------------------------------------------------------------- claims and sentences

TEST_CASE("a claim is all the sentences since the previous citation group") {
    document doc = read("Slavery exists. (1) Some are born into it. As a result, they work. (2) "
                        "Trailing one. Trailing two!\n" +
                        references(2));
    REQUIRE(doc.claims.size() == 4);
    CHECK(doc.claims[0].text == "Slavery exists.");
    CHECK(doc.claims[1].text == "Some are born into it. As a result, they work.");
    CHECK(doc.claims[1].cites == std::vector<int>{2});
    CHECK(doc.claims[1].where == location{1, 21});
    CHECK(doc.claims[2].text == "Trailing one.");
    CHECK(doc.claims[2].cites == no_cites);
    CHECK(doc.claims[3].text == "Trailing two!");
}

TEST_CASE("the words after a group in mid-sentence finish the claim it closed") {
    document doc = read("Smith (1) showed that it lasts. Many work in mines (2), accounting for half (3), while "
                        "others farm. Data show: (1) Rates fell. Results (2) Tables follow.\n" +
                        references(3));
    CHECK(claim_texts(doc) == std::vector<std::string>{"Smith showed that it lasts.", "Many work in mines",
                                                       "accounting for half, while others farm.", "Data show:",
                                                       "Rates fell. Results", "Tables follow."});
    REQUIRE(doc.claims.size() == 6);
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.claims[2].cites == std::vector<int>{3});
    // After a colon, or a capital after no punctuation (a title, as slides print them), the
    // words stand on their own.
    CHECK(doc.claims[3].cites == std::vector<int>{1});
    CHECK(doc.claims[5].cites == no_cites);
}

TEST_CASE("a paragraph without citations gives one uncited claim per sentence") {
    document doc = read("First sentence here. Second one? Third.\n" + references(1));
    CHECK(claim_texts(doc) == std::vector<std::string>{"First sentence here.", "Second one?", "Third."});
}

TEST_CASE("sentence splitting survives abbreviations, initials and decimals") {
    document doc = read("The U.S. Embassy in Washington, D.C. Office said No. 29 applies, e.g. Mr. Smith and "
                        "J. Doe, i.e. 6.5 million people and Articles 31.23 of ILO C. 182 apply. Next sentence.\n" +
                        references(1));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[1].text == "Next sentence.");
}

// As GAO's reports cite the law: GAO-07-791 has "Federal Register (68 Fed. Reg. 4406)".
TEST_CASE("sentence splitting survives the legal citations of US government reports") {
    document doc = read("ATF published the rule (68 Fed. Reg. 4406) and the Act (Pub. L. No. 104-121, 110 Stat. 857) "
                        "took effect, as H.R. Rep. No. 104-500, 104th Cong., 2d Sess. (1996) says. Next sentence.\n" +
                        references(1));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[1].text == "Next sentence.");
}

TEST_CASE("sentences break before quotes and parentheses") {
    document doc = read("One ends. \xE2\x80\x9CQuoted\xE2\x80\x9D starts. (Bracketed) starts.\n" + references(1));
    CHECK(doc.claims.size() == 3);
}

TEST_CASE("a bullet after a full stop opens a sentence, as slides run their bullets into a line") {
    // As GAO-07-791's briefing slides print: "… most rules under review. • Officials reported …".
    document doc = read("Review: \xE2\x80\xA2 The order relaxed most rules under (1) review. \xE2\x80\xA2 Officials "
                        "reported that reviews help. \xE2\x80\xA2\n" + references(1));
    CHECK(claim_texts(doc) == std::vector<std::string>{
                                  "Review: \xE2\x80\xA2 The order relaxed most rules under review.",
                                  "\xE2\x80\xA2 Officials reported that reviews help. \xE2\x80\xA2"});
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.claims[1].cites == no_cites);
}

TEST_CASE("a group right after another adds its numbers to the same claim") {
    document doc = read("Claim text. (1) (2), (1)\n" + references(2));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == std::vector<int>{1, 2});
}

TEST_CASE("a wrapped paragraph is one paragraph with positions on each line") {
    document doc = read("A claim that wraps\nonto the next line. Second claim\nalso wraps. (1)\n" + references(1));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "A claim that wraps onto the next line. Second claim also wraps.");
}

TEST_CASE("claim years are whole four-digit tokens from 1900 to 2099") {
    document doc = read("In 2019 and 2020\xE2\x80\x93" "2021 report A/76/871-S/2022/493, code 120215, year 1850, "
                        "v2021, 45,2019 and 2099. (1)\n" +
                        references(1));
    REQUIRE(doc.claims.size() == 1);
    CHECK(years_named(doc.claims[0].text) == std::vector<int>{2019, 2020, 2021, 2099});
}

TEST_CASE("markup is removed from claims and references") {
    document doc = read("The <i>Programme</i> costs \\$8.5 million *per se* for **all**\xE2\x80\xA0. (1)\n"
                        "\nREFERENCES\n- The <i>Report</i> \\$5. <https://example.org/x>\n");
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "The Programme costs $8.5 million per se for all.");
    REQUIRE(doc.references.size() == 1);
    CHECK(doc.references[0].text == "The Report $5. <https://example.org/x>");
}

TEST_CASE("footnote lines below tables are paragraphs without their marks") {
    document doc = read("\xE2\x80\xA1 Age calculated based on available information (1)\n\n"
                        "\xE2\x80\xA0 Program is funded by the Government.\n" +
                        references(1));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Age calculated based on available information");
    CHECK(doc.claims[0].where == location{1, 5});
    CHECK(doc.claims[1].text == "Program is funded by the Government.");
}

// ---------------------------------------------------------------- tables

TEST_CASE("table cells with citations are claims named by row and column") {
    std::string text = "Table 6. Labor Law Enforcement Efforts\n\n"
                       "Overview\t2020\t2021\n"
                       "Number of Labor Inspectors\t113 (1)\t 113 (2)\n"
                       "Funding\t\\$123,555\tUnknown\n";
    document doc = read(text + references(2));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Number of Labor Inspectors \xE2\x80\x94 2020: 113");
    CHECK(doc.claims[1].text == "Number of Labor Inspectors \xE2\x80\x94 2021: 113");
    CHECK(doc.claims[1].cites == std::vector<int>{2});
    CHECK(doc.claims[1].where == location{4, 37});
    CHECK(doc.claims[1].in_table);
    CHECK(years_named(doc.claims[1].text) == std::vector<int>{2021});
    CHECK_FALSE(find_claim(doc, "Table 6").has_value());
    CHECK_FALSE(find_claim(doc, "Overview").has_value());
}

TEST_CASE("rows with an empty first cell continue the previous row label") {
    std::string text = "Table 2. Work by Sector\n\nSector\tActivity\n"
                       "Agriculture\xE2\x80\xA1\tCultivating,\xE2\x80\xA0 harvesting (1)\n"
                       "\tFishing (2)\n";
    document doc = read(text + references(2));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Agriculture \xE2\x80\x94 Activity: Cultivating, harvesting");
    CHECK(doc.claims[1].text == "Agriculture \xE2\x80\x94 Activity: Fishing");
    CHECK(doc.claims[1].where == location{5, 2});
}

TEST_CASE("a cell with several sentences and groups splits like a paragraph") {
    std::string text = "Table 5. Agencies\n\nAgency\tRole\n"
                       "Ministry (MOL)\tEnforces laws. Chaired by MOL. (1) Runs a hotline. (2) Unknown results.\n";
    document doc = read(text + references(2));
    CHECK(claim_texts(doc) ==
          std::vector<std::string>{"Ministry (MOL) \xE2\x80\x94 Role: Enforces laws. Chaired by MOL.",
                                   "Ministry (MOL) \xE2\x80\x94 Role: Runs a hotline.",
                                   "Ministry (MOL) \xE2\x80\x94 Role: Unknown results."});
    CHECK(doc.claims[2].cites == no_cites);
}

TEST_CASE("a label cell with its own citation is a claim under the first header") {
    std::string text = "Table 9. Policies\n\nPolicy\tDescription\nNational Plan (1)\tAims high. (2)\n"
                       "Old Plan (2018\xE2\x80\x93" "2022)\tSets goals. (1)\n";
    document doc = read(text + references(2));
    CHECK(claim_texts(doc) == std::vector<std::string>{
                                  "Policy: National Plan", "National Plan \xE2\x80\x94 Description: Aims high.",
                                  "Old Plan (2018\xE2\x80\x93" "2022) \xE2\x80\x94 Description: Sets goals."});
}

TEST_CASE("a continued table skips its repeated title and header row") {
    std::string text = "HEAD\n\nTable 4. Laws\n\nStandard\tLegislation\nMinimum Age\tArticle 1 (1)\n\nHEAD\n\n"
                       "Table 4. Laws (Cont.)\n\nStandard\tLegislation\n\tArticle 2 (2)\n\nHEAD\n\n"
                       "Table I I. Actions (Cont.)\n\nStandard\tLegislation\nOther\tArticle 3 (1)\n";
    document doc = read(text + references(2));
    CHECK(claim_texts(doc) == std::vector<std::string>{"Minimum Age \xE2\x80\x94 Legislation: Article 1",
                                                       "Minimum Age \xE2\x80\x94 Legislation: Article 2",
                                                       "Other \xE2\x80\x94 Legislation: Article 3"});
}

TEST_CASE("tables without citations give no claims") {
    std::string text = "Table 3. Ratification\n\nConvention\tRatification\n ILO C. 138, Minimum Age\tYes\n"
                       "\nAfter the table. (1)\n";
    document doc = read(text + references(1));
    CHECK(claim_texts(doc) == std::vector<std::string>{"After the table."});
}

// ---------------------------------------------------------------- references

TEST_CASE("references are numbered by position or by their leading number") {
    std::string text = "Text. (1-3)\n\nREFERENCES\n\n- First entry 2017.\n- Second entry\n  wraps on.\n\n"
                       "HEAD\n\n- 3 Third entry.\n- 5000 girls entry.\n\nHEAD\n\nHEAD\n";
    diagnostics warnings;
    document doc = read(text, warnings);
    REQUIRE(doc.references.size() == 4);
    CHECK(doc.references[0].number == 1);
    CHECK(doc.references[1].text == "Second entry wraps on.");
    CHECK(doc.references[2].number == 3);
    CHECK(doc.references[2].text == "Third entry.");
    CHECK(doc.references[2].where == location{11, 5});
    CHECK(doc.references[3].number == 4);
    CHECK(doc.references[3].text == "5000 girls entry.");
    CHECK(warnings.empty());
}

TEST_CASE("a reference number that disagrees with its position is warned about") {
    diagnostics warnings;
    document doc = read("Text. (1)\n\nReferences\n- One.\n- 3 Three.\n- 3 Again.\n", warnings);
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[1].number == 3);
    CHECK(has_warning(warnings, "snippet.txt:5:3: warning: reference numbered 3 at position 2"));
    CHECK(has_warning(warnings, "snippet.txt:6:3: warning: reference numbered 3 at position 4"));
    CHECK(has_warning(warnings, "snippet.txt:6:3: warning: duplicate reference number 3"));
}

TEST_CASE("an entry the list prints out of order keeps its number and is warned about") {
    diagnostics warnings;
    document doc = read("Text. (2, 3)\n\nReferences\n1. One. 2001.\n3. Three. 2003.\n"
                        "2. Two, wrapped\nonto a second line. 2002.\n4. Four. 2004.\n",
                        warnings);
    REQUIRE(doc.references.size() == 4);
    CHECK(doc.references[1].number == 3);
    CHECK(doc.references[1].text == "Three. 2003.");
    CHECK(doc.references[2].number == 2);
    CHECK(doc.references[2].text == "Two, wrapped onto a second line. 2002.");
    CHECK(doc.references[3].number == 4);
    CHECK(has_warning(warnings, "snippet.txt:5:4: warning: reference numbered 3 at position 2"));
    CHECK(has_warning(warnings, "snippet.txt:6:4: warning: reference numbered 2 is listed after 3"));
    CHECK_FALSE(has_warning(warnings, "reference numbered 4"));
    CHECK_FALSE(has_warning(warnings, "duplicate"));
}

// Iqbal et al. 2010 through pdftotext: the two-column page prints entries [9], [7], [8].
TEST_CASE("the IEEE paper's reference list has all 23 entries, [7] and [8] printed after [9]") {
    const document doc = citegraph::testing::read_text_data("ieee/iqbal-2010-requirement-prioritization-excerpt.txt");
    REQUIRE(doc.references.size() == 23);
    std::vector<int> listed;
    for (const reference& r : doc.references) listed.push_back(r.number);
    CHECK(listed == std::vector<int>{1, 2, 3, 4, 5, 6, 9, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23});
    CHECK(doc.references[7].text.rfind("Kostoff R N, Schaller R", 0) == 0);
    CHECK(doc.references[8].text.rfind("Wieringa R, Ebert C (2004)", 0) == 0);
    CHECK(doc.references[8].published == make_date(2004));
}

TEST_CASE("reference entries may be marked by numbers in brackets, with a dot or a parenthesis") {
    struct row {
        std::string_view list;
        std::size_t third_column;  // where "Three." starts on line 7
    };
    for (row r : {row{"[1] One.\n[2] Two\nwraps.\n[3] Three.\n", 5}, row{"1. One.\n2. Two\nwraps.\n3. Three.\n", 4},
                  row{"1) One.\n2) Two\nwraps.\n3) Three.\n", 4}, row{"- [1] One.\n- [2] Two\nwraps.\n- [3] Three.\n", 7},
                  row{"\xE2\x80\xA2 One.\n\xE2\x80\xA2 Two\nwraps.\n* Three.\n", 3}}) {
        CAPTURE(r.list);
        diagnostics warnings;
        document doc = read("Text. (1-3)\n\nREFERENCES\n" + std::string(r.list), warnings);
        REQUIRE(doc.references.size() == 3);
        CHECK(doc.references[0].number == 1);
        CHECK(doc.references[0].text == "One.");
        CHECK(doc.references[1].number == 2);
        CHECK(doc.references[1].text == "Two wraps.");
        CHECK(doc.references[2].number == 3);
        CHECK(doc.references[2].where == at_line_column(7, r.third_column));
        CHECK(warnings.empty());
    }
}

TEST_CASE("a wrapped line starting with a year is not a new numbered entry") {
    document doc = read("Text. (1-2)\n\nREFERENCES\n1. Government. Plan d'action.\n2017. Source on file.\n2. Other.\n");
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[0].text == "Government. Plan d'action. 2017. Source on file.");
    CHECK(doc.references[1].number == 2);
}

TEST_CASE("a list without markers has one entry per line, or per block between blank lines") {
    SUBCASE("one entry per line: a line ends an entry with a full stop or a URL") {
        document doc = read("Text. (1-3)\n\nREFERENCES\nGovernment. Plan d'action\nnational. 2010.\n"
                            "Ministry. Report. 2019. <https://example.org/a>\nILO. Survey. https://example.org/b\n");
        REQUIRE(doc.references.size() == 3);
        CHECK(doc.references[0].text == "Government. Plan d'action national. 2010.");
        CHECK(doc.references[1].text == "Ministry. Report. 2019. <https://example.org/a>");
        CHECK(doc.references[2].where == location{7, 1});
    }
    SUBCASE("entries separated by blank lines may wrap after a full stop or a lone year") {
        document doc = read("Text. (1-2)\n\nREFERENCES\n\nVella, Heidi. Mining in Mali. Mining Technology, July 2,\n2017.\n"
                            "<http://example.org/x>\n\nUN. Letter. February 17, 2021.\nhttps://example.org/y\n");
        REQUIRE(doc.references.size() == 2);
        CHECK(doc.references[0].text == "Vella, Heidi. Mining in Mali. Mining Technology, July 2, 2017. <http://example.org/x>");
        CHECK(doc.references[1].number == 2);
    }
    SUBCASE("a page break inside the list does not end an entry that goes on") {
        document doc = read("HEAD\n\nText. (1-2)\n\nREFERENCES\n\nFirst. Report of the\n\nHEAD\n\nMinistry. 2019.\n\n"
                            "Second. 2020.\n\nHEAD\n");
        REQUIRE(doc.references.size() == 2);
        CHECK(doc.references[0].text == "First. Report of the Ministry. 2019.");
    }
}

TEST_CASE("the Mali reference list reads the same without its markers, wrapped or not") {
    const std::string original = read_file(mali_path);
    const std::size_t list = original.find("\nREFERENCES\n");
    REQUIRE(list != std::string::npos);
    // The list as one entry per line with "- " and "- 29 " removed, and as blocks wrapped at
    // 90 columns with a blank line between them, as other conversions write it.
    std::string per_line = original.substr(0, list + 12), wrapped = per_line;
    std::istringstream lines(original.substr(list + 12));
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("- ", 0) != 0) {
            per_line += line + "\n";
            wrapped += line + "\n";
            continue;
        }
        std::size_t text = 2;
        while (text < line.size() && std::isdigit(static_cast<unsigned char>(line[text]))) ++text;
        if (text > 2) ++text;
        const std::string entry = line.substr(text);
        per_line += entry + "\n";
        wrapped += wrap_words(entry, 90) + "\n\n";
    }
    for (const std::string* variant : {&per_line, &wrapped}) {
        diagnostics warnings;
        document doc = import_text(*variant, import_options{"variant.txt"}, warnings);
        REQUIRE(doc.references.size() == mali().doc.references.size());
        for (std::size_t i = 0; i < doc.references.size(); ++i) {
            CAPTURE(i);
            CHECK(doc.references[i].number == mali().doc.references[i].number);
            CHECK(doc.references[i].text == mali().doc.references[i].text);
            CHECK(doc.references[i].published == mali().doc.references[i].published);
        }
        CHECK(warnings.empty());
    }
}

TEST_CASE("the Mali report gives the same claims when its paragraphs are wrapped at 90 columns") {
    std::string wrapped;
    std::istringstream lines(read_file(mali_path));
    for (std::string line; std::getline(lines, line);)
        wrapped += (line.find('\t') != std::string::npos || line.size() <= 90 || line.rfind("- ", 0) == 0
                        ? line
                        : wrap_words(line, 90)) + "\n";
    diagnostics warnings;
    document doc = import_text(wrapped, import_options{"wrapped.txt"}, warnings);
    CHECK(warnings.empty());
    CHECK(claim_texts(doc) == claim_texts(mali().doc));
    REQUIRE(doc.claims.size() == mali().doc.claims.size());
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
        CAPTURE(doc.claims[i].text);
        CHECK(doc.claims[i].cites == mali().doc.claims[i].cites);
        CHECK(doc.claims[i].section == mali().doc.claims[i].section);
    }
}

TEST_CASE("a reference list heading may be any of the usual names") {
    for (std::string_view heading : {"REFERENCES", "Bibliography", "Sources", "Works Cited"}) {
        CAPTURE(heading);
        document doc = read("Text. (1)\n\n" + std::string(heading) + "\n- Entry.\n");
        CHECK(doc.references.size() == 1);
        CHECK(doc.claims.size() == 1);
    }
}

// ---------------------------------------------------------------- robustness

TEST_CASE("long adversarial lines are read in linear time") {
    std::string line;
    for (int i = 0; i < 50000; ++i) line += "(1,2 (1- (x ";
    for (int i = 0; i < 25000; ++i) line += "U.S. a. ";
    line += std::string(300000, '(');
    line += "end. (1)\n";
    document doc = read(line + references(2));
    CHECK_FALSE(doc.claims.empty());
}

TEST_CASE("odd plain-text input does not crash") {
    for (std::string_view text : {"(", ")", "- ", "-", "\t", "\t\t(1)", "REFERENCES\n- 1", "Table 1.\n\na\tb\n\t(1)",
                                  "I. X\n", "(1)\n\nREFERENCES\n- a", "<", "\\", "*", "x (1-)", "x (,1)"}) {
        CAPTURE(text);
        diagnostics warnings;
        try {
            read(text, warnings);
        } catch (const input_error&) {
        }
    }
}

// ---------------------------------------------------------------- the Mali report

TEST_CASE("the Mali report has 80 references numbered 1 to 80") {
    const document& doc = mali().doc;
    REQUIRE(doc.references.size() == 80);
    for (std::size_t i = 0; i < doc.references.size(); ++i) CHECK(doc.references[i].number == int(i) + 1);
    CHECK(doc.references[28].text.substr(0, 7) == "Kibaru.");
    CHECK(doc.references[28].where == location{350, 6});
    CHECK(doc.references[0].where == location{319, 3});
    CHECK(mali().warnings.empty());
}

TEST_CASE("the Mali report's references hold no room for an id, PubMed ID or full entries, which it gives none of") {
    const document& doc = mali().doc;
    REQUIRE(doc.references.size() == 80);
    for (const reference& r : doc.references) {
        CAPTURE(r.number);
        CHECK_FALSE(r.extra.allocated());
        CHECK(r.extra->pmid.empty());
    }
}

TEST_CASE("every reference of the Mali report is cited and nothing past 80 is") {
    std::set<int> cited;
    for (const claim& c : mali().doc.claims) cited.insert(c.cites.begin(), c.cites.end());
    REQUIRE_FALSE(cited.empty());
    CHECK(*cited.begin() == 1);
    CHECK(*cited.rbegin() == 80);
    CHECK(cited.size() == 80);
}

TEST_CASE("the Mali report keeps year ranges and other parentheses as text") {
    const document& doc = mali().doc;
    for (std::string_view kept : {"(2018\xE2\x80\x93" "2022)", "(2017\xE2\x80\x93" "2026)",
                                  "(2019\xE2\x80\x93" "2022)", "(2018\xE2\x80\x93" "2021)", "(MICS 5)",
                                  "(32 million CFA)", "(Table 3)"}) {
        CAPTURE(kept);
        CHECK(find_claim(doc, kept).has_value());
    }
    CHECK(doc.references[0].text.find("(No. 29)") != std::string::npos);
}

TEST_CASE("the Mali report has a preamble and seven sections") {
    const document& doc = mali().doc;
    REQUIRE(doc.sections.size() == 8);
    CHECK(doc.sections[0].title == "");
    CHECK(doc.sections[1].title == "I. PREVALENCE AND SECTORAL DISTRIBUTION OF CHILD LABOR");
    CHECK(doc.sections[1].where == location{9, 1});
    CHECK(doc.sections[3].title == "III. ENFORCEMENT OF LAWS ON CHILD LABOR");
    CHECK(doc.sections[7].title == "VII. SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR");
    CHECK(doc.title == "usdol-mali-2021");
    CHECK(doc.reporting_year == 2021);
}

TEST_CASE("the Mali slavery sentences citing 25 are one claim") {
    const std::optional<claim> c = find_claim(mali().doc, "Some children are born into slavery");
    REQUIRE(c.has_value());
    CHECK(c->text ==
          "Some children are born into slavery, while others are born free but remain in dependent status. "
          "As a result, these children, along with their parents, are forced to work for their parents' "
          "former masters in exchange for food, money, and lodging.");
    CHECK(c->cites == std::vector<int>{25});
    CHECK(c->where == location{53, 152});
    CHECK(c->section == 1);
}

TEST_CASE("the Mali sentence cut by a page break is joined") {
    const std::optional<claim> c = find_claim(mali().doc,
                                "Article 28 of the Penal Code is applicable to children involved in armed conflict");
    REQUIRE(c.has_value());
    CHECK(c->cites == std::vector<int>{41, 49});
    CHECK(c->where == location{120, 1});
    const std::optional<claim> supplies = find_claim(mali().doc, "transportation costs, and supplies, as well as");
    REQUIRE(supplies.has_value());
    CHECK(supplies->cites == std::vector<int>{3, 7, 11, 13, 33, 34});
    CHECK(supplies->where == location{61, 1});
}

TEST_CASE("the Mali labor inspector table cell is a claim in section III") {
    const document& doc = mali().doc;
    const std::optional<claim> c = find_claim(doc, "Number of Labor Inspectors \xE2\x80\x94 2021");
    REQUIRE(c.has_value());
    CHECK(c->text == "Number of Labor Inspectors \xE2\x80\x94 2021: 113");
    CHECK(c->cites == std::vector<int>{11});
    CHECK(c->in_table);
    CHECK(c->where == location{148, 36});
    REQUIRE(c->section < doc.sections.size());
    CHECK(doc.sections[c->section].title == "III. ENFORCEMENT OF LAWS ON CHILD LABOR");
}

TEST_CASE("the Mali claim citing (7,63-65) cites 7, 63, 64 and 65") {
    const std::optional<claim> c = find_claim(mali().doc, "protect and reintegrate those children who become involved");
    REQUIRE(c.has_value());
    CHECK(c->cites == std::vector<int>{7, 63, 64, 65});
    CHECK(c->where.line == 229);
}

TEST_CASE("Mali claims are free of page headers, footers, headings and markup") {
    const document& doc = mali().doc;
    for (const claim& c : doc.claims) {
        CAPTURE(c.text);
        CHECK(c.text.find("MINIMAL ADVANCEMENT") == std::string::npos);
        CHECK(c.text.find("<i>") == std::string::npos);
        CHECK(c.text.find("\\$") == std::string::npos);
        CHECK(c.text.find('*') == std::string::npos);
        CHECK(c.text.find("\xE2\x80\xA0") == std::string::npos);
        CHECK(c.text.find("\xE2\x80\xA1") == std::string::npos);
        CHECK(c.text != "Mali");
        CHECK(c.text != "Labor Law Enforcement");
        CHECK(c.text != "Criminal Law Enforcement");
        CHECK(c.where.line > 0);
    }
    for (std::string_view title : {"Table 1. Statistics", "Table 6. Labor", "Children \xE2\x80\x94 Age",
                                   "Overview of Labor Law Enforcement \xE2\x80\x94"}) {
        CAPTURE(title);
        CHECK_FALSE(find_claim(doc, title).has_value());
    }
}

TEST_CASE("Mali claims sit where their first character is") {
    const document& doc = mali().doc;
    const std::optional<claim> first = find_claim(doc, "Mali made minimal advancement");
    REQUIRE(first.has_value());
    CHECK(first->where == location{5, 1});
    CHECK(first->cites == no_cites);
    CHECK(years_named(first->text) == std::vector<int>{2021});
    const std::optional<claim> source = find_claim(doc, "Source for primary completion rate");
    REQUIRE(source.has_value());
    CHECK(source->where == location{21, 1});
    CHECK(source->cites == std::vector<int>{8});
    const std::optional<claim> footnote = find_claim(doc, "Age calculated based on available information");
    REQUIRE(footnote.has_value());
    CHECK(footnote->where == location{108, 5});
    CHECK(footnote->cites == std::vector<int>{41});
}

TEST_CASE("the Mali report dates as of its newest reference") {
    const document& doc = mali().doc;
    date newest;
    for (const reference& r : doc.references)
        if (earlier_start(newest, r.published)) newest = r.published;
    CHECK(doc.as_of == newest);
}

}  // TEST_SUITE
