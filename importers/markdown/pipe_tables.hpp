// The cells of a pipe table row: "| a | b |" or "a | b".
#pragma once

#include <vector>

#include "blocks.hpp"

namespace citegraph::markdown_import {

// The cells of one row, trimmed, each with its input offset; the outer pipes are optional,
// "\|" and pipes inside `code` do not split. [] for a row holding nothing.
std::vector<span> row_cells(const span& row);

}  // namespace citegraph::markdown_import
