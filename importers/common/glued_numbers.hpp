// Superscript callouts that PDF-to-text conversion flattened into the line: "profits14",
// "consumer goods,1 such", "in 2005.1 EIA", "billion.4Many". The digits of a footnote
// mark lose their raised baseline and end up glued to the word or punctuation they
// followed, so only where they are glued, and what stands around them, tells them apart
// from quantities. Plain text and Markdown converted from PDF both carry them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace citegraph {

// Digits at text[begin, end) that may be a flattened superscript, with the numbers they
// name: one ("14"), or a group ("7,8", "13-15", "14,15,26-28").
struct glued_number {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<int> numbers;
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
// A superscript citing several works is a group: numbers joined by commas (a space may
// follow one) or ranges with a hyphen or en dash and no space, each larger than the one
// before ("stroma.7,8 While", "Mtb7, 8. In", "tumors13-15 are", "14,15,26-28"); what
// follows the group is judged as above. A ')' right after the digits that no '(' before
// them opened closes the superscript itself ("support1, 2). Gait") and is part of it.
// A year that "in", "by", "since", "until", "from", "after", "before", "during" or
// "through" introduces may carry a mark of 1 or 2 digits glued to it ("by 20505,",
// "since 193033."): the digits after the year's four.
std::vector<glued_number> glued_numbers(std::string_view text);

}  // namespace citegraph
