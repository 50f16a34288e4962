// Prose assembled from markup (a JATS or HTML paragraph, a TEI <s>, a Markdown paragraph):
// its text, where each piece of it came from, and the citation callouts inside it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// A callout in assembled text: the reference numbers it cites, at an offset of the text.
struct callout {
    std::size_t offset = 0;    // where the callout stood in the text
    std::vector<int> numbers;  // in printed order
    bool in_words = false;     // its printed words stay in the text before it: cite_in_words
};

// The input positions of the bytes of a piece of the input as it is, line breaks included,
// whose first byte stands at `where`: a line break moves to the next line's first column.
// Asked for in increasing order, each is found from the one before, so asking for any
// number of them costs the text's length once. {} for each if where is {}.
class text_positions {
public:
    text_positions(std::string_view text, location where) : text_(text), start_(where), line_where_(where) {}

    // Asked for out of order, it counts again from the start.
    location at(std::size_t offset);

private:
    std::string_view text_;
    location start_;              // the position of text_[0]
    std::size_t scanned_ = 0;     // the line breaks before it are counted
    std::size_t line_start_ = 0;  // where the line holding text_[scanned_] starts
    location line_where_;         // the position of text_[line_start_]
};

class cited_text {
public:
    // Appends text, folding each run of whitespace (also across calls) to one space and
    // dropping leading whitespace; `where` is the input position of text[0] ({} if unknown),
    // and a line break in text moves to the next line (as text_positions counts).
    void append(std::string_view text, location where);

    // A callout naming numbers at the current end of the text. The callout's own printed
    // text ("3", "[3]") is not appended for numbered callouts: claims read without them.
    // Brackets and separators printed around callouts ("[", "–", ", ", "]") are appended
    // as ordinary text and removed by settle().
    void cite(std::vector<int> numbers);

    // A callout whose printed words the caller appended as text ("Smith et al., 2019", an
    // author-year callout): it cites like any other, but closes no clause (claim_spans),
    // since the words before it are the callout's own.
    void cite_in_words(std::vector<int> numbers);

    const std::string& text() const { return text_; }
    const std::vector<callout>& callouts() const { return callouts_; }

    // Input position of text()[offset]: the position of the piece holding it, moved along
    // its first line; {} if that piece had no position.
    location locate(std::size_t offset) const;

    // true if nothing but whitespace was appended and nothing was cited.
    bool empty() const { return text_.empty() && callouts_.empty(); }

    // A copy in which callouts separated only by commas, semicolons, dashes or spaces are
    // one callout ("[33]–[36]" cites 33 to 36: a dash between single numbers fills the
    // range, up to 1000 numbers), brackets or parentheses holding nothing but callouts
    // are removed with the separators between them, and the space left before following
    // punctuation goes too: "shown [<3>, <4>]." reads "shown." citing 3 and 4.
    cited_text settle() const;

private:
    struct piece {
        std::size_t offset;  // in text_
        location where;
    };
    std::string text_;
    std::vector<piece> pieces_;
    std::vector<callout> callouts_;
    bool pending_space_ = false;
};

}  // namespace citegraph
