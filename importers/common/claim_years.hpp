// The years a claim names, for judging how old its evidence may be.
#pragma once

#include <string_view>
#include <vector>

namespace citegraph {

// Four-digit numbers 1900-2099 standing as whole tokens, in order of appearance (repeats
// kept). Digits inside larger numbers ("120215", "45,2019") or document symbols
// ("S/2022/493", "v2021") are no years. Returns [] for text without any.
std::vector<int> years_named(std::string_view text);

}  // namespace citegraph
