// A TEI <table> (<row role="label"><cell cols="2" rows="3">) laid out as a grid for
// add_table_claims.
#pragma once

#include <functional>
#include <vector>

#include <pugixml.hpp>

#include "importers/common/cited_text.hpp"
#include "importers/common/structured_claims.hpp"

namespace citegraph::tei_import {

// Reads a cell's content into a cited_text (text and callouts).
using cell_reader = std::function<void(pugi::xml_node cell, cited_text& out)>;

// The rows of a table, spans expanded (copies marked spanned; a span of more than 32
// columns counts as 32). Header cells: rows and cells with role="label"; when the table
// marks none and its first row cites nothing, the first row of a table with more than one
// row. [] for a table without <row>.
std::vector<table_row> read_table_rows(pugi::xml_node table, const cell_reader& read_cell);

}  // namespace citegraph::tei_import
