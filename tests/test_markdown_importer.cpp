// Tests of the Markdown importer: one snippet per trap, then the TableFormer paper
// (tests/data/md-arxiv-2203.01017-tableformer.md, converted from PDF by docling).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/claim_years.hpp"
#include "citegraph/diagnostics.hpp"
#include "document_queries.hpp"
#include "importers/markdown/import_markdown.hpp"
#include "test_paths.hpp"

using namespace citegraph;
using citegraph::testing::find_claim;
using citegraph::testing::has_warning;
using citegraph::testing::read_file;

namespace {

using numbers = std::vector<int>;

document read(std::string_view text, diagnostics& warnings) {
    return import_markdown(text, import_options{"snippet.md"}, warnings);
}

document read(std::string_view text) {
    diagnostics warnings;
    return read(text, warnings);
}

// A "## References" list of n entries "- [i] Source i, 2020.", to append to a snippet.
std::string references(int n) {
    std::string list = "\n## References\n\n";
    for (int i = 1; i <= n; ++i) list += "- [" + std::to_string(i) + "] Source " + std::to_string(i) + ", 2020.\n";
    return list;
}

const std::string tableformer_path = std::string(CITEGRAPH_TEST_DATA) + "/md-arxiv-2203.01017-tableformer.md";

struct tableformer_paper {
    diagnostics warnings;
    document doc;
    tableformer_paper()
        : doc(import_markdown(read_file(tableformer_path), import_options{tableformer_path}, warnings)) {}
};

const tableformer_paper& tableformer() {
    static const tableformer_paper paper;
    return paper;
}

const reference& numbered(const document& doc, int number) {
    for (const reference& r : doc.references)
        if (r.number == number) return r;
    FAIL("no reference numbered " << number);
    return doc.references.front();
}

}  // namespace

TEST_SUITE("markdown importer") {

// ---------------------------------------------------------------- callouts

TEST_CASE("bracket callouts with lists and ranges cite every number they name") {
    struct row {
        std::string_view callout;
        numbers cites;
    };
    for (row r : {row{"[1]", {1}}, row{"[1, 4-6]", {1, 4, 5, 6}}, row{"[10\xE2\x80\x93" "12]", {10, 11, 12}},
                  row{"[10\xE2\x80\x91" "12]", {10, 11, 12}}, row{"[2; 3]", {2, 3}}}) {
        CAPTURE(r.callout);
        document doc = read("Tables are hard " + std::string(r.callout) + ". Next sentence.\n" + references(14));
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[0].text == "Tables are hard.");
        CHECK(doc.claims[0].cites == r.cites);
        CHECK(doc.claims[1].cites.empty());
    }
}

TEST_CASE("an unsorted group cites its numbers in printed order") {
    document doc = read("Models were proposed [37, 36, 18, 20].\n" + references(38));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == numbers{37, 36, 18, 20});
}

TEST_CASE("a callout glued to a word still cites") {
    document doc = read("Or LaTeX symbols[10]. The choice is free.\n" + references(10));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Or LaTeX symbols.");
    CHECK(doc.claims[0].cites == numbers{10});
}

TEST_CASE("footnotes with numeric labels are numbered by their labels") {
    document doc = read("Ducks dabble.[^2] Geese graze.[^1]\n\n[^1]: Smith. Geese. 2019.\n[^2]: Jones. Ducks. 2021.\n");
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[0].number == 1);
    CHECK(doc.references[0].extra->id == "1");
    CHECK(doc.references[0].text == "Smith. Geese. 2019.");
    CHECK(doc.references[0].where == location{3, 7});
    CHECK(doc.references[1].published == make_date(2021));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].cites == numbers{2});
    CHECK(doc.claims[1].cites == numbers{1});
}

TEST_CASE("a bracket group glued to letters on both sides names a compound, not a reference") {
    document doc = read("The calix[4]arene hosts guests [2]. Calix[4-8]arenes cluster[1].\n" + references(8));
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "The calix[4]arene hosts guests.");
    CHECK(doc.claims[0].cites == numbers{2});
    CHECK(doc.claims[1].text == "Calix[4-8]arenes cluster.");
    CHECK(doc.claims[1].cites == numbers{1});
}

TEST_CASE("footnotes with names are numbered in order of definition") {
    document doc = read("Swans are large[^big] and white[^colour].\n\n[^colour]: Colour atlas, 2001.\n"
                        "[^big]: Size survey, 2010.\n    It goes on here.\n");
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[0].extra->id == "colour");
    CHECK(doc.references[0].number == 1);
    CHECK(doc.references[1].extra->id == "big");
    CHECK(doc.references[1].number == 2);
    CHECK(doc.references[1].text == "Size survey, 2010. It goes on here.");
    REQUIRE(doc.claims.size() == 2);
    CHECK(doc.claims[0].text == "Swans are large");
    CHECK(doc.claims[0].cites == numbers{2});
    CHECK(doc.claims[1].text == "and white.");
    CHECK(doc.claims[1].cites == numbers{1});
}

TEST_CASE("an undefined footnote is warned about and cites nothing") {
    diagnostics warnings;
    document doc = read("Text here.[^missing]\n", warnings);
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites.empty());
    CHECK(has_warning(warnings, "snippet.md:1:11: warning: footnote [^missing] has no definition"));
}

TEST_CASE("link callouts cite the number of their label") {
    SUBCASE("a Wikipedia-style link holding a bracketed number") {
        document doc = read("Ducks are birds.<sup>[[3]](#cite_note-3)</sup> They swim.\n" + references(3));
        REQUIRE(doc.claims.size() == 2);
        CHECK(doc.claims[0].text == "Ducks are birds.");
        CHECK(doc.claims[0].cites == numbers{3});
    }
    SUBCASE("a bare number linking to a reference anchor") {
        document doc = read("Ducks are birds [2](#ref-2).\n" + references(3));
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].cites == numbers{2});
    }
    SUBCASE("linked ends of a range in parentheses") {
        document doc = read("Geese migrate ( [[12]](#r12)\xE2\x80\x93 [[14]](#r14)).\n" + references(14));
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].text == "Geese migrate.");
        CHECK(doc.claims[0].cites == numbers{12, 13, 14});
    }
    SUBCASE("bracket callouts with a dash between them fill the range") {
        document doc = read("Geese migrate ( [12]\xE2\x80\x93 [14]).\n" + references(14));
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].text == "Geese migrate.");
        CHECK(doc.claims[0].cites == numbers{12, 13, 14});
    }
}

TEST_CASE("brackets that only look like callouts stay text") {
    struct row {
        std::string_view text;
        std::string_view claim;
    };
    for (row r : {row{"The [SIQ] scale is used.", "The [SIQ] scale is used."},
                  row{"See [Table 2] for data.", "See [Table 2] for data."},
                  row{"The [P ] value is low.", "The [P ] value is low."},
                  row{"As Figure [1](#F1) shows, it works.", "As Figure 1 shows, it works."},
                  row{"As shown in [2](#fig2), it works.", "As shown in 2, it works."},
                  row{"As Table [2] shows, it works.", "As Table [2] shows, it works."},
                  row{"Shares rose 35\xE2\x80\x93" "50% in a year.", "Shares rose 35\xE2\x80\x93" "50% in a year."},
                  row{"Where x \xE2\x88\x88 [0, 1] holds.", "Where x \xE2\x88\x88 [0, 1] holds."},
                  row{"Cited elsewhere [45] only.", "Cited elsewhere [45] only."},
                  row{"In [2019] it rained.", "In [2019] it rained."},
                  row{"See [the docs][1] now.", "See [the docs][1] now."}}) {
        CAPTURE(r.text);
        document doc = read(std::string(r.text) + "\n" + references(3));
        REQUIRE(doc.claims.size() == 1);
        CHECK(doc.claims[0].text == r.claim);
        CHECK(doc.claims[0].cites.empty());
    }
}

TEST_CASE("a group partly outside the list cites and is warned about") {
    diagnostics warnings;
    document doc = read("Text [2, 9].\n" + references(3), warnings);
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == numbers{2, 9});
    CHECK(has_warning(warnings, "snippet.md:1:6: warning: callout cites 9, which the reference list lacks"));
}

TEST_CASE("callouts without any reference list are kept and warned about") {
    diagnostics warnings;
    document doc = read("# Notes on ducks\n\nDucks swim [1].\n", warnings);
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].cites == numbers{1});
    CHECK(has_warning(warnings, "no reference list found"));
}

// ---------------------------------------------------------------- reference lists

TEST_CASE("reference lists are read under every usual heading and in every usual numbering") {
    for (std::string_view heading : {"## References", "# Bibliography", "### Notes", "#### Sources", "## Works cited",
                                     "## Literature Cited", "## Citations", "**References**", "References",
                                     "## 7. References", "Sources\n-------"}) {
        for (std::string_view form : {"1. ", "[1] ", "- [1] ", "- 1. ", "1) "}) {
            CAPTURE(heading);
            CAPTURE(form);
            std::string list(heading);
            list += "\n\n";
            for (int i = 1; i <= 3; ++i) {
                std::string marker(form);
                marker.replace(marker.find('1'), 1, std::to_string(i));
                list += marker + "Author " + std::to_string(i) + ". Title. 2018.\n\n";
            }
            diagnostics warnings;
            document doc = read("Claim [2].\n\n" + list, warnings);
            REQUIRE(doc.references.size() == 3);
            CHECK(doc.references[1].number == 2);
            CHECK(doc.references[1].text == "Author 2. Title. 2018.");
            CHECK(doc.references[1].published == make_date(2018));
            REQUIRE(doc.claims.size() == 1);
            CHECK(doc.claims[0].cites == numbers{2});
            CHECK(warnings.empty());
        }
    }
}

TEST_CASE("an entry split over list items and paragraphs is one entry") {
    document doc = read("Text [1-3].\n\n## References\n\n- [1] Carion et al. End-to-\n\n- end object detection. 2020.\n\n"
                        "- [2] Rezatofighi et al. In Proceedings of the IEEE Conference on\n\n"
                        "Computer Vision, pages 658-666, 2019.\n\n- [3] Zhong. Data, model,\n\n- and evaluation. 2020.\n");
    REQUIRE(doc.references.size() == 3);
    CHECK(doc.references[0].text == "Carion et al. End-to-end object detection. 2020.");
    CHECK(doc.references[0].where == location{5, 7});
    CHECK(doc.references[1].text ==
          "Rezatofighi et al. In Proceedings of the IEEE Conference on Computer Vision, pages 658-666, 2019.");
    CHECK(doc.references[1].published == make_date(2019));
    CHECK(doc.references[2].text == "Zhong. Data, model, and evaluation. 2020.");
}

TEST_CASE("an unnumbered list has one entry per item, numbered by position") {
    document doc = read("Text [2].\n\n## References\n\n- First source. 2001.\n- Second source. 2002.\n");
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[1].number == 2);
    CHECK(doc.references[1].text == "Second source. 2002.");
}

TEST_CASE("trailing back-reference page numbers are neither years nor numbers") {
    document doc = read("Text [1-4].\n\n## References\n\n- [1] Springer Publishing, 2020. Springer. 5\n"
                        "- [2] Zhong. Evaluation. Springer, 2020. 2, 3, 7\n- [3] Green. Grammars. pages 261-277. 2\n"
                        "- [4] Smith. Atlas. Oxford, 1999, vol. 5\n");
    REQUIRE(doc.references.size() == 4);
    CHECK(doc.references[0].text == "Springer Publishing, 2020. Springer.");
    CHECK(doc.references[1].text == "Zhong. Evaluation. Springer, 2020.");
    CHECK(doc.references[1].published == make_date(2020));
    CHECK(doc.references[2].text == "Green. Grammars. pages 261-277.");
    CHECK_FALSE(doc.references[2].published.known());
    CHECK(doc.references[3].text == "Smith. Atlas. Oxford, 1999, vol. 5");
}

TEST_CASE("a numbered list that restarts at 1 after the references is not part of them") {
    document doc = read("Text [1, 2].\n\n## References\n\n- [1] One. 2001.\n- [2] Two. 2002.\n\n"
                        "1. Prepare the templates.\n2. Generate tables [1].\n");
    REQUIRE(doc.references.size() == 2);
    CHECK(doc.references[1].text == "Two. 2002.");
    const std::optional<claim> step = find_claim(doc, "Generate tables");
    REQUIRE(step.has_value());
    CHECK(step->cites == numbers{1});
}

TEST_CASE("a numbered list under another heading is no reference list") {
    document doc = read("## Method\n\n1. Prepare the templates.\n2. Generate tables.\n");
    CHECK(doc.references.empty());
    CHECK(doc.claims.size() == 2);
}

TEST_CASE("a duplicate reference number is warned about") {
    diagnostics warnings;
    read("Text [1].\n\n## References\n\n1. One.\n2. Two.\n\nOther [2].\n\n## Notes\n\n[2] Again.\n", warnings);
    CHECK(has_warning(warnings, "duplicate reference number 2"));
}

// ---------------------------------------------------------------- claims and structure

TEST_CASE("a comment opening that nothing closes is text, however many a paragraph holds") {
    document doc = read("Ducks <!-- dabble [1].\nGeese <!-- graze [1].\n\nA <!-- closed\n--> comment [1].\n" +
                        references(1));
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].text == "Ducks <!-- dabble.");
    CHECK(doc.claims[1].text == "Geese <!-- graze.");
    CHECK(doc.claims[1].cites == numbers{1});
    // A comment closed on a later line of its paragraph goes, with its text.
    CHECK(doc.claims[2].text == "A comment.");
}

TEST_CASE("claims are free of emphasis, code, images, links and HTML, and sit at their first character") {
    document doc = read("Intro line.\n\n> *Ducks* use `dabbling` and **[diving](https://x.org)** ![duck](d.png)"
                        "<br/>skills [1]. <!-- note -->Done.\n" + references(1));
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[1].text == "Ducks use dabbling and diving skills.");
    CHECK(doc.claims[1].cites == numbers{1});
    CHECK(doc.claims[1].where == location{3, 4});
    CHECK(doc.claims[2].text == "Done.");
    CHECK(doc.claims[2].where == location{3, 102});
}

TEST_CASE("headings start sections and the first level-1 heading is the title") {
    document doc = read("Preamble text.\n\n# Ducks of the world\n\n## 1. Dabbling\n\nThey dabble.\n\nDiving\n------\n\nThey dive.\n");
    CHECK(doc.title == "Ducks of the world");
    REQUIRE(doc.sections.size() == 4);
    CHECK(doc.sections[0].title == "");
    CHECK(doc.sections[2].title == "1. Dabbling");
    CHECK(doc.sections[2].where == location{5, 4});
    CHECK(doc.sections[3].title == "Diving");
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].section == 0);
    CHECK(doc.claims[1].section == 2);
    CHECK(doc.claims[2].section == 3);
}

TEST_CASE("front matter gives the document's identity") {
    document doc = read("---\ntitle: \"Ducks, a survey\"\nurl: https://example.org/ducks\ndoi: https://doi.org/10.1234/ABC\n"
                        "date: 2022-03-01\ntags: [a, b]\n---\n\n# Other heading\n\nDucks swim [1].\n" + references(1));
    CHECK(doc.title == "Ducks, a survey");
    CHECK(doc.url == "https://example.org/ducks");
    CHECK(doc.doi == "10.1234/abc");
    CHECK(doc.published == make_date(2022, 3, 1));
    CHECK(doc.as_of == make_date(2022, 3, 1));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].where == location{11, 1});
}

TEST_CASE("Markdown without headings or front matter still works") {
    diagnostics warnings;
    document doc = read("Ducks swim. Geese fly.\n", warnings);
    CHECK(warnings.empty());
    CHECK(doc.title == "snippet");
    REQUIRE(doc.sections.size() == 1);
    CHECK(doc.claims.size() == 2);
    CHECK_FALSE(doc.as_of.known());
}

TEST_CASE("pipe table cells with callouts are claims named by row and column") {
    document doc = read("| Model | Score | Note |\n|---|---:|---|\n| EDD | 91.1 [2] | fast \\| small |\n"
                        "| GTE | `93` | none |\n" + references(2));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "EDD \xE2\x80\x94 Score: 91.1");
    CHECK(doc.claims[0].cites == numbers{2});
    CHECK(doc.claims[0].in_table);
    CHECK(doc.claims[0].where == location{3, 9});
}

TEST_CASE("code blocks, comments and thematic breaks give no claims") {
    document doc = read("```\nCode [1].\n```\n\n    indented code [1]\n\n<!--\nhidden [1]\n-->\n\n***\n\nReal text [1].\n" +
                        references(1));
    REQUIRE(doc.claims.size() == 1);
    CHECK(doc.claims[0].text == "Real text.");
}

// ---------------------------------------------------------------- errors

TEST_CASE("bytes that are not Markdown text are errors with their position") {
    CHECK_THROWS_WITH_AS(read("Ducks\n\xFF swim.\n"), doctest::Contains("snippet.md:2:1: error: invalid UTF-8"), input_error);
    CHECK_THROWS_WITH_AS(read("  \n<?xml version=\"1.0\"?><article/>"), doctest::Contains("snippet.md:2:1: error:"),
                         input_error);
    CHECK_THROWS_WITH_AS(read("<!DOCTYPE html><html></html>"), doctest::Contains("--from"), input_error);
    CHECK_THROWS_WITH_AS(read(" \n\n"), doctest::Contains("snippet.md:1:1: error: empty document"), input_error);
}

TEST_CASE("odd Markdown input does not crash") {
    for (std::string_view text : {"[", "[^", "[^]: x", "![", "](", "`", "``x`", "<", "<!--", "|", "|\n|-|", "- ", "1.",
                                  "> ", "#", "---", "---\ntitle: x", "[1](", "[[[[[[[[[[", "***__~~", "\\"}) {
        CAPTURE(text);
        diagnostics warnings;
        try {
            read(text, warnings);
        } catch (const input_error&) {
        }
    }
    std::string nested(100000, '[');
    diagnostics warnings;
    CHECK_NOTHROW(read(nested + " text", warnings));
}

// ---------------------------------------------------------------- the TableFormer paper

TEST_CASE("the TableFormer paper has 38 references numbered 1 to 38") {
    const document& doc = tableformer().doc;
    REQUIRE(doc.references.size() == 38);
    for (int i = 0; i < 38; ++i) CHECK(doc.references[static_cast<std::size_t>(i)].number == i + 1);
    CHECK(doc.format == "markdown");
    CHECK(doc.title == "TableFormer: Table Structure Understanding with Transformers.");
}

TEST_CASE("TableFormer entries split over list items are whole and lose their back-references") {
    const document& doc = tableformer().doc;
    const reference& carion = numbered(doc, 1);
    CHECK(carion.text ==
          "Nicolas Carion, Francisco Massa, Gabriel Synnaeve, Nicolas Usunier, Alexander Kirillov, and Sergey "
          "Zagoruyko. End-to-end object detection with transformers. In Andrea Vedaldi, Horst Bischof, Thomas Brox, "
          "and Jan-Michael Frahm, editors, Computer Vision - ECCV 2020 , pages 213-229, Cham, 2020. Springer "
          "International Publishing.");
    CHECK(carion.published == make_date(2020));
    CHECK(carion.where == location{273, 7});
    const reference& zhong = numbered(doc, 37);
    CHECK(zhong.text ==
          "Xu Zhong, Elaheh ShafieiBavani, and Antonio Jimeno Yepes. Image-based table recognition: Data, model, and "
          "evaluation. In Andrea Vedaldi, Horst Bischof, Thomas Brox, and Jan-Michael Frahm, editors, Computer Vision "
          "ECCV 2020 , pages 564-580, Cham, 2020. Springer International Publishing.");
    CHECK(zhong.published == make_date(2020));
    const reference& rezatofighi = numbered(doc, 25);
    CHECK(rezatofighi.text.ends_with("In Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
                                     "Recognition , pages 658-666, 2019."));
    CHECK(rezatofighi.published == make_date(2019));
}

TEST_CASE("TableFormer references keep their dates and URLs") {
    const document& doc = tableformer().doc;
    CHECK(numbered(doc, 15).text.ends_with("Naval research logistics quarterly , 2(1-2):83-97, 1955."));
    CHECK(numbered(doc, 15).published == make_date(1955));
    CHECK(numbered(doc, 17).text.ends_with("Tablebank: A benchmark dataset for table detection and recognition, 2019."));
    CHECK(numbered(doc, 4).urls == std::vector<std::string>{"http://sac.founderit.com/"});
    CHECK(numbered(doc, 4).published.year == 2019);
    CHECK(numbered(doc, 7).text.ends_with("pages 261-277."));
    CHECK_FALSE(numbered(doc, 7).published.known());
    CHECK(numbered(doc, 38).text.ends_with("pages 1015-1022, 2019."));
    CHECK(doc.as_of == make_date(2021, 5));
}

TEST_CASE("the TableFormer unsorted group cites 37, 36, 18 and 20 in that order") {
    const document& doc = tableformer().doc;
    const std::optional<claim> c = find_claim(doc, "has been proposed by the community to address table-structure decomposition");
    REQUIRE(c.has_value());
    CHECK(c->text == "Lately, a set of new model-architectures has been proposed by the community to address "
                     "table-structure decomposition.");
    CHECK(c->cites == numbers{37, 36, 18, 20});
    CHECK(doc.sections[c->section].title == "1. Introduction");
}

TEST_CASE("every TableFormer reference is cited, and [0, 1] is no citation") {
    const document& doc = tableformer().doc;
    std::set<int> cited;
    std::size_t callouts = 0;
    for (const claim& c : doc.claims) {
        cited.insert(c.cites.begin(), c.cites.end());
        if (!c.cites.empty()) ++callouts;
    }
    CHECK(cited.size() == 38);
    CHECK(*cited.begin() == 1);
    CHECK(*cited.rbegin() == 38);
    const std::optional<claim> lambda = find_claim(doc, "are hyper-parameters");
    REQUIRE(lambda.has_value());
    CHECK(lambda->text.find("[0, 1]") != std::string::npos);
    CHECK(lambda->cites.empty());
    CHECK(tableformer().warnings.empty());
}

TEST_CASE("the numbered list after the TableFormer references is prose, not references") {
    const document& doc = tableformer().doc;
    const std::optional<claim> step = find_claim(doc, "Prepare styling and content templates");
    REQUIRE(step.has_value());
    CHECK(step->cites.empty());
    CHECK(doc.sections[step->section].title == "1.2. Synthetic datasets");
    for (const reference& r : doc.references) CHECK(r.text.find("styling templates") == std::string::npos);
}

TEST_CASE("TableFormer headings are sections and its claims carry no markup") {
    const document& doc = tableformer().doc;
    CHECK(doc.sections.size() == 25);
    CHECK(doc.sections[1].title == "TableFormer: Table Structure Understanding with Transformers.");
    for (const claim& c : doc.claims) {
        CAPTURE(c.text);
        CHECK(c.text.find("<!--") == std::string::npos);
        CHECK(c.text.find("|---") == std::string::npos);
        CHECK(c.text.find("**") == std::string::npos);
    }
}

TEST_CASE("a numbered list that prints an entry out of order keeps it, with its own number") {
    diagnostics warnings;
    document doc = read("Text [6, 7].\n\n## References\n\n5. Five. 2005.\n7. Seven. 2007.\n6. Six. 2006.\n"
                        "8. Eight. 2008.\n\n1. Prepare the templates.\n",
                        warnings);
    REQUIRE(doc.references.size() == 4);
    CHECK(doc.references[1].number == 7);
    CHECK(doc.references[2].number == 6);
    CHECK(doc.references[2].text == "Six. 2006.");
    CHECK(doc.references[3].number == 8);
    CHECK(find_claim(doc, "Prepare the templates").has_value());  // 1 was never skipped: a new list
    CHECK(warnings.empty());
}

// docling prints two pairs of the OTSL paper's entries in swapped order, as their PDF's
// layout has them: "5. Kayal", "7. Li", "6. Lee", "8. Livathinos" and "11.", "13.", "12.".
TEST_CASE("the OTSL paper's list has all 23 references, the two printed out of order included") {
    diagnostics warnings;
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/markdown/md-arxiv-2305.03393-otsl.md";
    const document doc = import_markdown(read_file(path), import_options{path}, warnings);
    REQUIRE(doc.references.size() == 23);
    std::vector<int> listed;
    for (const reference& r : doc.references) listed.push_back(r.number);
    CHECK(listed == numbers{1, 2, 3, 4, 5, 7, 6, 8, 9, 10, 11, 13, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23});
    CHECK(doc.references[5].text.rfind("Li, M., Cui, L.", 0) == 0);
    CHECK(doc.references[6].text.rfind("Lee, E., Kwon, J.", 0) == 0);
    CHECK(doc.references[6].published == make_date(2022));
    CHECK(doc.references[12].text.rfind("Schreiber, S., Agne, S.", 0) == 0);
    CHECK(warnings.empty());  // every callout finds its entry
    const std::optional<claim> related = find_claim(doc, "Other work");
    REQUIRE(related.has_value());
    CHECK(related->cites == numbers{20});
}

// docling's Markdown of a PNAS paper (from its JATS): callouts in parentheses, "(2, 3)",
// "(7–14)", "(6, 19–25)", which Markdown marks no more than any other text.
TEST_CASE("a Markdown paper that calls out its list in parentheses cites by them") {
    diagnostics warnings;
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/markdown/md-pnas-2001-ccr5-hiv-excerpt.md";
    const document doc = import_markdown(read_file(path), import_options{path}, warnings);
    REQUIRE(doc.references.size() == 66);
    CHECK(doc.callouts == callout_style::parenthesis);
    const std::optional<claim> hardest_hit = find_claim(doc, "Sub-Saharan Africa has been hardest hit");
    REQUIRE(hardest_hit.has_value());
    CHECK(hardest_hit->cites == numbers{2, 3});
    CHECK(hardest_hit->text.ends_with("in some countries."));
    const std::optional<claim> protection = find_claim(doc, "Homozygous mutations for this 32-bp deletion");
    REQUIRE(protection.has_value());
    CHECK(protection->cites == numbers{7, 8, 9, 10, 11, 12, 13, 14});
    const std::optional<claim> coreceptor = find_claim(doc, "CCR5 is a host-cell chemokine receptor");
    REQUIRE(coreceptor.has_value());
    CHECK(coreceptor->cites == numbers{6, 19, 20, 21, 22, 23, 24, 25});
    const std::optional<claim> identified = find_claim(doc, "CCR5Δ32 was identified in HIV-resistant people");
    REQUIRE(identified.has_value());
    CHECK(identified->text == "CCR5Δ32 was identified in HIV-resistant people.");
    CHECK(identified->cites == numbers{28});
    // Parentheses that are no callouts stay text: "(For brevity, …)", "Fig. 1", "(t)" in
    // the equations.
    for (const claim& c : doc.claims)
        if (c.text.starts_with("$$") || c.text.starts_with("(For brevity")) CHECK(c.cites.empty());
    std::size_t citing = 0;
    for (const claim& c : doc.claims) citing += !c.cites.empty();
    // 17 sentences cite; one of them is two clauses, each citing its own (33, then 34).
    CHECK(citing == 18);
    CHECK(warnings.empty());
}

TEST_CASE("Markdown: in a paper with bracket callouts, numbers in parentheses are text") {
    const std::string paper =
        "# Tanh method\n\n"
        "The equation is integrable by the conventional methods [1]. We apply the method [2-4]\n"
        "to (1) and assume that (2) holds. Substituting (2) into (1) gives (3).\n\n"
        "## References\n\n"
        "1. Ablowitz M. Solitons and the inverse scattering transform. SIAM 1981.\n"
        "2. Malfliet W. Solitary wave solutions. Am J Phys 1992;60:650-4.\n"
        "3. Parkes EJ. An automated tanh-function method. Comput Phys Commun 1996;98:288-300.\n"
        "4. Fan E. Extended tanh-function method. Phys Lett A 2000;277:212-8.\n";
    document doc = read(paper);
    CHECK(doc.callouts == callout_style::bracket);
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].cites == numbers{1});
    CHECK(doc.claims[1].cites == numbers{2, 3, 4});
    CHECK(doc.claims[2].text == "Substituting (2) into (1) gives (3).");
    CHECK(doc.claims[2].cites.empty());
}

TEST_CASE("a callout wrapped onto the next line of a paragraph is read whole") {
    // As PDF-to-Markdown converters keep the PDF's lines: "[6-" / "8]", "(2," / "3)".
    document doc = read("Galf plays a role in virulence [6-\n8]. It is absent in humans [9, 10,\n"
                        "11]. Emphasis *runs\nover* lines and a hard\\\nbreak stays text.\n" +
                        references(11));
    REQUIRE(doc.claims.size() == 3);
    CHECK(doc.claims[0].text == "Galf plays a role in virulence.");
    CHECK(doc.claims[0].cites == numbers{6, 7, 8});
    CHECK(doc.claims[0].where == location{1, 1});
    CHECK(doc.claims[1].cites == numbers{9, 10, 11});
    CHECK(doc.claims[1].where == location{2, 5});  // placed on its own line, after "8]. "
    CHECK(doc.claims[2].text == "Emphasis runs over lines and a hard break stays text.");
    CHECK(doc.claims[2].where == location{3, 6});
}

TEST_CASE("a superscript at the end of a wrapped line calls out as one inside it does") {
    document doc = read("Cementum grows under occlusion forces1,2,\ncontinuous eruption3,4 and stress.5\n"
                        "Hypercementosis is common.6\n\n## References\n\n"
                        "- One. 2001.\n- Two. 2002.\n- Three. 2003.\n- Four. 2004.\n- Five. 2005.\n- Six. 2006.\n");
    CHECK(doc.callouts == callout_style::superscript);
    std::vector<numbers> cited;
    for (const claim& c : doc.claims) cited.emplace_back(c.cites.begin(), c.cites.end());
    CHECK(cited == std::vector<numbers>{{1, 2}, {3, 4}, {5}, {6}});
    REQUIRE(doc.claims.size() == 4);
    CHECK(doc.claims[1].text == "continuous eruption");
    CHECK(doc.claims[1].where == location{2, 1});
    CHECK(doc.claims[3].where == location{3, 1});
}

TEST_CASE("Markdown converted from PDF: flattened superscripts call out the list when they name most of it") {
    // As PDF-to-Markdown converters print a paper with superscript callouts: the digits
    // glued to the word or full stop they followed, the list bulleted without its numbers.
    const std::string paper =
        "# Consultation length\n\n"
        "Longer consultations are associated with better recognition of psychosocial problems1 and\n"
        "with more advice on lifestyle.2 A national survey in 1998 reported that most (87%) patients\n"
        "were satisfied with the length of their consultation.3 Expectations follow experience.4\n"
        "Patients given 10 minutes reported more enablement,3,5 and doctors less stress.6\n\n"
        "## References\n\n"
        "- Howie JG, Porter AM. Long to short consultation ratio. Br J Gen Pract 1999;49:541-5.\n"
        "- Wilson A, Childs S. Consultation length in general practice. Br J Gen Pract 2002;52:1012-20.\n"
        "- Airey C, Erens B. National surveys of NHS patients: general practice 1998. London: NHS Executive, 1999.\n"
        "- Hart JT. Expectations of health care. BMJ 1998;317:1-2.\n"
        "- Freeman GK, Horder JP. Continuity of care. Br J Gen Pract 2000;50:453-8.\n"
        "- Zantinge EM, Verhaak PF. Stress in general practice. Fam Pract 2005;22:59-63.\n";
    document doc = read(paper);
    CHECK(doc.callouts == callout_style::superscript);
    REQUIRE(doc.claims.size() == 6);
    // A superscript inside a sentence closes its clause: each clause cites its own.
    CHECK(doc.claims[0].text == "Longer consultations are associated with better recognition of psychosocial problems");
    CHECK(doc.claims[0].cites == std::vector<int>{1});
    CHECK(doc.claims[1].text == "and with more advice on lifestyle.");
    CHECK(doc.claims[1].cites == std::vector<int>{2});
    CHECK(doc.claims[2].cites == std::vector<int>{3});
    CHECK(years_named(doc.claims[2].text) == std::vector<int>{1998});
    CHECK(doc.claims[3].cites == std::vector<int>{4});
    // "enablement,3,5 and" is one superscript citing 3 and 5: a decimal comma would not be
    // glued to the comma after a word. 10 is a quantity.
    CHECK(doc.claims[4].text == "Patients given 10 minutes reported more enablement");
    CHECK(doc.claims[4].cites == std::vector<int>{3, 5});
    CHECK(doc.claims[5].text == "and doctors less stress.");
    CHECK(doc.claims[5].cites == std::vector<int>{6});
}

TEST_CASE("Markdown: numbers glued to names call out nothing when they name little of the list") {
    // An author-year paper: "Chr2", "Rex2", "DESeq2" are names, and they name only the
    // list's first few numbers, whatever its length.
    std::string paper =
        "# KRAB zinc finger clusters\n\n"
        "We deleted the Chr2 cluster and the Rex2 binding site (Wolf et al., 2020).\n"
        "Counts were analysed with DESeq2 and mapped with Bowtie2 (Love et al., 2014).\n"
        "The Chr4 cluster holds Gm13051 and Rex2 sites.\n\n"
        "## References\n\n";
    for (int i = 1; i <= 12; ++i)
        paper += "- Author" + std::string(1, static_cast<char>('A' + i)) + " X. A study of clusters. Cell 20" +
                 std::to_string(10 + i) + ";1:1-2.\n";
    document doc = read(paper);
    CHECK(doc.callouts == callout_style::bracket);
    for (const claim& c : doc.claims) CHECK(c.cites.empty());
}

}  // TEST_SUITE
