// The plain-text report importer (reports converted to text, e.g. US DOL country reports).
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// Reads a plain-text report: running page headers removed, paragraphs cut by page
// breaks joined, sections from roman-numbered headings, claims from citation groups
// "(3,5,11-13)" in paragraphs and table cells, and the REFERENCES list.
// Throws input_error (with line:col) for input it cannot read as such a report.
document import_text(std::string_view bytes, const import_options& options, diagnostics& warnings);

}  // namespace citegraph
