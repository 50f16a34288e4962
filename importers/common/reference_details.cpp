// PLACEHOLDER until the reference-details work lands: finds nothing.
#include "reference_details.hpp"

namespace citegraph {

reference_details read_reference_details(std::string_view) { return {}; }

}  // namespace citegraph
