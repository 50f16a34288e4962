#include "typeset_superscripts.hpp"

#include <optional>
#include <string>

#include "text/text_chars.hpp"
#include "word_boxes.hpp"

namespace citegraph {

namespace {

constexpr double max_size_ratio = 0.8;      // of the neighbour's font size
constexpr double min_raise_ratio = 0.15;    // of the neighbour's height
constexpr std::size_t search_window = 256;  // bytes past the previous box's end
constexpr int max_number = 999;
constexpr int max_range = 50;               // "3-5" expands; "1-900" is no callout
constexpr std::string_view en_dash = "\xE2\x80\x93";

// The numbers "3", "7,8", "3-5" or "3–5" name; nullopt for any other text.
std::optional<std::vector<int>> callout_numbers(std::string_view text) {
    std::vector<int> numbers;
    std::size_t at = 0;
    bool range = false;
    while (at < text.size()) {
        std::size_t end = at;
        int value = 0;
        while (end < text.size() && is_digit(text[end]) && value <= max_number) value = value * 10 + (text[end++] - '0');
        if (end == at || value == 0 || value > max_number) return std::nullopt;
        if (range) {
            const int first = numbers.back();
            if (value <= first || value - first > max_range) return std::nullopt;
            for (int n = first + 1; n <= value; ++n) numbers.push_back(n);
        } else {
            numbers.push_back(value);
        }
        at = end;
        if (at == text.size()) break;
        range = text[at] == '-' || text.substr(at).starts_with(en_dash);
        if (!range && text[at] != ',') return std::nullopt;
        at += text.substr(at).starts_with(en_dash) ? en_dash.size() : 1;
        if (at == text.size()) return std::nullopt;
    }
    return numbers;
}

bool same_line(const poppler::rectf& a, const poppler::rectf& b) {
    return a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
}

// The box `box` stands beside on its line: the nearest one ending before it starts, else
// the nearest one starting after it ends (a mark opening a line: a note's number); null
// if it stands alone. All boxes are looked at, not only those next to it in reading
// order, since the reading order may put a raised mark on a line of its own.
const poppler::text_box* neighbour_of(std::size_t box, const std::vector<poppler::text_box>& boxes) {
    const poppler::rectf here = boxes[box].bbox();
    const poppler::text_box* before = nullptr;
    const poppler::text_box* after = nullptr;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const poppler::rectf there = boxes[i].bbox();
        if (i == box || !same_line(here, there)) continue;
        if (there.right() <= here.left() + 0.5) {
            if (!before || there.right() > before->bbox().right()) before = &boxes[i];
        } else if (there.left() >= here.right() - 0.5) {
            if (!after || there.left() < after->bbox().left()) after = &boxes[i];
        }
    }
    return before ? before : after;
}

// true if `box` is set small and raised against `neighbour` on its line.
bool raised_against(const poppler::text_box& box, const poppler::text_box& neighbour) {
    const poppler::rectf r = box.bbox();
    const poppler::rectf n = neighbour.bbox();
    const double raise = (n.y() + n.height()) - (r.y() + r.height());
    return box.get_font_size() <= max_size_ratio * neighbour.get_font_size() && raise >= min_raise_ratio * n.height();
}

}  // namespace

std::vector<text_import::typeset_superscript> page_superscripts(const std::vector<poppler::text_box>& boxes,
                                                                std::string_view page_text,
                                                                std::size_t page_offset) {
    std::vector<text_import::typeset_superscript> found;
    std::size_t cursor = 0;  // where the previous box ended in page_text
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const std::string word = poppler_utf8(boxes[i].text());
        if (word.empty()) continue;
        const std::size_t at = page_text.find(word, cursor);
        if (at == std::string_view::npos || at > cursor + search_window) continue;
        cursor = at + word.size();
        const std::optional<std::vector<int>> numbers = callout_numbers(word);
        if (!numbers) continue;
        const poppler::text_box* neighbour = neighbour_of(i, boxes);
        if (neighbour && raised_against(boxes[i], *neighbour))
            found.push_back({page_offset + at, page_offset + at + word.size(), std::move(*numbers)});
    }
    return found;
}

}  // namespace citegraph
