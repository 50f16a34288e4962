// The GROBID TEI importer: scholarly PDFs converted to TEI XML by GROBID.
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// Reads a TEI document as GROBID writes it: title, DOI and publication date from the
// header, the abstract and <div><head> sections, claims from <s> sentences (or split by
// citegraph without them), figure captions and table cells, <ref type="bibr"> callouts
// numbered as printed, and the <listBibl> entries. Namespace prefixes are ignored.
// Throws input_error with line:col for malformed XML or a root that is not <TEI>.
document import_tei(std::string_view bytes, const import_options& options, diagnostics& warnings);

}  // namespace citegraph
