#include "page_columns.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>

#include "word_boxes.hpp"

namespace citegraph {

namespace {

constexpr std::size_t min_words = 60;          // fewer: too little text to tell columns apart
constexpr std::size_t max_words = 20000;       // more: no page of prose; left as poppler reads it
constexpr double max_page_width = 14400;       // points: the largest page PDF allows
constexpr double search_from = 0.3;            // the gutter is looked for in the middle of the page,
constexpr double search_to = 0.7;              // between these fractions of its width
constexpr double min_gutter = 6.0;             // points: wider than a space between two words
constexpr double max_crossing_share = 0.04;    // of the words: the lines that span both columns
constexpr double stray_crossing_share = 0.02;  // of the words: a page number, a header beside a gutter
constexpr double min_column_share = 0.2;       // of the words, in each column
constexpr double min_width_ratio = 0.6;        // narrower column to wider one: not a side column
constexpr std::size_t min_block = 30;          // words: three lines or so of a column
constexpr double min_blank_lines = 1.4;        // of the words' median height: more than a heading's space

struct gutter {
    double left = 0;
    double right = 0;
    double middle() const { return (left + right) / 2; }
};

bool crosses(const poppler::rectf& r, const gutter& g) { return r.left() < g.middle() && r.right() > g.middle(); }

// The widest vertical strip in the middle of the page that few words cross, if it is a
// gutter: wide enough, crossed only by a few lines that span the page.
std::optional<gutter> find_gutter(const std::vector<poppler::text_box>& boxes, const poppler::rectf& page) {
    const int from = static_cast<int>(std::ceil(page.left() + search_from * page.width()));
    const int to = static_cast<int>(std::floor(page.left() + search_to * page.width()));
    if (to <= from) return std::nullopt;
    std::vector<std::size_t> crossing(static_cast<std::size_t>(to - from + 1), 0);
    for (const poppler::text_box& box : boxes) {
        const poppler::rectf r = box.bbox();
        const int first = std::max(from, static_cast<int>(std::floor(r.left())));
        const int last = std::min(to, static_cast<int>(std::ceil(r.right())));
        for (int x = first; x <= last; ++x) ++crossing[static_cast<std::size_t>(x - from)];
    }
    const std::size_t fewest = *std::min_element(crossing.begin(), crossing.end());
    const double words = static_cast<double>(boxes.size());
    if (static_cast<double>(fewest) > max_crossing_share * words) return std::nullopt;
    const double few = std::max(static_cast<double>(fewest), stray_crossing_share * words);
    int best_start = 0, best_length = 0, start = from;
    for (int x = from; x <= to; ++x) {
        if (static_cast<double>(crossing[static_cast<std::size_t>(x - from)]) > few) {
            start = x + 1;
            continue;
        }
        if (x - start + 1 > best_length) {
            best_start = start;
            best_length = x - start + 1;
        }
    }
    // The strip runs between integer points that few words cover: the gutter proper is
    // one point wider on each side.
    const gutter found{static_cast<double>(best_start - 1), static_cast<double>(best_start + best_length)};
    if (found.right - found.left < min_gutter) return std::nullopt;
    return found;
}

// Vertical stretches [top, bottom) of the page.
struct stretch {
    double top;
    double bottom;
};

// `spans` sorted by top, those that overlap merged.
std::vector<stretch> merged(std::vector<stretch> spans) {
    std::sort(spans.begin(), spans.end(), [](const stretch& a, const stretch& b) { return a.top < b.top; });
    std::vector<stretch> joined;
    for (const stretch& s : spans) {
        if (!joined.empty() && s.top < joined.back().bottom) {
            joined.back().bottom = std::max(joined.back().bottom, s.bottom);
        } else {
            joined.push_back(s);
        }
    }
    return joined;
}

// The stretches taken by lines that run across the gutter, merged where they overlap,
// top to bottom; a column's word level with one of them joins it, so that no word is cut
// between two parts. (Only the words level with a spanning line join, not those level
// with them in turn: columns whose lines do not share baselines would chain to the foot
// of the page.)
std::vector<stretch> spanning_stretches(const std::vector<poppler::text_box>& boxes, const gutter& g) {
    std::vector<stretch> spans;
    for (const poppler::text_box& box : boxes) {
        const poppler::rectf r = box.bbox();
        if (crosses(r, g)) spans.push_back({r.top(), r.bottom()});
    }
    const std::vector<stretch> lines = merged(std::move(spans));
    std::vector<stretch> grown = lines;
    for (const poppler::text_box& box : boxes) {
        const poppler::rectf r = box.bbox();
        // The first spanning stretch that ends below the word's top; the word is level
        // with it if it starts above the word's bottom.
        const auto level = std::upper_bound(lines.begin(), lines.end(), r.top(),
                                            [](double top, const stretch& s) { return top < s.bottom; });
        if (level == lines.end() || level->top >= r.bottom()) continue;
        stretch& s = grown[static_cast<std::size_t>(level - lines.begin())];
        s.top = std::min(s.top, r.top());
        s.bottom = std::max(s.bottom, r.bottom());
    }
    return merged(std::move(grown));
}

// Where to cut a stretch of columns between `top` and `bottom`: the middle of each blank
// row, at least `min_blank` high, that runs across both columns between their words. The
// blocks set side by side at the head of a paper (its authors, one under each column)
// are read before the columns under them, not the left author with the left column.
std::vector<double> blank_rows(const std::vector<poppler::text_box>& boxes, const gutter& g, double top,
                               double bottom, double min_blank) {
    if (!(min_blank > 0)) return {};  // words of no height: no line to measure a blank row by
    std::vector<stretch> taken;
    for (const poppler::text_box& box : boxes) {
        const poppler::rectf r = box.bbox();
        const double middle = (r.top() + r.bottom()) / 2;
        if (!crosses(r, g) && middle >= top && middle < bottom) taken.push_back({r.top(), r.bottom()});
    }
    std::sort(taken.begin(), taken.end(), [](const stretch& a, const stretch& b) { return a.top < b.top; });
    std::vector<double> cuts;
    for (std::size_t i = 1, reach = 0; i < taken.size(); ++i) {
        if (taken[i].top - taken[reach].bottom >= min_blank) cuts.push_back((taken[reach].bottom + taken[i].top) / 2);
        if (taken[i].bottom > taken[reach].bottom) reach = i;
    }
    return cuts;
}

poppler::rectf rect(double left, double top, double right, double bottom) {
    return poppler::rectf(left, top, right - left, bottom - top);
}

bool holds(const poppler::rectf& part, const poppler::rectf& r) {
    const double x = (r.left() + r.right()) / 2;
    const double y = (r.top() + r.bottom()) / 2;
    return x >= part.left() && x < part.right() && y >= part.top() && y < part.bottom();
}

enum class side { across, left, right };

// true if poppler's order of `boxes` goes back, within a stretch of columns, from a block
// of the right column to a block of the left one. Runs of a few words on one side are
// passed over: a table read row by row, a label beside a figure, a raised mark.
bool read_back_to_left(const std::vector<poppler::text_box>& boxes, const std::vector<poppler::rectf>& parts,
                       const std::vector<side>& sides) {
    struct run {
        side on;
        std::size_t words;
    };
    std::vector<std::vector<run>> runs(parts.size());  // by the stretch's left part
    for (const poppler::text_box& box : boxes) {
        const std::size_t part = part_holding(box, parts);
        if (part == parts.size() || sides[part] == side::across) continue;
        std::vector<run>& stretch_runs = runs[sides[part] == side::left ? part : part - 1];
        if (stretch_runs.empty() || stretch_runs.back().on != sides[part]) stretch_runs.push_back({sides[part], 0});
        ++stretch_runs.back().words;
    }
    for (const std::vector<run>& stretch_runs : runs) {
        std::vector<side> blocks;
        for (const run& r : stretch_runs)
            if (r.words >= min_block && (blocks.empty() || blocks.back() != r.on)) blocks.push_back(r.on);
        for (std::size_t i = 1; i < blocks.size(); ++i)
            if (blocks[i - 1] == side::right && blocks[i] == side::left) return true;
    }
    return false;
}

}  // namespace

std::size_t part_holding(const poppler::text_box& box, const std::vector<poppler::rectf>& parts) {
    const poppler::rectf r = box.bbox();
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (holds(parts[i], r)) return i;
    return parts.size();
}

std::vector<poppler::rectf> column_reading_order(const std::vector<poppler::text_box>& boxes,
                                                 const poppler::rectf& page) {
    if (boxes.size() < min_words || boxes.size() > max_words) return {};
    if (!(page.width() > 0 && page.width() <= max_page_width)) return {};
    for (const poppler::text_box& box : boxes)
        if (box.rotation() != 0) return {};
    const std::optional<gutter> g = find_gutter(boxes, page);
    if (!g) return {};

    // Two columns of about equal width, each with a fair share of the words.
    std::size_t left_words = 0, right_words = 0;
    double left_edge = g->left, right_edge = g->right;
    for (const poppler::text_box& box : boxes) {
        const poppler::rectf r = box.bbox();
        if (crosses(r, *g)) continue;
        if (r.right() <= g->middle()) {
            ++left_words;
            left_edge = std::min(left_edge, r.left());
        } else {
            ++right_words;
            right_edge = std::max(right_edge, r.right());
        }
    }
    const double share = min_column_share * static_cast<double>(boxes.size());
    if (static_cast<double>(left_words) < share || static_cast<double>(right_words) < share) return {};
    const double left_width = g->left - left_edge, right_width = right_edge - g->right;
    if (std::min(left_width, right_width) < min_width_ratio * std::max(left_width, right_width)) return {};

    // The parts, top to bottom: the columns of each stretch between spanning lines, left
    // then right, and the spanning lines themselves.
    const double top = std::min(page.top(), page.bottom()) - 1, bottom = std::max(page.top(), page.bottom()) + 1;
    const double page_left = page.left() - 1, page_right = page.right() + 1;
    std::vector<poppler::rectf> parts;
    std::vector<side> sides;
    double from = top;
    const double min_blank = min_blank_lines * median_height(boxes);
    auto add_columns = [&](double to) {
        if (to <= from) return;
        std::vector<double> cuts = blank_rows(boxes, *g, from, to, min_blank);
        cuts.push_back(to);
        double at = from;
        for (double cut : cuts) {
            parts.push_back(rect(page_left, at, g->middle(), cut));
            parts.push_back(rect(g->middle(), at, page_right, cut));
            sides.insert(sides.end(), {side::left, side::right});
            at = cut;
        }
    };
    for (const stretch& s : spanning_stretches(boxes, *g)) {
        add_columns(s.top);
        parts.push_back(rect(page_left, std::max(from, s.top), page_right, s.bottom));
        sides.push_back(side::across);
        from = s.bottom;
    }
    add_columns(bottom);

    // poppler's order is wrong if, within a stretch, it goes back to the left column
    // after a word of the right one.
    if (!read_back_to_left(boxes, parts, sides)) return {};

    // Parts no word falls in are left out.
    std::vector<bool> used(parts.size(), false);
    for (const poppler::text_box& box : boxes) {
        const std::size_t part = part_holding(box, parts);
        if (part < parts.size()) used[part] = true;
    }
    std::vector<poppler::rectf> read;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (used[i]) read.push_back(parts[i]);
    return read;
}

}  // namespace citegraph
