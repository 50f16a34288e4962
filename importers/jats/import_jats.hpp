// The JATS XML importer (PubMed Central, PLOS, BMC, eLife articles).
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// Reads a JATS (or older NLM) <article>: title, DOI and publication date (the as-of date)
// from the front matter, the reference list, and claims from the abstract, body and
// appendices linked through <xref ref-type="bibr" rid="...">. Author-year articles are
// marked so and numbered by list order. Throws input_error (with line:col) for malformed
// XML or a root element other than <article>.
document import_jats(std::string_view bytes, const import_options& options, diagnostics& warnings);

}  // namespace citegraph
