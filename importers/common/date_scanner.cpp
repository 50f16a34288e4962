// PLACEHOLDER until the reference-details work lands: finds nothing.
#include "date_scanner.hpp"

namespace citegraph {

std::vector<found_date> find_dates(std::string_view) { return {}; }

}  // namespace citegraph
