#include "word_boxes.hpp"

#include <algorithm>
#include <cstddef>

namespace citegraph {

std::string poppler_utf8(const poppler::ustring& text) {
    poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

double median_height(const std::vector<poppler::text_box>& boxes) {
    if (boxes.empty()) return 0;
    std::vector<double> heights;
    heights.reserve(boxes.size());
    for (const poppler::text_box& box : boxes) heights.push_back(box.bbox().height());
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    return heights[heights.size() / 2];
}

}  // namespace citegraph
