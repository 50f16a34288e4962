// Where a plain-text document's superscripts are: as a PDF typesets them, or guessed from
// the numbers that conversion to text glued to words (importers/common/glued_numbers.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "importers/common/glued_numbers.hpp"
#include "text_run.hpp"

namespace citegraph::text_import {

// A superscript as the typesetting shows it, small and raised above the baseline: where
// its digits are in the input and the numbers they name ("3", "7,8", "3-5" as 3, 4, 5).
// A PDF's reader finds these from font sizes and positions.
struct typeset_superscript {
    std::size_t begin = 0;  // input offsets
    std::size_t end = 0;
    std::vector<int> numbers;
};

// A possible callout in a line or run: where it is in that text, and its numbers.
struct raised_number {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<int> numbers;
};

// Where a document's superscripts may be. When its reader saw the typesetting, exactly the
// typeset superscripts; otherwise the glued numbers of the flattened text, a guess that
// the callout tests (callouts.hpp) then narrow down.
class superscript_marks {
public:
    superscript_marks() = default;  // guessed from the text
    // As typeset, in any order.
    explicit superscript_marks(std::vector<typeset_superscript> typeset);

    // true when the marks are guessed from the text, not read from the typesetting.
    bool guessed() const { return !typeset_; }

    // In `text`, an input line that starts at input offset `offset`.
    std::vector<raised_number> in_line(std::string_view text, std::size_t offset) const;
    // In a run of joined lines.
    std::vector<raised_number> in_run(const text_run& run) const;

private:
    // The typeset superscripts wholly inside input [offset, offset + length), placed at `pos`.
    void add_typeset(std::size_t pos, std::size_t offset, std::size_t length, std::vector<raised_number>& out) const;

    std::optional<std::vector<typeset_superscript>> typeset_;
};

}  // namespace citegraph::text_import
