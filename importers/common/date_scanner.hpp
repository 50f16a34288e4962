// Finds dates in running text: English and French month names ("June 25, 2020",
// "1er mars 2019", "Dec. 2015"), ISO dates, APA's "(2019, May 5)", labelled dates
// ("Published: 2017", "Accessed March 3, 2022") and bare years standing alone ("New York, 2017.").
// Years run from 1800 to 2099.
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

// Every date in text, in order; empty for "" or text without dates, never throws.
// Law and document numbers ("Law 2017-021", "A/76/871-S/2022/493", "(No. 29)"), year
// ranges ("2018–2022") and years glued into a title ("Newsletter 2017:") are not dates;
// a day outside its month ("April 31, 2017") keeps only the month.
std::vector<found_date> find_dates(std::string_view text);

}  // namespace citegraph
