// Superscript callouts that PDF-to-text conversion flattened into the line: "profits14",
// "consumer goods,1 such", "in 2005.1 EIA", "billion.4Many". The digits of a footnote
// mark lose their raised baseline and end up glued to the word or punctuation they
// followed, so only where they are glued, and what stands around them, tells them apart
// from quantities.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "text_run.hpp"

namespace citegraph::text_import {

// Digits at text[begin, end) that may be a flattened superscript, with their value.
struct glued_number {
    std::size_t begin = 0;
    std::size_t end = 0;
    int number = 0;
};

// Every candidate in text, in order. A candidate is 1 to 3 digits (1-999) with no digit
// on either side, glued
//  - to a lower-case word of 3 or more letters ("profits14"; not "m2", "CO2", "COVID19"), or
//  - to closing punctuation (. , ; : ) ] % or a closing quote) that itself follows a
//    letter, digit, '%' or quote ("goods,1", "winters”.2", "9%,12", "2005.1");
// and followed by the end, a space, closing punctuation or an upper-case letter
// ("billion.4Many"), never by a lower-case letter, '%' or a decimal point with digits.
// After "digit." (or "digit,") the candidate must be followed by a space and an upper-case
// letter, since "2.5 percent", "3.75" and "1,200" are numbers.
std::vector<glued_number> glued_numbers(std::string_view text);

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
