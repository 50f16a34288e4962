// Splits a reference entry into its ". "-separated segments: author, title, the rest,
// and trailing notes such as "Please see “...” in the Reference Materials section".
#pragma once

#include <string_view>
#include <vector>

namespace citegraph {

// Segments of text without their closing ". ", in order; a dot after an initial or a
// common abbreviation ("U.S.", "J.", "No.", "D.C.") does not end one. Empty for "".
std::vector<std::string_view> split_segments(std::string_view text);

struct reference_parts {
    std::vector<std::string_view> segments;  // split_segments of the body
    std::string_view body;   // the entry before its notes
    std::string_view title;  // body after the first (author) segment; the body if it has one segment
    std::string_view notes;  // from "Please see", "For more information", "See also" or "Note"; often ""
};

// Parts of one reference entry; every part is a view into text. All empty for "".
reference_parts split_reference(std::string_view text);

// The same, given split_segments(text), for a caller that needs every segment too.
reference_parts split_reference(std::string_view text, std::vector<std::string_view> segments);

}  // namespace citegraph
