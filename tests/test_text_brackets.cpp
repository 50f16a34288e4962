// Plain text converted from PDF with bracket callouts: "[4]" groups, form feeds between
// pages, and reference numbers printed apart from their texts.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "document_queries.hpp"
#include "importers/text/import_text.hpp"
#include "test_paths.hpp"
#include "text_data.hpp"

using namespace citegraph;

namespace {

using numbers = std::vector<int>;

document read_pdf_text(std::string_view text) {
    diagnostics warnings;
    return import_text(text, import_options{"paper.txt"}, warnings);
}

std::string bracket_references(int n) {
    std::string list = "\nReferences\n\n";
    for (int i = 1; i <= n; ++i) list += "[" + std::to_string(i) + "] Source " + std::to_string(i) + ". 2019.\n";
    return list;
}

// The first claim of `doc` whose text starts with `start`; null if none does.
std::optional<claim> claim_starting(const document& doc, std::string_view start) {
    for (const claim& c : doc.claims)
        if (c.text.rfind(start, 0) == 0) return c;
    return std::nullopt;
}

std::vector<std::string> texts_of(const document& doc) {
    std::vector<std::string> texts;
    for (const claim& c : doc.claims) texts.emplace_back(c.text);
    return texts;
}

}  // namespace

TEST_SUITE("text importer: PDF conversions") {

TEST_CASE("bracket groups in prose are citation groups") {
    document doc = read_pdf_text("Children work in mines [4]. Others farm [1, 4-6]. Ranges too [2\xE2\x80\x93" "3].\n" +
                                 bracket_references(6));
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].text == "Children work in mines.");
    CHECK(doc.claims[0].cites == numbers{4});
    CHECK(doc.claims[1].text == "Others farm.");
    CHECK(doc.claims[2].text == "Ranges too.");
    CHECK(doc.claims[1].cites == numbers{1, 4, 5, 6});
    CHECK(doc.claims[2].cites == numbers{2, 3});
}

TEST_CASE("bracket groups printed side by side are one callout, as in an IEEE paper's pdftotext text") {
    // Iqbal et al. 2010: "... large system [11][14]. On the basis ..." and "... prioritization
    // [21][22]." / "R1 contains ...": [14] and [22] belong to the claim before them.
    const document doc = citegraph::testing::read_text_data("ieee/iqbal-2010-requirement-prioritization-excerpt.txt");
    const std::optional<claim> system = claim_starting(doc, "Current approaches are not capable");
    REQUIRE(system.has_value());
    CHECK(system->text.substr(system->text.size() - 13) == "large system.");
    CHECK(system->cites == numbers{11, 14});
    const std::optional<claim> after_system = claim_starting(doc, "On the basis of above facts");
    REQUIRE(after_system.has_value());
    CHECK(after_system->cites.empty());
    const std::optional<claim> matrix = claim_starting(doc, "The final matrix is represented");
    REQUIRE(matrix.has_value());
    CHECK(matrix->cites == numbers{21, 22});
    const std::optional<claim> share = claim_starting(doc, "R1 contains 57.5% of total importance.");
    REQUIRE(share.has_value());
    CHECK(share->text == "R1 contains 57.5% of total importance.");
    CHECK(share->cites.empty());
    // "[11] [13]", with a space, was one callout already.
    const std::optional<claim> engineering = claim_starting(doc, "Requirements prioritization is recognized");
    REQUIRE(engineering.has_value());
    CHECK(engineering->cites == numbers{11, 13});
    for (const claim& c : doc.claims) {
        CAPTURE(c.text);
        CHECK(c.text.find('[') == std::string::npos);
    }
}

TEST_CASE("bracket groups joined by a dash cite the range they bound, and those joined by a comma cite both") {
    SUBCASE("a range written \"[3]–[5]\" cites 3, 4 and 5") {
        document doc = read_pdf_text("Others agree [3]\xE2\x80\x93[5]. Some say so [1] - [2].\n" + bracket_references(6));
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[0].text == "Others agree.");
        CHECK(doc.claims[0].cites == numbers{3, 4, 5});
        CHECK(doc.claims[1].text == "Some say so.");
        CHECK(doc.claims[1].cites == numbers{1, 2});
    }
    SUBCASE("\"[1], [2]\" and \"[2]; [6]\" cite both, the clause before them") {
        // The words after the last group go on with its clause: no uncited rest.
        document doc = read_pdf_text("Stroke [1], [2], tremor [2]; [6] and more.\n" + bracket_references(6));
        CHECK(texts_of(doc) == std::vector<std::string>{"Stroke", "tremor and more."});
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[0].cites == numbers{1, 2});
        CHECK(doc.claims[1].cites == numbers{2, 6});
    }
    SUBCASE("a group after a bracket of words is a link's label, no callout") {
        document doc = read_pdf_text("See [the report][2] for more [1].\n" + bracket_references(2));
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].text == "See [the report][2] for more.");
        CHECK(doc.claims[0].cites == numbers{1});
    }
}

TEST_CASE("a group glued to letters on both sides is part of a name, as chemistry names ring sizes") {
    document doc = read_pdf_text("The calix[4]arene hosts guests [2]. The calix[4-8]arene oligomers cluster[1].\n" +
                                 bracket_references(8));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "The calix[4]arene hosts guests.");
    CHECK(doc.claims[0].cites == numbers{2});
    // Glued to the word before only, a group still cites.
    CHECK(doc.claims[1].text == "The calix[4-8]arene oligomers cluster.");
    CHECK(doc.claims[1].cites == numbers{1});
}

TEST_CASE("brackets that only look like citations stay text in plain text") {
    document doc = read_pdf_text("The [SIQ] scale and [Table 2] and x in [0, 1] and [45] stay.\n" + bracket_references(3));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "The [SIQ] scale and [Table 2] and x in [0, 1] and [45] stay.");
    CHECK(doc.claims[0].cites.empty());
}

TEST_CASE("an area code in parentheses is a telephone number, not a citation") {
    // GAO and CRS reports print contacts as "(202) 512-3841"; a list of 300 entries has 202.
    std::string list = "\nReferences\n\n";
    for (int i = 1; i <= 300; ++i) list += std::to_string(i) + ". Source " + std::to_string(i) + ". 2019.\n";
    document doc = read_pdf_text("For more information, contact Jane Doe at (202) 512-3841 or doej@gao.gov. "
                                 "Children work in mines (202).\n" + list);
    // Read as a callout, "(202)" would end a claim at "contact Jane Doe at".
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text.find("(202) 512-3841 or doej@gao.gov. Children work in mines.") != std::string::npos);
    CHECK(doc.claims[0].cites == numbers{202});
}

TEST_CASE("numbers opening the items of an inline list are not citations") {
    std::string list = "\nReferences\n\n";
    for (int i = 1; i <= 4; ++i) list += std::to_string(i) + ". Source " + std::to_string(i) + ". 2019.\n";
    document doc = read_pdf_text("This report (1) provides background, (2) analyzes the program and (3) outlines "
                                 "options for Congress (4). Mines employ children (1).\n" + list);
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text ==
          "This report (1) provides background, (2) analyzes the program and (3) outlines options for Congress.");
    CHECK(doc.claims[0].cites == numbers{4});
    CHECK(doc.claims[1].cites == numbers{1});

    SUBCASE("a single number before a lower-case word still cites") {
        document one = read_pdf_text("Children (1) work in mines.\n" + list);
        REQUIRE(one.claims.size() == 1);
        CHECK(one.claims[0].text == "Children work in mines.");
        CHECK(one.claims[0].cites == numbers{1});
    }
}

TEST_CASE("a form feed with a page number and a running title inside a paragraph is removed") {
    const std::string text = "Intro text [1].\n\nThe survey found that children in the\n\n7\n"
                             "\fCHILD LABOR REPORT\n\nmining sector work long hours [2].\n\n8\n"
                             "\fCHILD LABOR REPORT\n\nMore text [1].\n" + bracket_references(2);
    document doc = read_pdf_text(text);
    CHECK(texts_of(doc) == std::vector<std::string>{"Intro text.",
                                                    "The survey found that children in the mining sector work long hours.",
                                                    "More text."});
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[1].cites == numbers{2});
}

TEST_CASE("a form feed alone between the halves of a paragraph joins them") {
    document doc = read_pdf_text("Farmers said the harvest was\n\fpoor this year [1].\n" + bracket_references(1));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Farmers said the harvest was poor this year.");
}

TEST_CASE("reference numbers printed apart from their texts are paired up in order") {
    SUBCASE("one text per line") {
        document doc = read_pdf_text("Text [1-5].\n\nReferences\n\n1. First. 2001.\n2. Second. 2002.\n\n3.\n4.\n5.\n\n"
                                     "Third. 2003.\nFourth. 2004.\nFifth. 2005.\n");
        REQUIRE(doc.references.size() == 5);
        CHECK(doc.references[1].text == "Second. 2002.");
        CHECK(doc.references[2].number == 3);
        CHECK(doc.references[2].text == "Third. 2003.");
        CHECK(doc.references[4].number == 5);
        CHECK(doc.references[4].text == "Fifth. 2005.");
        CHECK(doc.references[4].where == location{14, 1});
    }
    SUBCASE("wrapped texts separated by blank lines, then numbered entries again") {
        document doc = read_pdf_text("Text [4-7].\n\nReferences\n\n4.\n5.\n6.\n\nFourth source, a long\ntitle. 2004.\n\n"
                                     "Fifth. 2005.\n\nSixth. 2006.\n\n7. Seventh. 2007.\n");
        REQUIRE(doc.references.size() == 4);
        CHECK(doc.references[0].number == 4);
        CHECK(doc.references[0].text == "Fourth source, a long title. 2004.");
        CHECK(doc.references[2].number == 6);
        CHECK(doc.references[2].text == "Sixth. 2006.");
        CHECK(doc.references[3].number == 7);
        CHECK(doc.references[3].text == "Seventh. 2007.");
    }
}

TEST_CASE("numbers printed apart pair with Vancouver entries cut where an author opens a line") {
    // Blank lines fall anywhere in a conversion; entries end in a full stop, but not
    // after an author's initial ("& Bogie K.") nor before "New York: IEEE".
    document doc = read_pdf_text(
        "Text [1-3].\n\nReferences\n\n1.\n\n2.\n3.\n\n"
        "Ho CH, Triolo RJ, Elias AL, Kilgore KL, & Bogie K.\nFunctional stimulation. Phys Med. 2014;25:631\xE2\x80\x93" "54.\n"
        "Popovic LZ, Malesevic NM. Optimization. In: EUROCON 2009.\n\nNew York: IEEE; 2009. p. 142\xE2\x80\x93" "5.\n"
        "Van der Linden ML, Hooper JE. Habitual stimulation. PLoS One. 2014;9(8):e103368.\n");
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].text == "Ho CH, Triolo RJ, Elias AL, Kilgore KL, & Bogie K. Functional stimulation. Phys Med. 2014;25:631\xE2\x80\x93" "54.");
    CHECK(doc.references[1].number == 2);
    CHECK(doc.references[1].text == "Popovic LZ, Malesevic NM. Optimization. In: EUROCON 2009. New York: IEEE; 2009. p. 142\xE2\x80\x93" "5.");
    CHECK(doc.references[2].number == 3);
    CHECK(doc.references[2].text == "Van der Linden ML, Hooper JE. Habitual stimulation. PLoS One. 2014;9(8):e103368.");
}

TEST_CASE("a lone number inside a page is its page number when it fits the pages' numbering") {
    // Pages 1 and 3 print their numbers at their feet; page 2 prints "2" after a paragraph,
    // away from its edges, as pdftotext prints a number set at the foot of a left column.
    const std::string page_one = "Title of the paper\n\nIntro text [1].\n\nFirst page ends here.\n\n1\n";
    const std::string page_three = "\fThe third page opens.\n\nIt ends [2].\n" + bracket_references(2) + "\n3\n\f";
    SUBCASE("after a paragraph, with a blank line below, it goes") {
        document doc = read_pdf_text(page_one + "\fSecond page opens.\n\nIt goes on.\n\nThe mean age was 54 years.\n2\n\n"
                                     "Next paragraph [2].\n\nMore.\n" + page_three);
        const std::vector<std::string> texts = texts_of(doc);
        CHECK(std::find(texts.begin(), texts.end(), "The mean age was 54 years.") != texts.end());
        for (const claim& c : doc.claims) {
            CAPTURE(c.text);
            CHECK(c.text.find("years. 2") == std::string::npos);
        }
    }
    SUBCASE("a number that does not fit the page, or stands between two lines of text, stays") {
        document doc = read_pdf_text(page_one + "\fSecond page opens.\n\nIt goes on.\n\nThe mean age was 54 years.\n7\n\n"
                                     "Affiliations\n2\nUniversity of Somewhere\n\nMore [2].\n" + page_three);
        const std::vector<std::string> texts = texts_of(doc);
        CHECK(std::find(texts.begin(), texts.end(), "The mean age was 54 years. 7") != texts.end());
        CHECK(std::find(texts.begin(), texts.end(), "Affiliations 2 University of Somewhere") != texts.end());
    }
}

TEST_CASE("\"Page N of M\" is a page footer wherever the conversion printed it") {
    document doc = read_pdf_text("Text [1, 2].\n\nReferences\n\n1. First source. 2019.\n\nPage 9 of 9\n\n2. Second source. 2020.\n");
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[0].text == "First source. 2019.");
    CHECK(doc.references[1].text == "Second source. 2020.");
}

TEST_CASE("a numbered heading opens the list: \"VII. REFERENCES\", \"7. References\"") {
    for (const char* heading : {"VII. REFERENCES", "7. References", "7 References"}) {
        CAPTURE(heading);
        document doc = read_pdf_text(std::string("Text [1, 2].\n\n") + heading +
                                     "\n[1] First source. 2019.\n[2] Second source. 2020.\n");
        REQUIRE(doc.references.size() == 2);
        CHECK(doc.references[1].text == "Second source. 2020.");
        CHECK(doc.claims.size() == 1);
    }
}

TEST_CASE("a list no heading announces is found by its numbering") {
    // Physics papers (REVTeX) print the list after the text with no heading.
    document doc = read_pdf_text(
        "Dark matter may be ultralight [1, 2]. Its decoupling is known [3].\n\n"
        "[1] Hu W., Barkana R. Phys. Rev. Lett. 85, 1158 (2000).\n"
        "[2] Matos T. Class.Quant.Grav.17:L9L16,2000, [gr-qc/9810028].\n"
        "[3] Lesgourgues J. Physics Reports 429 (2006) 307 \xE2\x80\x93 379.\n");
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].published.year == 2000);
    CHECK(doc.references[1].published.year == 2000);
    CHECK(doc.references[2].published.year == 2006);
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].cites == numbers{1, 2});
    CHECK(doc.claims[1].cites == numbers{3});
}

TEST_CASE("numbered steps and sections are no list") {
    document doc = read_pdf_text("1. Introduction\n\nWe study ducks.\n\n2. Methods\n\nWe count them.\n\n"
                                 "3. Results\n\nThere are many.\n");
    CHECK(doc.references.empty());
    CHECK(doc.claims.size() == 3);
}

TEST_CASE("a list the conversion cut around its heading reads whole") {
    // Two columns: entries 1-2 fell before the heading, 3 after it.
    document doc = read_pdf_text("Text [1-3].\n\n[1] First source. 2019.\n[2] Second source. 2020.\n\n"
                                 "References\n\n[3] Third source. 2021.\n");
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].text == "First source. 2019.");
    CHECK(doc.references[2].text == "Third source. 2021.");
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == numbers{1, 2, 3});
}

TEST_CASE("a list whose start the conversion printed among the body's paragraphs is put back in order") {
    // A two-column page as pdftotext prints it: the texts of entries 1 and 2, entries 3 to
    // 5 before the next column's paragraph, then the heading with the numbers 1 and 2 on
    // lines of their own, the end of entry 5 and entries 6 and 7.
    const std::string text =
        "Text [1-3]. More text [6, 7].\n\n"
        "Hoitsma E, Reulen JP. Small fiber neuropathy.\nJ Neurol Sci 2004;227:119-30.\n\n"
        "Said G. Small fiber involvement.\nCurr Opin Neurol 2003;16:601-2.\n"
        "3. McCarthy BG, Hsieh ST. Cutaneous innervation.\nNeurology 1995;45:1848-55.\n"
        "4. Parson HK, Nguyen VT. Diabetic neuropathy.\nDiabetes Technol Ther 2013;15:150-7.\n"
        "5. Loseth S, Stalberg EV. Small\n\n"
        "The next column's paragraph goes on [4].\n\n"
        "References\n1.\n\n2.\n\n"
        "and large fiber neuropathy. J Peripher Nerv Syst 2016;21:15-21.\n"
        "6. Divisova S, Vlckova E. Nerve fibre density. Diabet Med 2016;33:650-4.\n"
        "7. Singleton JR, Marcus RL. Supervised exercise. Ann Neurol 2015;77:146-53.\n";
    document doc = read_pdf_text(text);
    REQUIRE(doc.references.size() == 7);
    for (int n = 1; n <= 7; ++n) CHECK(doc.references[static_cast<std::size_t>(n - 1)].number == n);
    CHECK(doc.references[0].text == "Hoitsma E, Reulen JP. Small fiber neuropathy. J Neurol Sci 2004;227:119-30.");
    CHECK(doc.references[0].where == location{3, 1});
    CHECK(doc.references[1].text == "Said G. Small fiber involvement. Curr Opin Neurol 2003;16:601-2.");
    CHECK(doc.references[4].text == "Loseth S, Stalberg EV. Small and large fiber neuropathy. J Peripher Nerv Syst 2016;21:15-21.");
    CHECK(doc.references[6].text == "Singleton JR, Marcus RL. Supervised exercise. Ann Neurol 2015;77:146-53.");
    // The paragraph between the two parts stays in the body, where it was printed.
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[2].text == "The next column's paragraph goes on.");
    CHECK(doc.claims[2].cites == numbers{4});
    CHECK(doc.claims[2].where == location{14, 1});
}

TEST_CASE("the body's paragraphs printed among a list's entries go back to the body") {
    // Two columns side by side: a heading, the end of a section and a paragraph come out
    // between the entries. The end of an entry after a page break names its year and
    // stays; so does a link on a line of its own.
    document doc = read_pdf_text(
        "Text [1-5].\n\nVII. REFERENCES\n"
        "[1] Karlsson L, Dahlstedt G. Challenges. 2002.\n[2] Gorschek T. Requirements.\n"
        "Ronneby, 2002.\n\nVI. CONCLUSION\n\n[3] Kostoff R N. Roadmaps. IEEE, Volume 48\n\f"
        "No. 2. 2001, PP. 132-14.\n\nThe model will help to make right decisions [2].\n"
        "It was validated in two companies.\n\n[4] Wieringa R, Ebert C (2004) Solutions.\n\n"
        "https://example.org/re03\n[5] Robson C. Real World Research. 2002.\n");
    REQUIRE(doc.references.size() == 5);
    CHECK(doc.references[1].text == "Gorschek T. Requirements. Ronneby, 2002.");
    CHECK(doc.references[2].text == "Kostoff R N. Roadmaps. IEEE, Volume 48 No. 2. 2001, PP. 132-14.");
    CHECK(doc.references[3].text == "Wieringa R, Ebert C (2004) Solutions. https://example.org/re03");
    CHECK(doc.references[4].text == "Robson C. Real World Research. 2002.");
    for (const reference& r : doc.references) CHECK(r.text.find("decisions") == std::string::npos);
    REQUIRE(doc.sections.size() == 2);
    CHECK(doc.sections[1].title == "VI. CONCLUSION");
    const std::vector<std::string> texts = texts_of(doc);
    CHECK(std::find(texts.begin(), texts.end(), "The model will help to make right decisions.") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "It was validated in two companies.") != texts.end());
}

TEST_CASE("an IEEE paper's reference pages, the body's columns among the entries, read all 23 entries") {
    // Iqbal et al. 2010 as pdftotext prints its last two pages: "VII. REFERENCES" and its
    // entries, with a subsection's end, "VI. CONCLUSION" and its paragraph among them.
    const document doc = citegraph::testing::read_text_data("ieee/iqbal-2010-reference-pages-excerpt.txt");
    REQUIRE(doc.references.size() == 23);
    std::vector<int> listed;
    for (const reference& r : doc.references) {
        listed.push_back(r.number);
        CAPTURE(r.text);
        CHECK(r.text.find("MDRPM") == std::string::npos);
    }
    CHECK(listed == numbers{1, 2, 3, 4, 5, 6, 9, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23});
    CHECK(doc.references[4].text.substr(doc.references[4].text.size() - 18) == "Engineering, 2003.");
    CHECK(doc.references[22].published.year == 2002);
    const std::optional<claim> effective = claim_starting(doc, "The MDRPM is found to be capable");
    REQUIRE(effective.has_value());
    CHECK(effective->cites == numbers{12});
    CHECK(effective->where.line == 24);
    const std::optional<claim> conclusion = claim_starting(doc, "MDRPM will help to make right decisions");
    REQUIRE(conclusion.has_value());
    CHECK(doc.sections[conclusion->section].title == "VI. CONCLUSION");
}

TEST_CASE("an entry number of two digits that runs into the author's name still opens the entry") {
    // The numbers' column fits one digit: pdftotext prints "9. Peñas" but "10.Wang".
    std::string text = "Text [1-12].\n\nReferences\n";
    for (int n = 1; n <= 9; ++n) text += std::to_string(n) + ". Author " + std::to_string(n) + ". 2001. A title.\n";
    text += "10.Wang, R. and Neumann, G. 2007a. Subsequence Kernels.\n"
            "11.Wang, R. and Neumann, G. 2007b. Dependency Tree Skeletons.\n"
            "12. Wang, R. and Neumann, G. 2007c. DFKI-LT at AVE 2007.\n";
    document doc = read_pdf_text(text);
    REQUIRE(doc.references.size() == 12);
    CHECK(doc.references[9].number == 10);
    CHECK(doc.references[9].text == "Wang, R. and Neumann, G. 2007a. Subsequence Kernels.");
    CHECK(doc.references[10].number == 11);
    CHECK(doc.references[10].text == "Wang, R. and Neumann, G. 2007b. Dependency Tree Skeletons.");
}

TEST_CASE("numbered steps before a list that starts past 1 are not its entries") {
    // They count up to the list's first number, but name no year: they stay in the body.
    document doc = read_pdf_text("Text [4].\n\n1. Mix the samples.\n2. Heat them.\n3. Count them.\n\n"
                                 "We did so.\n\nReferences\n\n4. Fourth source. 2021.\n5. Fifth source. 2022.\n");
    REQUIRE(doc.references.size() == 2);
    for (const reference& r : doc.references) CHECK(r.text.find("samples") == std::string::npos);
    const std::vector<std::string> texts = texts_of(doc);
    CHECK(std::find(texts.begin(), texts.end(), "We did so.") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Count them.") != texts.end());
}

// As pdftotext prints a mathematics paper: bracket callouts, and equations numbered in
// parentheses, set on a line of their own or named in the text.
TEST_CASE("in a paper with bracket callouts, numbered equations cite nothing") {
    document doc = read_pdf_text(
        "The equation is integrable by the conventional methods [1]:\n"
        "u_t + 6 u u_x + u_xxx = 0,\n"
        "(1)\n"
        "where u is the wave height. We apply the tanh method [2-4] with symbolic\n"
        "computation to (1) and assume that the field has the form\n"
        "u = a + b tanh(k x)\n"
        "(2)\n"
        "with constants a and b. Substituting (2) into (1) gives the solution.\n" + bracket_references(4));
    CHECK(doc.callouts == callout_style::bracket);
    std::vector<int> cited;
    for (const claim& c : doc.claims) cited.insert(cited.end(), c.cites.begin(), c.cites.end());
    CHECK(cited == numbers{1, 2, 3, 4});
    const std::vector<std::string> texts = texts_of(doc);
    CHECK(std::find(texts.begin(), texts.end(), "Substituting (2) into (1) gives the solution.") != texts.end());
}

TEST_CASE("in a paper with callouts in parentheses, a displayed equation's number cites nothing") {
    const std::string list = "\nReferences\n\n1. Source 1. 2019.\n2. Source 2. 2019.\n3. Source 3. 2020.\n";
    document doc = read_pdf_text(
        "Tracing compilers record hot loops (1). The trace is compiled in linear time (2).\n"
        "The speedup is\n"
        "s = t_i / t_c\n"
        "(3)\n"
        "where t_i is the interpreter's time.\n\n"
        "Registers are allocated across traces, as a closely related project does.\n"
        "(3)\n" + list);
    CHECK(doc.callouts == callout_style::parenthesis);
    REQUIRE(doc.claims.size() == 4);
    CHECK(doc.claims[0].cites == numbers{1});
    CHECK(doc.claims[1].cites == numbers{2});
    CHECK(doc.claims[2].text == "The speedup is s = t_i / t_c (3) where t_i is the interpreter's time.");
    CHECK(doc.claims[2].cites.empty());
    // Wrapping leaves a callout alone on a line only at its paragraph's end: it cites.
    CHECK(doc.claims[3].cites == numbers{3});
}

// Wording as in a J. Biol. Chem. paper on the GLP-1 receptor, whose callouts are parentheses
// and whose list runs to 39: its peptide "GLP-1 (7-37)" used to cite references 7 to 37.
TEST_CASE("in a paper with callouts in parentheses, quantities, equation numbers and residues cite nothing") {
    std::string list = "\nReferences\n\n";
    for (int i = 1; i <= 39; ++i) list += std::to_string(i) + ". Source " + std::to_string(i) + ". 2008.\n";
    document doc = read_pdf_text(
        "Native GLP-1(7-37)-OH was synthesized as described previously (12). The domain was\n"
        "mixed with 3-fold molar excess of GLP-1 (7-37) and incubated overnight (13).\n"
        "Exendin-4(9-39) is a truncated form of exendin-4 (14). Its affinity follows Eq. (3),\n"
        "with n = (18) receptors and (20) mg of protein per run (15). Infection with\n"
        "SARS-CoV-2 (16-18) was not studied.\n" + list);
    CHECK(doc.callouts == callout_style::parenthesis);
    std::vector<numbers> cited;
    for (const claim& c : doc.claims)
        if (!c.cites.empty()) cited.emplace_back(c.cites.begin(), c.cites.end());
    CHECK(cited == std::vector<numbers>{{12}, {13}, {14}, {15}, {16, 17, 18}});
}

TEST_CASE("superscript callouts flattened into a paper's lines cite its numbered list") {
    document doc = read_pdf_text(
        "Oil use reached 84 million barrels per day in 2005.1 EIA also expects growth.2 Reserves\n"
        "are uncertain,3 and one study puts them at one billion.4Many disagree with 2.5 percent.\n"
        "Later work repeats the first estimate.1\n\n"
        "References\n\n1. EIA. Annual Energy Outlook. 2006.\n2. IEA. World Energy Outlook. 2005.\n"
        "3. USGS. World Petroleum Assessment. 2000.\n4. Campbell C. The End of Cheap Oil. 1998.\n");
    CHECK(doc.callouts == callout_style::superscript);
    REQUIRE(doc.references.size() == 4);
    const std::vector<std::string> texts = texts_of(doc);
    REQUIRE(texts.size() == 5);
    CHECK(texts[0] == "Oil use reached 84 million barrels per day in 2005.");
    CHECK(doc.claims[0].cites == numbers{1});
    CHECK(texts[1] == "EIA also expects growth.");
    CHECK(doc.claims[1].cites == numbers{2});
    CHECK(texts[2] == "Reserves are uncertain,");
    CHECK(doc.claims[2].cites == numbers{3});
    CHECK(texts[3] == "and one study puts them at one billion.");
    CHECK(doc.claims[3].cites == numbers{4});
    // The text since the last callout is one claim, as with brackets; "2.5" is a decimal.
    CHECK(texts[4] == "Many disagree with 2.5 percent. Later work repeats the first estimate.");
    CHECK(doc.claims[4].cites == numbers{1});
}

TEST_CASE("glued names that name a few low numbers of a long list are no callouts") {
    // An author-year paper whose list the conversion numbered: "Chr2", "Rex2" and
    // "DESeq2" are names; they name 2 and 4 of 12 entries, not most of the list.
    std::string text =
        "We deleted the Chr2 cluster and the Rex2 binding site (Wolf et al., 2020). Counts were\n"
        "analysed with DESeq2 and mapped with Bowtie2 (Love et al., 2014). The Chr4 cluster holds\n"
        "Rex2 sites.\n\nReferences\n\n";
    for (int i = 1; i <= 12; ++i) text += std::to_string(i) + ". Author X. A study of clusters. Cell " + std::to_string(2000 + i) + ".\n";
    document doc = read_pdf_text(text);
    CHECK(doc.references.size() == 12);
    CHECK(doc.callouts == callout_style::bracket);
    for (const claim& c : doc.claims) CHECK(c.cites.empty());
}

TEST_CASE("bracket callouts keep a paper in bracket style, its glued numbers text") {
    document doc = read_pdf_text("Oil use grew [1]. Reserves are uncertain [2]. Studies in 2005.1 Many agree.\n\n"
                                 "References\n\n[1] EIA. Outlook. 2006.\n[2] IEA. Outlook. 2005.\n");
    CHECK(doc.callouts == callout_style::bracket);
    const std::vector<std::string> texts = texts_of(doc);
    CHECK(std::find(texts.begin(), texts.end(), "Studies in 2005.1 Many agree.") != texts.end());
}

}  // TEST_SUITE
