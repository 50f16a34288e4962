// Notices about published works (retractions, corrections, expressions of concern), as the
// Retraction Watch database lists them: what the analysis matches references against.
// Standard library only, like the document model.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// What a notice does to the work it is about (Retraction Watch's RetractionNature).
enum class notice_kind {
    correction,             // the work stands, corrected
    expression_of_concern,  // the publisher doubts it; not (yet) retracted
    retraction,             // withdrawn: it no longer supports anything
    reinstatement,          // a retraction or expression of concern withdrawn again
};

// "correction", "expression-of-concern", "retraction", "reinstatement".
std::string_view to_string(notice_kind kind);

// One notice about one work, as a row of the database gives it.
struct retraction_notice {
    notice_kind kind = notice_kind::retraction;
    date issued;                 // RetractionDate; unknown if the row gives none
    std::string notice_doi;      // RetractionDOI, normalised; "" if unavailable
    std::string original_doi;    // OriginalPaperDOI, normalised as references' DOIs are; "" if none
    std::string original_pmid;   // OriginalPaperPubMedID, digits; "" if none (the database writes 0)
    std::string record_id;       // Record ID, the database's own key; "" if blank
    std::string reason;          // Reason as given ("+Fabrication of Data;+Investigation by Journal/Publisher;")
    location where;              // the row's first line in the file
};

// The notices read from one file: only those about works the documents cite (see
// read_retraction_watch), in file order.
struct retraction_list {
    std::string path;            // the file they came from; "" when none was read
    std::vector<retraction_notice> notices;
};

}  // namespace citegraph
