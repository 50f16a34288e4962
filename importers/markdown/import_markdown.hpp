// The Markdown importer: CommonMark/GFM as written by people and by converters (docling,
// pandoc, Wikipedia exports), with bracket callouts "[4]", footnotes "[^1]" and a
// reference list under a "References" heading.
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// Reads a Markdown document. Throws input_error for bytes that are not UTF-8 text, for
// an XML or HTML document ("<?xml", "<!DOCTYPE", "<html"), and for a document with no
// content at 1:1. Callouts naming numbers the list lacks, undefined footnotes and
// duplicate reference numbers are warnings.
document import_markdown(std::string_view bytes, const import_options& options, diagnostics& warnings);

}  // namespace citegraph
