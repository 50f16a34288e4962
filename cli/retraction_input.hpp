// --retractions: the notices of the Retraction Watch database about the works a corpus cites.
#pragma once

#include <string>

#include "citegraph/corpus.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/retractions.hpp"

namespace citegraph::cli {

// The notices in the CSV at path whose original DOI or PubMed ID a reference of the corpus
// names; the rest of the database is not kept. An empty path reads nothing. Throws
// input_error for an unreadable or malformed file (read_retraction_watch).
retraction_list read_retractions(const std::string& path, const corpus& c, diagnostics& warnings);

}  // namespace citegraph::cli
