// The tree of sources under one claim: the references it cites, the corpus documents those
// name, the references their claims cite, and so on down to sources outside the corpus.
#pragma once

#include <cstddef>
#include <vector>

#include "citegraph/corpus.hpp"
#include "citegraph/provenance_analysis.hpp"

namespace citegraph {

enum class trace_kind {
    claim,        // the root
    reference,    // a reference the parent claim, or the parent document's claims, cite
    document,     // the corpus document the parent reference names, its references below
    cycle_back,   // the parent reference names a document already on the path: not expanded
    shown_above,  // the parent reference names a document expanded elsewhere in the tree
};

// One line of the tree, in pre-order: a line's children follow it, one deeper.
struct trace_line {
    trace_kind kind = trace_kind::claim;
    std::size_t depth = 0;     // 0 for the root claim
    std::size_t document = 0;  // index into the corpus' documents
    std::size_t item = 0;      // claim or reference index; 0 for the document kinds
};

// The tree under the claim; each document is expanded once, so the tree is no larger than
// the corpus. Walks with its own stack: a long chain cannot overflow the call stack.
std::vector<trace_line> trace_claim(const corpus& c, claim_place root);

}  // namespace citegraph
