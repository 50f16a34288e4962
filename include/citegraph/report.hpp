// The self-contained HTML report: one page an editor can open or send.
#pragma once

#include <iosfwd>
#include <string_view>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"

namespace citegraph {

// Writes one HTML page that loads nothing (inline CSS, script and SVG under a
// Content-Security-Policy that forbids every other source): a summary per document, a
// timeline of reference dates, the findings worst first with filters, every reference with
// the claims resting on it, and graph_svg, an SVG document of the stale paths, embedded
// without scripts or event handlers ("" shows a note instead, saying whether there are stale
// paths). All document text is escaped. Throws std::invalid_argument if the assessment is not parallel to the corpus or
// graph_svg is not well-formed XML with an <svg> root.
void write_html_report(std::ostream& out, const corpus& c, const corpus_assessment& a, std::string_view graph_svg);

}  // namespace citegraph
