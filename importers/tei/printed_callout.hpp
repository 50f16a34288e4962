// What a GROBID callout prints: "[3," "4]" "[10–14]" "1,2" or "Smith et al., 2019".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace citegraph::tei_import {

struct printed_callout {
    bool numeric = false;     // only numbers, separators and brackets, at least one number
    std::vector<int> numbers; // printed order, dashed ranges filled; [] unless numeric
    std::string lead;         // what stands before the first number: "[", "(" or ""
    std::string trail;        // what stands after the last: ",", "]", "];" or ""
    // (copies, not views: callers read a callout from a temporary string)
};

// Reads a callout's text. Numbers are separated by commas, semicolons or spaces; a hyphen
// or dash between two numbers fills the range (at most 1000 numbers, else both ends
// only). Any letter, or a number of more than six digits, makes the text not numeric:
// "Smith et al., 2019", "Fig. 2", "" give numeric = false.
printed_callout read_printed_callout(std::string_view text);

}  // namespace citegraph::tei_import
