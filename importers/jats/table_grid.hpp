// A JATS/XHTML <table> as a grid of cells with row and column spans expanded.
#pragma once

#include <vector>

#include <pugixml.hpp>

#include "importers/common/structured_claims.hpp"
#include "inline_reader.hpp"

namespace citegraph::jats_import {

// The rows of table (<thead>, <tbody>, <tfoot> or bare <tr>), each cell read by reader.
// The cells of a <thead> row or of a row of <th> only are headers; a <th> heading a
// body row is its label. colspan and rowspan (at most 1000 each;
// rowspan="0" runs to the end of its row group) put copies marked spanned in the places
// the cell covers. Rows with nothing in any cell are left out. [] for a table without rows.
std::vector<table_row> table_rows(pugi::xml_node table, inline_reader& reader, const xml_input& input);

}  // namespace citegraph::jats_import
