// Text gathered from several input lines, still able to say where each byte came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citegraph::text_import {

class text_run {
public:
    // Appends piece (which starts at input offset `offset`), joined by one space to what
    // is already there; an empty piece adds nothing.
    void append(std::string_view piece, std::size_t offset);

    // The joined text; "" for an empty run.
    const std::string& text() const { return text_; }

    // Input offset of text()[pos]; the separator space maps just past the previous piece.
    // Returns 0 for an empty run.
    std::size_t offset_at(std::size_t pos) const;

    // Number of input pieces joined; 0 for an empty run.
    std::size_t pieces() const { return anchors_.size(); }

    // One input piece: text()[pos, pos + length) is the input's [offset, offset + length).
    struct piece {
        std::size_t pos;
        std::size_t offset;
        std::size_t length;
    };
    // The pieces in the order they were joined.
    std::vector<piece> piece_spans() const;

    // true if text()[begin, end) is a whole piece and another piece follows it: a line of
    // its own inside the run. Logarithmic in the number of pieces.
    bool inner_piece(std::size_t begin, std::size_t end) const;

private:
    struct anchor {
        std::size_t pos;     // where a piece starts in text_
        std::size_t offset;  // where it starts in the input
    };
    std::string text_;
    std::vector<anchor> anchors_;
};

}  // namespace citegraph::text_import
