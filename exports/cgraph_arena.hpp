// A cgraph memory discipline for graphs that are built, written and closed: storage comes
// from large zeroed blocks, nothing is freed on its own, and closing the graph frees every
// block at once. Given a discipline that can close its heap, agclose skips deleting the
// graph node by node, which visits every subgraph for each node and was an eighth of
// writing DOT. Not for graphs a layout works on: layouts free and grow what they attach.
#pragma once

#include <graphviz/cgraph.h>

namespace citegraph::exports_detail {

extern Agmemdisc_t arena_memory;

// Closes a root graph. cgraph does not close the id discipline of a graph whose heap its
// memory discipline frees at once (arena_memory), so this closes it first.
void close_graph(Agraph_t* g);

}  // namespace citegraph::exports_detail
