#include "text_run.hpp"

#include <algorithm>

namespace citegraph::text_import {

void text_run::append(std::string_view piece, std::size_t offset) {
    if (piece.empty()) return;
    if (!text_.empty()) text_ += ' ';
    anchors_.push_back({text_.size(), offset});
    text_ += piece;
}

std::size_t text_run::offset_at(std::size_t pos) const {
    if (anchors_.empty()) return 0;
    auto next = std::upper_bound(anchors_.begin(), anchors_.end(), pos,
                                 [](std::size_t p, const anchor& a) { return p < a.pos; });
    const anchor& at = next == anchors_.begin() ? *next : *(next - 1);
    return at.offset + (pos >= at.pos ? pos - at.pos : 0);
}

std::vector<text_run::piece> text_run::piece_spans() const {
    std::vector<piece> spans;
    spans.reserve(anchors_.size());
    for (std::size_t i = 0; i < anchors_.size(); ++i) {
        // A piece ends at the separator space before the next one, or at the text's end.
        const std::size_t end = i + 1 < anchors_.size() ? anchors_[i + 1].pos - 1 : text_.size();
        spans.push_back({anchors_[i].pos, anchors_[i].offset, end - anchors_[i].pos});
    }
    return spans;
}

bool text_run::inner_piece(std::size_t begin, std::size_t end) const {
    const auto at = std::lower_bound(anchors_.begin(), anchors_.end(), begin,
                                     [](const anchor& a, std::size_t pos) { return a.pos < pos; });
    if (at == anchors_.end() || at->pos != begin || at + 1 == anchors_.end()) return false;
    return (at + 1)->pos - 1 == end;  // the next piece starts after one separator space
}

}  // namespace citegraph::text_import
