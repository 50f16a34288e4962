// Keys that make two spellings of one work compare equal: a DOI, a URL or a title folded
// to one form. link_sources hashes these; nothing here compares pairs of references.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

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

// The words of a title, lower-cased, accents folded (Latin-1 and Latin Extended-A:
// "Résumé" -> "resume", "Łódź" -> "lodz"), punctuation dropped and numbers (years,
// volumes) left out, one space between words: "Global Report on Food Crises 2017." ->
// "global report on food crises". "" if no word is left.
std::string title_key(std::string_view title);

// Number of words in a title_key; 0 for "".
std::size_t key_words(std::string_view key);

// The segments of a reference entry (its ". "-separated parts, URLs and DOIs removed),
// each as printed; empty for an entry without text.
std::vector<std::string> reference_segments(const reference& r);

// The segment of a reference entry that names the work: of the segments with at least
// three title words that do not read as a list of authors ("Lakner C, Mahler DG",
// "FAO, IFAD, UNICEF, WFP and WHO", "Smith et al"), the one with the most words, the
// later on a tie; a list of authors opening a segment is cut off, and a journal's name
// (followed by volume and pages: "Annu Rev Genet. 2008;42:253–268") is never the title.
// "" if no segment qualifies.
std::string reference_title(const reference& r);

}  // namespace citegraph
