// Editions of one series in a reference list ("Trafficking in Persons Report- 2017: Mali"
// and "... 2020: Mali"): the newer edition supersedes the older.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// The title of an entry with years, digits, punctuation and case folded away:
// "Trafficking in Persons Report- 2017: Mali" -> "trafficking in persons report mali".
// The title is the longest ". "-separated segment once URLs are removed; "" when it is
// too short to name a series (under three words), so generic titles ("Reporting") never match.
std::string series_key(const reference& r);

// For each reference, the index of the newest edition of its series that is strictly
// newer than it, or -1. Only kinds that come in editions take part (not legislation,
// personal communications or internal reporting), and only dated entries.
std::vector<long> find_superseding_editions(const std::vector<reference>& references);

}  // namespace citegraph
