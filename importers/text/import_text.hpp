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

namespace text_import {
class superscript_marks;
}

// The same, for text whose superscripts its reader saw as typeset (a PDF's reader): `marks`
// says where they are, so callouts are read from them rather than guessed.
document import_text(std::string_view bytes, const import_options& options, diagnostics& warnings,
                     const text_import::superscript_marks& marks);

}  // namespace citegraph
