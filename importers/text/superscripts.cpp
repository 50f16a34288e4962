#include "superscripts.hpp"

#include <algorithm>


namespace citegraph::text_import {

namespace {

std::vector<raised_number> as_raised(std::vector<glued_number> glued) {
    std::vector<raised_number> raised;
    raised.reserve(glued.size());
    for (glued_number& g : glued) raised.push_back({g.begin, g.end, std::move(g.numbers)});
    return raised;
}

}  // namespace

superscript_marks::superscript_marks(std::vector<typeset_superscript> typeset) : typeset_(std::move(typeset)) {
    std::sort(typeset_->begin(), typeset_->end(),
              [](const typeset_superscript& a, const typeset_superscript& b) { return a.begin < b.begin; });
}

void superscript_marks::add_typeset(std::size_t pos, std::size_t offset, std::size_t length,
                                    std::vector<raised_number>& out) const {
    auto at = std::lower_bound(typeset_->begin(), typeset_->end(), offset,
                               [](const typeset_superscript& t, std::size_t o) { return t.begin < o; });
    for (; at != typeset_->end() && at->end <= offset + length; ++at)
        out.push_back({pos + (at->begin - offset), pos + (at->end - offset), at->numbers});
}

std::vector<raised_number> superscript_marks::in_line(std::string_view text, std::size_t offset) const {
    if (!typeset_) return as_raised(glued_numbers(text));
    std::vector<raised_number> found;
    add_typeset(0, offset, text.size(), found);
    return found;
}

std::vector<raised_number> superscript_marks::in_run(const text_run& run) const {
    if (!typeset_) return as_raised(glued_numbers(run.text()));
    std::vector<raised_number> found;
    for (const text_run::piece& piece : run.piece_spans()) add_typeset(piece.pos, piece.offset, piece.length, found);
    return found;
}

}  // namespace citegraph::text_import
