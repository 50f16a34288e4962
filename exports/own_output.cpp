#include "own_output.hpp"

namespace citegraph {

// Each signature is something the writer puts in its first kilobytes and a document
// written by hand has no reason to: report_html.cpp's generator meta element,
// graphml.cpp's first key, json.cpp's opening member as its pretty printer lays it out.
bool written_by_citegraph(std::string_view head) {
    head = head.substr(0, own_output_signature_bytes);
    if (head.find("<meta name=\"generator\" content=\"citegraph\"/>") != std::string_view::npos) return true;
    if (head.find("<graphml") != std::string_view::npos &&
        head.find("<key id=\"policy_as_of\" for=\"graph\"") != std::string_view::npos)
        return true;
    // The layout since schema 1, and the one before it, which began with the policy.
    return head.starts_with("{\n  \"schema\": \"citegraph-export/") ||
           head.starts_with("{\n  \"policy\": {\n    \"as_of\": ");
}

}  // namespace citegraph
