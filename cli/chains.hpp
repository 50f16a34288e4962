// trace and impact: what one claim rests on, and what rests on one reference or source,
// through the documents of the corpus that cite each other.
#pragma once

#include <iosfwd>
#include <string>

#include "citegraph/analysis.hpp"
#include "graph/citation_graph.hpp"
#include "options.hpp"

namespace citegraph::cli {

// Writes the tree of sources under the claim `id` names ("d1:c17"); throws view_error if
// the corpus has no such claim.
void write_trace(std::ostream& out, const corpus& c, const corpus_assessment& a, const std::string& id,
                 listing_format format);

// Writes every claim resting on the reference ("d1:r3") or source ("s4") `name` names, one
// per line with file:line, verdict and chain, in corpus order; nothing when none does.
// Throws view_error if the corpus has no such reference or source.
void write_impact(std::ostream& out, const corpus& c, const corpus_assessment& a, const std::string& name,
                  listing_format format);

}  // namespace citegraph::cli
