// Finds dates in running text: English and French month names, labelled dates
// ("Published: 2017", "Accessed March 3, 2022"), bare years standing alone.
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

// Every date in text, in order. Law and document numbers ("Law 2017-021",
// "A/76/871-S/2022/493", "(No. 29)", year ranges "2018–2022") are not dates.
std::vector<found_date> find_dates(std::string_view text);

}  // namespace citegraph
