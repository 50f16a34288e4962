#include "page_furniture.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <utility>

#include "line_joins.hpp"
#include "text/text_chars.hpp"
#include "word_boxes.hpp"

namespace citegraph {

namespace {

constexpr double min_apart = 0.5;          // of the words' median height, between the row and the next
constexpr double max_word_gap = 2.0;       // of the median height: words further apart are separate pieces
constexpr std::size_t max_piece_words = 15;  // a running line, not a paragraph

double centre_y(const poppler::rectf& r) { return (r.top() + r.bottom()) / 2; }

// true for "12", "iv", "XII": a number as pages are numbered.
bool page_numeral(std::string_view word) {
    if (word.empty() || word.size() > 8) return false;
    const bool digits = std::all_of(word.begin(), word.end(), [](char c) { return is_digit(c); });
    const bool roman = std::all_of(word.begin(), word.end(), [](char c) {
        return std::string_view("ivxlcdmIVXLCDM").find(c) != std::string_view::npos;
    });
    return digits || roman;
}

// true for "12", "iv", "Page 9", "Page 9 of 9".
bool page_number(const std::vector<std::string>& words) {
    std::size_t at = 0;
    if (words.size() > 1 && (words[0] == "Page" || words[0] == "page" || words[0] == "PAGE")) at = 1;
    if (at >= words.size() || !page_numeral(words[at])) return false;
    ++at;
    if (at == words.size()) return true;
    return at + 2 == words.size() && (words[at] == "of" || words[at] == "OF") &&
           std::all_of(words[at + 1].begin(), words[at + 1].end(), [](char c) { return is_digit(c); });
}

// The text with every digit as '#': page 3's footer and page 4's are alike.
std::string shape_of(std::string_view text) {
    std::string shape(text);
    for (char& c : shape)
        if (is_digit(c)) c = '#';
    return shape;
}

// The words of a piece, as row_pieces joined them.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        words.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// The pieces of one edge row: `row` holds the indices of its boxes.
std::vector<furniture_piece> row_pieces(const std::vector<poppler::text_box>& boxes, std::vector<std::size_t> row,
                                   double height, bool at_foot) {
    std::sort(row.begin(), row.end(),
              [&boxes](std::size_t a, std::size_t b) { return boxes[a].bbox().left() < boxes[b].bbox().left(); });
    std::vector<furniture_piece> pieces;
    double right = 0;
    for (std::size_t i : row) {
        const poppler::rectf r = boxes[i].bbox();
        if (pieces.empty() || r.left() - right > max_word_gap * height) pieces.push_back({"", at_foot});
        furniture_piece& piece = pieces.back();
        if (!piece.text.empty()) piece.text += ' ';
        piece.text += poppler_utf8(boxes[i].text());
        right = std::max(right, r.right());
    }
    return pieces;
}

// The lines of `text`, as [start, end) offsets without their line breaks.
std::vector<std::pair<std::size_t, std::size_t>> lines_of(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.emplace_back(start, end);
        start = end + 1;
    }
    return lines;
}

}  // namespace

std::vector<furniture_piece> page_edges(const std::vector<poppler::text_box>& boxes) {
    if (boxes.size() < 2) return {};
    const double height = median_height(boxes);
    std::vector<furniture_piece> pieces;
    for (const bool at_foot : {false, true}) {
        // The word nearest the edge, and the row of those whose middle is level with it.
        std::size_t edge = 0;
        for (std::size_t i = 1; i < boxes.size(); ++i) {
            const poppler::rectf r = boxes[i].bbox(), e = boxes[edge].bbox();
            if (at_foot ? r.bottom() > e.bottom() : r.top() < e.top()) edge = i;
        }
        const poppler::rectf e = boxes[edge].bbox();
        std::vector<std::size_t> row;
        std::vector<bool> in_row(boxes.size(), false);
        double inner = at_foot ? e.top() : e.bottom();  // the row's inner edge
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const double middle = centre_y(boxes[i].bbox());
            if (middle < e.top() || middle > e.bottom()) continue;
            row.push_back(i);
            in_row[i] = true;
            inner = at_foot ? std::min(inner, boxes[i].bbox().top()) : std::max(inner, boxes[i].bbox().bottom());
        }
        if (row.size() == boxes.size()) return pieces;
        bool apart = true;
        for (std::size_t i = 0; i < boxes.size() && apart; ++i) {
            if (in_row[i]) continue;
            const poppler::rectf r = boxes[i].bbox();
            apart = at_foot ? r.bottom() <= inner - min_apart * height : r.top() >= inner + min_apart * height;
        }
        if (!apart) continue;
        for (furniture_piece& piece : row_pieces(boxes, std::move(row), height, at_foot)) pieces.push_back(std::move(piece));
    }
    return pieces;
}

std::vector<std::vector<furniture_piece>> page_furniture(const std::vector<std::vector<furniture_piece>>& edges) {
    std::map<std::pair<std::string, bool>, std::size_t> pages_with;  // shape and edge: pages it stands on
    for (const std::vector<furniture_piece>& page : edges) {
        std::vector<std::pair<std::string, bool>> seen;
        for (const furniture_piece& piece : page) seen.emplace_back(shape_of(piece.text), piece.at_foot);
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (const auto& key : seen) ++pages_with[key];
    }
    std::vector<std::vector<furniture_piece>> furniture(edges.size());
    for (std::size_t page = 0; page < edges.size(); ++page) {
        for (const furniture_piece& piece : edges[page]) {
            const std::vector<std::string> words = words_of(piece.text);
            const bool repeated =
                words.size() <= max_piece_words && pages_with[{shape_of(piece.text), piece.at_foot}] >= 2;
            if (repeated || page_number(words)) furniture[page].push_back(piece);
        }
    }
    return furniture;
}

furniture_free_text without_furniture(std::string page_text, const std::vector<furniture_piece>& furniture) {
    const std::vector<std::pair<std::size_t, std::size_t>> lines = lines_of(page_text);
    auto line_at = [&](std::size_t i) {
        return trim(std::string_view(page_text.data() + lines[i].first, lines[i].second - lines[i].first));
    };
    std::vector<bool> is_furniture(lines.size(), false);
    for (const furniture_piece& piece : furniture) {
        std::size_t found = lines.size(), count = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (line_at(i) != piece.text) continue;
            found = i;
            ++count;
        }
        if (count == 1) is_furniture[found] = true;
    }
    // Only the lines that cut a sentence: at the page's start or end, or between two
    // paragraphs, the text importer knows a header or footer for what it is, as in
    // pdftotext's text, whose lines a location counts. The sentence is joined up again,
    // without the blank lines around the furniture.
    std::vector<std::size_t> text_lines;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!is_furniture[i] && !line_at(i).empty()) text_lines.push_back(i);
    std::vector<text_cut> cuts;
    for (std::size_t k = text_lines.size(); k-- > 1;) {  // from the end, so offsets before stay valid
        const std::size_t before = text_lines[k - 1], after = text_lines[k];
        bool furniture_between = false;
        for (std::size_t i = before + 1; i < after; ++i) furniture_between = furniture_between || is_furniture[i];
        if (!furniture_between) continue;
        const std::string_view join = line_join(line_at(before), line_at(after));
        if (join != "\n") continue;
        const text_cut cut{lines[before].second, lines[after].first - lines[before].second, join.size()};
        page_text.replace(cut.at, cut.removed, join);
        cuts.push_back(cut);
    }
    std::reverse(cuts.begin(), cuts.end());
    return {std::move(page_text), std::move(cuts)};
}

std::vector<text_import::typeset_superscript> after_cuts(std::vector<text_import::typeset_superscript> marks,
                                                         const std::vector<text_cut>& cuts) {
    std::vector<text_import::typeset_superscript> kept;
    for (text_import::typeset_superscript& mark : marks) {
        std::ptrdiff_t shift = 0;
        bool inside = false;
        for (const text_cut& cut : cuts) {
            if (cut.at >= mark.end) break;
            if (mark.begin < cut.at + cut.removed) inside = true;
            shift += static_cast<std::ptrdiff_t>(cut.inserted) - static_cast<std::ptrdiff_t>(cut.removed);
        }
        if (inside) continue;
        mark.begin = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(mark.begin) + shift);
        mark.end = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(mark.end) + shift);
        kept.push_back(std::move(mark));
    }
    return kept;
}

}  // namespace citegraph
