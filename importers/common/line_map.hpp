// Line ends and the map from byte offsets back to line:column, for every importer.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// Length of the line end at bytes[at] (1 for LF or CR, 2 for CRLF), 0 if none or past the end.
std::size_t line_end_at(std::string_view bytes, std::size_t at);

// Offset of the first CR or LF at or after `at`; bytes.size() if there is none.
std::size_t next_line_end(std::string_view bytes, std::size_t at);

// Line starts of the whole input, built once so each lookup is a binary search.
class line_map {
public:
    // Accepts LF, CRLF and CR line ends; an empty input has one line. A UTF-8 byte order
    // mark takes no column: the byte after it is 1:1.
    explicit line_map(std::string_view bytes);

    // 1-based line and byte column of an offset; offsets past the end clamp to the end,
    // offsets inside a byte order mark to 1:1.
    location locate(std::size_t offset) const;

private:
    std::vector<std::size_t> starts_;
    std::size_t size_ = 0;
};

}  // namespace citegraph
