// Keys that make two spellings of one work compare equal: a DOI or a URL folded to one form
// (a title's key is text/work_titles.hpp's title_key). link_sources hashes these; nothing
// here compares pairs of references.
#pragma once

#include <string>
#include <string_view>

namespace citegraph {

// A DOI in any of its spellings ("https://doi.org/10.1/X", "doi:10.1/x", "10.1/X"),
// lower-cased without its resolver prefix; "" if the text holds no DOI.
std::string doi_key(std::string_view doi);

// A URL with the differences that do not change the page folded away: scheme (http and
// https are one), host case, a leading "www.", a default port, a trailing "/", the
// fragment and tracking parameters (utm_*, fbclid, gclid, ...):
// "http://WWW.Example.org/a/?utm_source=x#top" -> "example.org/a". The path and the
// other parameters keep their case and order. "" for a URL without a host, or with a host
// and no path (a site's home page names a site, not a work).
std::string url_key(std::string_view url);

}  // namespace citegraph
