// The editor's view: one line per finding, worst first, then a summary.
#pragma once

#include <iosfwd>

#include "citegraph/analysis.hpp"
#include "graph/citation_graph.hpp"

namespace citegraph::cli {

struct check_counts {
    int worst_severity = 0;  // severity() of the worst claim verdict found; 0 if all ok
};

// Writes the findings and each document's summary, then, for a corpus of several documents,
// one "cycle:" line per cycle of documents and the load-bearing sources; returns what the
// exit code needs to know.
check_counts write_check_report(std::ostream& out, const corpus& c, const corpus_assessment& a);

}  // namespace citegraph::cli
