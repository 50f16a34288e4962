// Dates that JATS tags: <year>/<month>/<day> in citations and <pub-date>, the
// iso-8601-date attribute, and access dates (<date-in-citation content-type="access-date">).
#pragma once

#include <string_view>

#include <pugixml.hpp>

#include "citegraph/model.hpp"

namespace citegraph::jats_import {

// The year a <year> element gives: its leading four digits ("2019", "2019a", " 1998 ");
// 0 when the text does not start with four digits.
int tagged_year(std::string_view text);

// The month a <month> element gives: "6", "06", "June", "Jun", "Jun."; 0 for anything else.
int tagged_month(std::string_view text);

// The date spelt by the <year>, <month> and <day> children of holder (a <pub-date>, a
// <date>, a citation), or by its iso-8601-date attribute when it has no <year>; unknown
// if neither gives a year.
date date_of_parts(pugi::xml_node holder);

// The date a citation is dated by: its first <year> outside access dates, with the
// <month> and <day> beside it; unknown if the citation tags no year.
date tagged_citation_date(pugi::xml_node citation);

// true for <date-in-citation content-type="access-date"> (or "accessed", "cited") and the
// older <access-date>; false for everything else.
bool is_access_date(pugi::xml_node node);

// The date an access-date element names: its attribute, its <year>/<month>/<day>, or the
// first date in its text ("Accessed 3 March 2020", "cited 2019 Jan 3"); unknown if none.
date access_date_of(pugi::xml_node node);

// The article's own publication date from the <pub-date> elements of article-meta:
// electronic first ("epub", date-type "pub" in electronic format), then print or plain
// "pub", then "collection", then any other; the most precise of equals. Unknown if none.
date article_publication_date(pugi::xml_node article_meta);

}  // namespace citegraph::jats_import
