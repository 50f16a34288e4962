#include <ostream>
#include <stdexcept>

#include "dot_graph.hpp"
#include "citegraph/exports.hpp"

namespace citegraph {

void write_dot(std::ostream& out, const corpus& c, const corpus_assessment& a,
               const vertex_filter& keep, unsigned processes) {
    exports_detail::write_dot_graph(out, c, a, keep, exports_detail::top_edges_per_part_by_default, processes);
    if (!out.flush()) throw std::runtime_error("cannot write the DOT output");
}

}  // namespace citegraph
