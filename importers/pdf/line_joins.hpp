// How two runs of a page's text are put back together when what stood between them (a
// column break, a page footer) is taken out.
#pragma once

#include <string_view>

#include "text/text_chars.hpp"

namespace citegraph {

// "\n" if `before` ends mid-sentence (a letter, digit, comma, hyphen or semicolon) and
// `after` opens in lower case: a sentence running on, joined as within a column; else
// "\n\n", a blank line, as poppler sets apart its blocks. "\n\n" if either is empty.
inline std::string_view line_join(std::string_view before, std::string_view after) {
    if (before.empty() || after.empty()) return "\n\n";
    const char last = before.back();
    const bool runs_on = is_alnum(last) || last == ',' || last == '-' || last == ';';
    return runs_on && is_lower(after.front()) ? "\n" : "\n\n";
}

}  // namespace citegraph
