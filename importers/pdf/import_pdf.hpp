// PDF files, read with poppler: each page's text in reading order, then the plain-text
// importer, so a PDF reads as its `pdftotext` conversion does (but for two-column pages
// poppler reads out of order, and page footers that cut a sentence).
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// The document a PDF holds. Its text is poppler's text of each page in reading order,
// pages ending in a form feed: byte for byte what `pdftotext FILE -` prints, so a
// location's line:column counts lines of that text; but a two-column page whose order
// poppler gets wrong is read column by column (see column_reading_order), and a page
// header or footer printed inside a sentence is taken out (see without_furniture). The
// title is the PDF's own (its Title entry) when it has one. Throws input_error for bytes
// poppler cannot read as a PDF, for a password-protected PDF and for one with no text
// (a scan).
document import_pdf(std::string_view bytes, const import_options& options, diagnostics& warnings);

}  // namespace citegraph
