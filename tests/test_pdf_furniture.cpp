// Page headers and footers told by their place: the rows at a page's top and foot that
// hold a page number or a line the other pages repeat, and the sentence they cut in
// poppler's text joined up again.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include "importers/pdf/page_furniture.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

std::unique_ptr<poppler::document> open_pdf(const std::string& name) {
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/pdf/" + name;
    return std::unique_ptr<poppler::document>(poppler::document::load_from_file(path));
}

std::vector<std::vector<furniture_piece>> furniture_of(const poppler::document& pdf) {
    std::vector<std::vector<furniture_piece>> edges;
    for (int i = 0; i < pdf.pages(); ++i)
        edges.push_back(page_edges(std::unique_ptr<poppler::page>(pdf.create_page(i))->text_list()));
    return page_furniture(edges);
}

std::string page_text(const poppler::document& pdf, int index) {
    const poppler::byte_array bytes = std::unique_ptr<poppler::page>(pdf.create_page(index))->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

std::vector<std::string> texts(const std::vector<furniture_piece>& pieces, bool at_foot) {
    std::vector<std::string> found;
    for (const furniture_piece& piece : pieces)
        if (piece.at_foot == at_foot) found.push_back(piece.text);
    return found;
}

}  // namespace

TEST_SUITE("PDF page furniture") {

TEST_CASE("a journal's footers: the page number and the running line at the foot of every page") {
    std::unique_ptr<poppler::document> pdf = open_pdf("cmj-2017-130-14-small-fiber.pdf");
    REQUIRE(pdf);
    const std::vector<std::vector<furniture_piece>> furniture = furniture_of(*pdf);
    REQUIRE(furniture.size() == 6);
    const std::string running = "Chinese Medical Journal \xC2\xA6 July 20, 2017 \xC2\xA6 Volume 130 \xC2\xA6 Issue 14";
    for (std::size_t page = 0; page < furniture.size(); ++page) {
        CAPTURE(page);
        CHECK(texts(furniture[page], false).empty());
        const std::vector<std::string> foot = texts(furniture[page], true);
        const std::string number = std::to_string(1683 + page);
        CHECK(foot.size() == 2);
        CHECK(std::find(foot.begin(), foot.end(), number) != foot.end());
        CHECK(std::find(foot.begin(), foot.end(), running) != foot.end());
    }
}

TEST_CASE("an article's running heads, \"Page 2 of 9\" on, and none on its first page") {
    std::unique_ptr<poppler::document> pdf = open_pdf("jner-2016-13-22-fes.pdf");
    REQUIRE(pdf);
    const std::vector<std::vector<furniture_piece>> furniture = furniture_of(*pdf);
    REQUIRE(furniture.size() == 9);
    CHECK(furniture[0].empty());
    for (std::size_t page = 1; page < furniture.size(); ++page) {
        CAPTURE(page);
        CHECK(texts(furniture[page], true).empty());
        CHECK(texts(furniture[page], false) ==
              std::vector<std::string>{"De Marchis et al. Journal of NeuroEngineering and Rehabilitation (2016) 13:22",
                                       "Page " + std::to_string(page + 1) + " of 9"});
    }
}

TEST_CASE("a page number between the columns leaves the sentence it cut, and the running line at the end stays") {
    std::unique_ptr<poppler::document> pdf = open_pdf("cmj-2017-130-14-small-fiber.pdf");
    REQUIRE(pdf);
    const std::vector<std::vector<furniture_piece>> furniture = furniture_of(*pdf);
    const std::string before = page_text(*pdf, 5);
    REQUIRE(before.find("Metabolic syndrome in small\n\n1688\n\nfiber sensory neuropathy.") != std::string::npos);
    const furniture_free_text cut = without_furniture(before, furniture[5]);
    const std::string& after = cut.text;
    CHECK(after.find("1688") == std::string::npos);
    CHECK(after.find("Metabolic syndrome in small\nfiber sensory neuropathy.") != std::string::npos);
    CHECK(after.find("Chinese Medical Journal") != std::string::npos);
    CHECK(after.size() == before.size() - std::string("\n1688\n\n").size());
    // One cut: the blank lines and the number between "small" and "fiber", for a line break.
    REQUIRE(cut.cuts.size() == 1);
    CHECK(before.compare(cut.cuts[0].at, cut.cuts[0].removed, "\n\n1688\n\n") == 0);
    CHECK(cut.cuts[0].inserted == 1);
}

TEST_CASE("a superscript after a cut moves with its text, and one in what was cut is dropped") {
    std::unique_ptr<poppler::document> pdf = open_pdf("cmj-2017-130-14-small-fiber.pdf");
    REQUIRE(pdf);
    const std::vector<std::vector<furniture_piece>> furniture = furniture_of(*pdf);
    const std::string before = page_text(*pdf, 5);
    const furniture_free_text cut = without_furniture(before, furniture[5]);
    // Marks on "small" (before the cut), on "1688" (in it) and on "fiber" (after it).
    const std::size_t small = before.find("small\n\n1688");
    const std::size_t number = before.find("1688");
    const std::size_t fiber = before.find("fiber sensory neuropathy");
    REQUIRE(small != std::string::npos);
    const std::vector<text_import::typeset_superscript> moved =
        after_cuts({{small, small + 5, {1}}, {number, number + 4, {2}}, {fiber, fiber + 5, {3}}}, cut.cuts);
    REQUIRE(moved.size() == 2);
    CHECK(moved[0].numbers == std::vector<int>{1});
    CHECK(cut.text.substr(moved[0].begin, moved[0].end - moved[0].begin) == "small");
    CHECK(moved[1].numbers == std::vector<int>{3});
    CHECK(cut.text.substr(moved[1].begin, moved[1].end - moved[1].begin) == "fiber");
}

TEST_CASE("a report's footers stay where pdftotext prints them, between paragraphs or at the page's end") {
    std::unique_ptr<poppler::document> pdf = open_pdf("gao-06-282-breastfeeding.pdf");
    REQUIRE(pdf);
    const std::vector<std::vector<furniture_piece>> furniture = furniture_of(*pdf);
    REQUIRE(furniture.size() == 43);
    CHECK(texts(furniture[3], true) == std::vector<std::string>{"Page 2", "GAO-06-282 Breastfeeding"});
    for (int page = 0; page < pdf->pages(); ++page) {
        CAPTURE(page);
        const std::string text = page_text(*pdf, page);
        const furniture_free_text cut = without_furniture(text, furniture[static_cast<std::size_t>(page)]);
        CHECK(cut.text == text);
        CHECK(cut.cuts.empty());
    }
}

}  // TEST_SUITE
