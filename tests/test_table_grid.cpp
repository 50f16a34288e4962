// The grid every markup importer lays its tables out in (importers/common/table_grid).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/common/table_grid.hpp"

using namespace citegraph;

namespace {

table_cell cell(const std::string& text, std::vector<int> cites = {}, bool header = false) {
    table_cell c;
    c.content.append(text, {1, 1});
    if (!cites.empty()) c.content.cite(std::move(cites));
    c.header = header;
    return c;
}

std::vector<std::string> texts(const table_row& row) {
    std::vector<std::string> out;
    for (const table_cell& c : row) out.push_back((c.spanned ? "~" : "") + c.content.text());
    return out;
}

}  // namespace

TEST_SUITE("table grid") {

TEST_CASE("column and row spans put marked copies in the places a cell covers") {
    table_grid grid;
    grid.start_row();
    grid.add_cell(cell("Country", {}, true), 1, 1);
    grid.add_cell(cell("Yield", {}, true), 2, 1);
    grid.start_row();
    grid.add_cell(cell("Brazil"), 1, 2);
    grid.add_cell(cell("12"), 1, 1);
    grid.add_cell(cell("13", {4}), 1, 1);
    grid.start_row();
    grid.add_cell(cell("14", {5}), 1, 1);
    grid.add_cell(cell("15"), 1, 1);
    const std::vector<table_row> rows = grid.take();
    REQUIRE(rows.size() == 3);
    CHECK(texts(rows[0]) == std::vector<std::string>{"Country", "Yield", "~Yield"});
    CHECK(texts(rows[1]) == std::vector<std::string>{"Brazil", "12", "13"});
    CHECK(texts(rows[2]) == std::vector<std::string>{"~Brazil", "14", "15"});

    // The spanning row label labels both rows; the header spans both data columns.
    claim_list claims;
    add_table_claims(rows, 0, claims);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].text == "Brazil \xE2\x80\x94 Yield: 13");
    CHECK(claims[1].text == "Brazil \xE2\x80\x94 Yield: 14");
}

TEST_CASE("spans stop at the end of a row group") {
    table_grid grid;
    grid.start_row();
    grid.add_cell(cell("Head", {}, true), 1, 5);
    grid.end_group();
    grid.start_row();
    grid.add_cell(cell("Body"), 1, 1);
    const std::vector<table_row> rows = grid.take();
    REQUIRE(rows.size() == 2);
    CHECK(texts(rows[1]) == std::vector<std::string>{"Body"});
}

TEST_CASE("huge spans are copied only as far as the input pays for them") {
    table_grid grid;
    std::size_t cells = 0;
    for (int r = 0; r < 3000; ++r) {
        grid.start_row();
        grid.add_cell(cell("x"), 1000, 65534);
    }
    for (const table_row& row : grid.take()) cells += row.size();
    // 3000 cells of 65 cost units may pay for 64 times their cost plus 64 KiB of copies.
    CHECK(cells > 3000);
    CHECK(cells < 3000 * 65 + (1 << 16));
}

}  // TEST_SUITE
