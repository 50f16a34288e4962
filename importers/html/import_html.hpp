// The HTML importer: Wikipedia articles first, and ordinary pages with footnote links.
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// Reads an HTML page (parsed as browsers do, by gumbo): its numbered reference lists,
// the full source entries short notes link to, and claims from the article's prose and
// tables, in sections from its headings. Title, canonical URL and date come from the
// page itself. Throws input_error (with line:col) for bytes that are not UTF-8, for
// nesting too deep to walk, and for a page with no text at all.
document import_html(std::string_view bytes, const import_options& options, diagnostics& warnings);

}  // namespace citegraph
