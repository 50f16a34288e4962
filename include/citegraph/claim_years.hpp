// The years a claim's text names, read from the text when asked: what judges how old a
// claim's evidence may be, and what the JSON and GraphML writers give each claim.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace citegraph {

// The years a claim's text names: four-digit numbers 1900-2099 standing as whole tokens, in
// order of appearance (repeats kept). Digits inside larger numbers ("120215", "45,2019") or
// document symbols ("S/2022/493", "v2021") are no years. [] for text without any.
std::vector<int> years_named(std::string_view text);

// The first year years_named finds in text[from..] and the index just past it; year 0 and
// text.size() when none is left. Walks the years without building their list.
struct named_year {
    int year = 0;
    std::size_t end = 0;
};
named_year next_year_named(std::string_view text, std::size_t from);

}  // namespace citegraph
