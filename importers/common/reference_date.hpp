// Picks the one date that dates a reference from all the dates its text names.
#pragma once

#include <vector>

#include "citegraph/model.hpp"
#include "text/date_scanner.hpp"

namespace citegraph {

struct dated {
    date value;
    date_role role = date_role::none;
};

// The role of a date in an entry of this kind: its label's role if it has one; else
// communicated in a personal communication, enacted in legislation, published otherwise.
date_role date_role_in(date_role label, reference_kind kind);

// The last date labelled Published or Enacted; else the last one not labelled accessed
// (communicated if labelled "received" or kind is personal_communication, enacted for
// legislation, else published); else the last accessed date, else the last archived one.
// Unknown date for no dates.
dated choose_reference_date(const std::vector<found_date>& dates, reference_kind kind);

}  // namespace citegraph
