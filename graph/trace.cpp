#include "citegraph/trace.hpp"

#include <algorithm>

#include "citation_graph.hpp"
#include "document_graph.hpp"

namespace citegraph {

std::vector<trace_line> trace_claim(const corpus& c, claim_place root) {
    std::vector<trace_line> lines;
    std::vector<bool> on_path(c.documents.size(), false);
    std::vector<bool> expanded(c.documents.size(), false);
    // Pending work, last first. A `leave` entry takes its document off the path once its
    // subtree is done.
    struct step {
        trace_line line;
        bool leave = false;
    };
    std::vector<step> stack;
    auto push_references = [&](std::size_t doc, const std::vector<std::size_t>& refs, std::size_t depth) {
        for (auto ref = refs.rbegin(); ref != refs.rend(); ++ref)
            stack.push_back({{trace_kind::reference, depth, doc, *ref}, false});
    };
    lines.push_back({trace_kind::claim, 0, root.document, root.claim});
    on_path[root.document] = expanded[root.document] = true;
    push_references(root.document, references_cited(c, root.document, root.claim, root.claim + 1), 1);
    while (!stack.empty()) {
        const step s = stack.back();
        stack.pop_back();
        if (s.leave) {
            on_path[s.line.document] = false;
            continue;
        }
        lines.push_back(s.line);
        if (s.line.kind != trace_kind::reference) continue;
        const auto named = named_document(c, s.line.document, s.line.item);
        if (!named) continue;
        const std::size_t doc = *named;
        const std::size_t depth = s.line.depth + 1;
        if (on_path[doc]) {
            lines.push_back({trace_kind::cycle_back, depth, doc, 0});
        } else if (expanded[doc]) {
            lines.push_back({trace_kind::shown_above, depth, doc, 0});
        } else {
            lines.push_back({trace_kind::document, depth, doc, 0});
            on_path[doc] = expanded[doc] = true;
            stack.push_back({{trace_kind::document, depth, doc, 0}, true});
            push_references(doc, references_cited(c, doc, 0, c.documents[doc].claims.size()), depth + 1);
        }
    }
    return lines;
}

}  // namespace citegraph
