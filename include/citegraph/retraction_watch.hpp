// Reading the Retraction Watch database (its public CSV) into the notices the analysis
// matches references against: an input of its own, not a document importer.
#pragma once

#include <functional>
#include <string>

#include "citegraph/diagnostics.hpp"
#include "citegraph/retractions.hpp"

namespace citegraph {

// The columns read, found by header name in any order (other columns are ignored):
// Record ID, RetractionDate, RetractionDOI, OriginalPaperDOI, OriginalPaperPubMedID,
// RetractionNature, Reason.
//
// Reads the CSV at path ("Record ID,Title,...,Notes"; dates as "12/31/2019 0:00" or
// "2019-12-31"; DOIs in any case, "unavailable" and PubMed ID 0 meaning none) and keeps the
// notices `keep` accepts, so that only rows about cited works stay in memory; an empty
// `keep` keeps every row. A row whose RetractionNature is none of Retraction, Correction,
// Expression of concern, Reinstatement is left out with one warning for them all. Throws
// input_error naming path:line:col for an unreadable file, a missing column, or a malformed
// CSV (a quoted field that never closes).
retraction_list read_retraction_watch(const std::string& path,
                                      const std::function<bool(const retraction_notice&)>& keep,
                                      diagnostics& warnings);

}  // namespace citegraph
