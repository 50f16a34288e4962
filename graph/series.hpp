// Editions of one series in a reference list ("Trafficking in Persons Report- 2017: Mali"
// and "... 2020: Mali"): the newer edition supersedes the older.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"
#include "citegraph/provenance.hpp"

namespace citegraph {

// The title of an entry with years, digits, punctuation and case folded away:
// "Trafficking in Persons Report- 2017: Mali" -> "trafficking in persons report mali".
// The title is the longest ". "-separated segment once URLs are removed; "" when it is
// too short to name a series (under three words), so generic titles ("Reporting") never match.
std::string series_key(const reference& r);

// The title a reader knows an edition by: the reference's own title when it has one, else
// the longest ". "-separated segment of its text once URLs are removed ("Trafficking in
// Persons Report- 2020: Mali"); "" for an empty entry.
std::string edition_title(const reference& r);

// For each reference, the index of the newest edition of its series that is strictly
// newer than it, or -1. Only kinds that come in editions take part (not legislation,
// personal communications or internal reporting), and only dated entries.
std::vector<long> find_superseding_editions(const std::vector<reference>& references);

// Per document, per reference: the newest edition of its series that the corpus cites and
// that is strictly newer by year, among the editions published by the citing document's
// as-of date (as_of, parallel to the documents; unknown: no bound); -1 in `document` if
// none. Series are keyed by the title segment that names the entry's year ("Global Report
// on Food Crises 2017"), stricter than series_key. An edition in the reference's own document is find_superseding_editions' business:
// call this for the references that one left alone, and the edition found lies in another
// document.
std::vector<std::vector<reference_place>> find_superseding_editions(const std::vector<document>& documents,
                                                                    const std::vector<date>& as_of);

// What find_superseding_editions(documents, ...) gives a reference with no newer edition.
inline constexpr reference_place no_edition{static_cast<std::size_t>(-1), 0};

}  // namespace citegraph
