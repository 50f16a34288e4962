// The writers of the terminal commands: check's findings, trace's tree and impact's list.
#pragma once

#include <iosfwd>

#include "citegraph/exports.hpp"

namespace citegraph::exports_detail {

// One line per finding, worst first, then each document's summary, then, for a corpus of
// several documents, one "cycle:" line per cycle of documents and the load-bearing sources.
void write_check_text(std::ostream& out, const writer_input& in);

// The tree of sources under the claim in.subject names, as text or nested JSON.
void write_trace_text(std::ostream& out, const writer_input& in);
void write_trace_json(std::ostream& out, const writer_input& in);

// Every claim resting on the reference or source in.subject names, one per line with
// file:line, verdict and chain, in corpus order (nothing when none does), or as JSON.
void write_impact_text(std::ostream& out, const writer_input& in);
void write_impact_json(std::ostream& out, const writer_input& in);

}  // namespace citegraph::exports_detail
