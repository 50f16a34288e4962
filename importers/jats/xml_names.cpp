#include "xml_names.hpp"

namespace citegraph::jats_import {

pugi::xml_node find_element(pugi::xml_node node, const std::function<bool(pugi::xml_node)>& wanted,
                            const std::function<bool(pugi::xml_node)>& opaque) {
    // Recursion is safe: xml_input refuses elements nested deeper than it allows.
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (wanted(child)) return child;
        if (opaque(child)) continue;
        if (pugi::xml_node found = find_element(child, wanted, opaque)) return found;
    }
    return {};
}

bool is_bibliographic_xref(pugi::xml_node node) {
    return is_element(node, "xref") && attribute_value(node, "ref-type") == "bibr";
}

bool holds_bibliographic_xref(pugi::xml_node node) {
    return bool(find_element(node, is_bibliographic_xref, [](pugi::xml_node) { return false; }));
}

}  // namespace citegraph::jats_import
