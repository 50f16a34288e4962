// What a reference entry's text says about the work it names, whatever the input format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

struct reference_details {
    std::vector<std::string> urls;  // http(s) URLs in order, each once, without <> or trailing punctuation
    date published;                 // the date that dates the work; unknown if none is found
    date_role role = date_role::none;
    reference_kind kind = reference_kind::other;
    bool source_on_file = false;
    bool draft = false;
};

// Reads URLs, date and role, kind and flags from one entry's text (markup already removed).
// Never throws; an entry with nothing recognisable gets kind other and no date.
reference_details read_reference_details(std::string_view text);

}  // namespace citegraph
