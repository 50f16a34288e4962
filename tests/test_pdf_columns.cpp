// Which pages of real PDFs are read column by column: only a two-column page whose order
// poppler gets wrong; a page poppler reads in order, a report with a side column of
// headings and a table read row by row keep poppler's order.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include "importers/pdf/page_columns.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

std::unique_ptr<poppler::document> open_pdf(const std::string& name) {
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/pdf/" + name;
    return std::unique_ptr<poppler::document>(poppler::document::load_from_file(path));
}

std::vector<poppler::rectf> page_parts(const poppler::document& pdf, int index) {
    std::unique_ptr<poppler::page> page(pdf.create_page(index));
    const poppler::rectf box = page->page_rect();
    return column_reading_order(page->text_list(poppler::page::text_list_include_font),
                                poppler::rectf(0, 0, box.width(), box.height()));
}

// The pages (counted from 1) read column by column.
std::vector<int> pages_read_by_columns(const std::string& name) {
    std::unique_ptr<poppler::document> pdf = open_pdf(name);
    REQUIRE(pdf);
    std::vector<int> pages;
    for (int i = 0; i < pdf->pages(); ++i)
        if (!page_parts(*pdf, i).empty()) pages.push_back(i + 1);
    return pages;
}

}  // namespace

TEST_SUITE("PDF columns") {

TEST_CASE("of a two-column article only the page poppler reads out of order is read by columns") {
    CHECK(pages_read_by_columns("jner-2016-13-22-fes.pdf") == std::vector<int>{8});
}

TEST_CASE("the parts of that page: the running head across both columns, the left column, the right one") {
    std::unique_ptr<poppler::document> pdf = open_pdf("jner-2016-13-22-fes.pdf");
    REQUIRE(pdf);
    const std::vector<poppler::rectf> parts = page_parts(*pdf, 7);
    REQUIRE(parts.size() == 3);
    // The head: a line across the page, above the columns.
    CHECK(parts[0].width() > 500);
    CHECK(parts[0].bottom() <= parts[1].top());
    // The columns side by side, the left first, meeting at the gutter.
    CHECK(parts[1].top() == parts[2].top());
    CHECK(parts[1].bottom() == parts[2].bottom());
    CHECK(parts[1].right() == doctest::Approx(parts[2].left()));
    CHECK(parts[1].right() > 280);
    CHECK(parts[1].right() < 320);
    std::unique_ptr<poppler::page> page(pdf->create_page(7));
    const poppler::byte_array left = page->text(parts[1], poppler::page::non_raw_non_physical_layout).to_utf8();
    const poppler::byte_array right = page->text(parts[2], poppler::page::non_raw_non_physical_layout).to_utf8();
    const std::string left_text(left.begin(), left.end());
    const std::string right_text(right.begin(), right.end());
    CHECK(left_text.find("EMG signal quality needs to be carefully") != std::string::npos);
    CHECK(left_text.find("considered for the effective application") == std::string::npos);
    CHECK(right_text.rfind("considered for the effective application", 0) == 0);
}

TEST_CASE("of a journal article whose columns poppler mixes on two pages, those two are read by columns") {
    CHECK(pages_read_by_columns("cmj-2017-130-14-small-fiber.pdf") == std::vector<int>{3, 5});
}

TEST_CASE("a report with a side column of headings and tables read row by row keeps poppler's order") {
    CHECK(pages_read_by_columns("gao-06-282-breastfeeding.pdf").empty());
    CHECK(pages_read_by_columns("gao-06-1046-grants.pdf").empty());
}

}  // TEST_SUITE
