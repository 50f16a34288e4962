#include <cstdio>
#include <ostream>
#include <stdexcept>

#include "dot_graph.hpp"
#include "citegraph/exports.hpp"

namespace citegraph {

void write_dot(std::ostream& out, const corpus& c, const corpus_assessment& a,
               const vertex_filter& keep) {
    const exports_detail::cgraph_ptr g = exports_detail::make_dot_graph(c, a, keep);
    if (agwrite(g.get(), &out) == EOF || !out.flush())
        throw std::runtime_error("cannot write the DOT output");
}

}  // namespace citegraph
