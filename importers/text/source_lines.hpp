// The input split into lines (line_map, from offsets back to line:column, is in common/).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "importers/common/line_map.hpp"

namespace citegraph::text_import {

// One line of the input without its line end; offset is where it starts in the input.
struct source_line {
    std::string_view text;
    std::size_t offset = 0;
    std::size_t number = 0;  // 1-based
};

// Splits bytes[start..] at LF, CRLF and CR; a final line end adds no empty line.
// Returns [] for an empty range. Line numbers count from 1 at the start of bytes.
std::vector<source_line> split_lines(std::string_view bytes, std::size_t start);

}  // namespace citegraph::text_import
