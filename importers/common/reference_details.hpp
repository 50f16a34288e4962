// What a reference entry's text says about the work it names, whatever the input format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

struct reference_details {
    std::vector<std::string> urls;  // http(s) URLs in order, each once, without <> or trailing punctuation
    std::string doi;                // lower-case; "" if the text names none
    std::string pmid;               // PubMed ID ("PMID 12099792", a PubMed address); "" if none
    std::vector<role_date> dates;   // every date found, in order, each with its role (date_role_in)
    date published;                 // the date that dates the work; unknown if none is found
    date_role role = date_role::none;
    reference_kind kind = reference_kind::other;
    bool source_on_file = false;
    bool draft = false;
};

// Reads URLs, date and role, kind and flags from one entry's text (markup already removed).
// Throws nothing but std::bad_alloc; an entry with nothing recognisable gets kind other and no date.
reference_details read_reference_details(std::string_view text);

// Sets r's urls, doi, dates, date, role, kind, flags and title from r.text, as every importer
// does before it overrides what its markup says better (a tagged year, a tagged DOI).
void fill_from_text(reference& r);

}  // namespace citegraph
