// The input split into lines, and the map from byte offsets back to line:column.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

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

// Line starts of the whole input, built once so each lookup is a binary search.
class line_map {
public:
    // Accepts LF, CRLF and CR line ends; an empty input has one line.
    explicit line_map(std::string_view bytes);

    // 1-based line and byte column of an offset; offsets past the end clamp to the end.
    location locate(std::size_t offset) const;

private:
    std::vector<std::size_t> starts_;
    std::size_t size_ = 0;
};

}  // namespace citegraph::text_import
