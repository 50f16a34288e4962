// English and French month names, full or abbreviated, in any case, with or without accents.
#pragma once

#include <string_view>

namespace citegraph {

// Month number 1..12 for a name such as "June", "Dec", "sept", "février", "fevrier",
// "AOÛT"; 0 for anything else, including "" and names with a trailing dot.
int month_from_name(std::string_view word);

}  // namespace citegraph
