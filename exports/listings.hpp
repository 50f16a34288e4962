// The writers of the terminal commands: check's findings, trace's tree and impact's list.
#pragma once

#include <iosfwd>

#include "citegraph/exports.hpp"

namespace citegraph::exports_detail {

// One line per finding, worst first, then each document's summary, then, for a corpus of
// several documents, one "cycle:" line per cycle of documents and the load-bearing sources.
void write_check_text(std::ostream& out, const writer_input& in);

// The same findings as JSON ("schema": "citegraph-check/1") with each document's summary,
// and as a SARIF 2.1.0 log: one rule per finding name, each result at file:line:column
// with the claim's or reference's id, reasons and sources in its properties.
void write_check_json(std::ostream& out, const writer_input& in);
void write_check_sarif(std::ostream& out, const writer_input& in);

// The tree of sources under the claim in.subject names, as text or nested JSON.
void write_trace_text(std::ostream& out, const writer_input& in);
void write_trace_json(std::ostream& out, const writer_input& in);

// Every claim resting on the reference or source in.subject names, one per line with
// file:line, verdict and chain, in corpus order (nothing when none does), or as JSON.
void write_impact_text(std::ostream& out, const writer_input& in);
void write_impact_json(std::ostream& out, const writer_input& in);

}  // namespace citegraph::exports_detail
