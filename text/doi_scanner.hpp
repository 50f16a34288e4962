// Finds a DOI in reference text: "doi:10.1186/1471-2180-11-174", "https://doi.org/10.1371/…",
// "DOI 10.1016/j.x.2019.01.002".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace citegraph {

// The first DOI in text, lower-cased (DOIs are case-insensitive), without a trailing
// ".,;)]" or a "doi.org/" prefix; "" if text names none. Throws nothing but std::bad_alloc.
std::string find_doi(std::string_view text);

// One past the DOI that starts at text[at] ("10.1186/1743-0003-13-22", without trailing
// punctuation); at itself if no DOI starts there or at is past the end.
std::size_t doi_end(std::string_view text, std::size_t at);

// A tagged DOI ("<pub-id pub-id-type="doi">"), trimmed, with any resolver prefix
// ("https://doi.org/", "doi:") removed and lower-cased; "" if it is not a DOI.
std::string normalise_doi(std::string_view tagged);

}  // namespace citegraph
