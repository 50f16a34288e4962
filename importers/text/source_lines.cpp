#include "source_lines.hpp"

#include <algorithm>

namespace citegraph::text_import {

namespace {

// Length of the line end at bytes[at] (1 for LF or CR, 2 for CRLF), 0 if none.
std::size_t line_end_at(std::string_view bytes, std::size_t at) {
    if (bytes[at] == '\n') return 1;
    if (bytes[at] == '\r') return at + 1 < bytes.size() && bytes[at + 1] == '\n' ? 2 : 1;
    return 0;
}

// Offset of the first CR or LF at or after `at`; bytes.size() if there is none. Both
// searches are memchr; the CR search stops at the LF, so a whole input is read once.
std::size_t next_line_end(std::string_view bytes, std::size_t at) {
    const std::size_t lf = std::min(bytes.find('\n', at), bytes.size());
    const std::size_t cr = bytes.substr(at, lf - at).find('\r');
    return cr == std::string_view::npos ? lf : at + cr;
}

}  // namespace

std::vector<source_line> split_lines(std::string_view bytes, std::size_t start) {
    std::vector<source_line> lines;
    std::size_t begin = start;
    std::size_t number = 1;
    for (std::size_t end = next_line_end(bytes, begin); end < bytes.size();
         end = next_line_end(bytes, begin)) {
        lines.push_back({bytes.substr(begin, end - begin), begin, number++});
        begin = end + line_end_at(bytes, end);
    }
    if (begin < bytes.size()) lines.push_back({bytes.substr(begin), begin, number});
    return lines;
}

line_map::line_map(std::string_view bytes) : starts_{0}, size_(bytes.size()) {
    for (std::size_t end = next_line_end(bytes, 0); end < bytes.size();
         end = next_line_end(bytes, starts_.back()))
        starts_.push_back(end + line_end_at(bytes, end));
}

location line_map::locate(std::size_t offset) const {
    offset = std::min(offset, size_);
    // The last line start not after offset; starts_[0] == 0 so there always is one.
    auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t index = static_cast<std::size_t>(next - starts_.begin()) - 1;
    return {index + 1, offset - starts_[index] + 1};
}

}  // namespace citegraph::text_import
