#include "source_lines.hpp"

namespace citegraph::text_import {

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

}  // namespace citegraph::text_import
