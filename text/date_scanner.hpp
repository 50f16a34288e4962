// Finds dates in running text and reference entries of any citation style: English and
// French month names ("June 25, 2020", "1er mars 2019", "Dec. 2015", "June 9–10, 2020"),
// ISO and slashed dates ("2022-10-09", "2017/06/30"), APA's "(2019, May 5)", Vancouver's
// "2016 Mar 5;" and "2016;13:22", labelled dates ("Published: 2017", "Accessed 01 2022",
// "Archived from the original on 2022-10-09") and years standing alone ("New York, 2017.",
// "Dohner, J. (2001)."). Years run from 1800 to 2099.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

struct found_date {
    date value;
    date_role role = date_role::none;  // set when a label names it ("Enacted:", "Accessed")
    std::size_t offset = 0;            // byte offset of the date text in the scanned string
    std::size_t length = 0;
};

// Every date in text, in order; empty for "" or text without dates, throws nothing but std::bad_alloc.
// Law and document numbers ("Law 2017-021", "A/76/871-S/2022/493", "(No. 29)"), year
// ranges ("2018–2022"), years glued into a title ("Newsletter 2017:"), volumes and pages
// ("vol. 2019", "13(1):2011", "pp. 1998-2005"), URLs, DOIs and identifiers ("ISBN 0-19-850673-4")
// are not dates; a day outside its month ("April 31, 2017") keeps only the month; a day range
// ("June 9–10, 2020") gives its first day.
std::vector<found_date> find_dates(std::string_view text);

}  // namespace citegraph
