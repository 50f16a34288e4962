#include "line_map.hpp"

#include <algorithm>

namespace citegraph {

std::size_t line_end_at(std::string_view bytes, std::size_t at) {
    if (at >= bytes.size()) return 0;
    if (bytes[at] == '\n') return 1;
    if (bytes[at] == '\r') return at + 1 < bytes.size() && bytes[at + 1] == '\n' ? 2 : 1;
    return 0;
}

// Both searches are memchr; the CR search stops at the LF, so a whole input is read once.
std::size_t next_line_end(std::string_view bytes, std::size_t at) {
    at = std::min(at, bytes.size());
    const std::size_t lf = std::min(bytes.find('\n', at), bytes.size());
    const std::size_t cr = bytes.substr(at, lf - at).find('\r');
    return cr == std::string_view::npos ? lf : at + cr;
}

// A UTF-8 byte order mark is invisible in an editor: the first line starts after it, so
// columns on that line count as the editor shows them.
line_map::line_map(std::string_view bytes)
    : starts_{bytes.starts_with("\xEF\xBB\xBF") ? 3u : 0u}, size_(bytes.size()) {
    for (std::size_t end = next_line_end(bytes, 0); end < bytes.size();
         end = next_line_end(bytes, starts_.back()))
        starts_.push_back(end + line_end_at(bytes, end));
}

location line_map::locate(std::size_t offset) const {
    offset = std::clamp(offset, starts_[0], std::max(size_, starts_[0]));
    // The last line start not after offset; offset >= starts_[0] so there always is one.
    auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t index = static_cast<std::size_t>(next - starts_.begin()) - 1;
    return at_line_column(index + 1, offset - starts_[index] + 1);
}

}  // namespace citegraph
