// ANSI colours for check's text listing when it goes to a terminal: the verdict word of each
// finding and the summary counts, so the worst findings stand out in a long listing.
#pragma once

#include <string>
#include <string_view>

namespace citegraph::exports_detail {

// The SGR parameters a verdict or finding name is shown in ("1;31" for resting-on-stale,
// "32" for ok); "" for any other name, which stays uncoloured.
std::string_view verdict_colour(std::string_view name);

// text between the escape sequences of the colour `name` has, when `on`; text as it is when
// not `on` or when the name has no colour.
std::string coloured(std::string_view text, std::string_view name, bool on);

}  // namespace citegraph::exports_detail
