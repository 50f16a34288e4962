#include "xml_names.hpp"

#include "importers/common/text_chars.hpp"

namespace citegraph::jats_import {

namespace {

void collect_text(pugi::xml_node node, std::string& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
        else if (child.type() == pugi::node_element) collect_text(child, out);
    }
}

}  // namespace

std::string_view local_name(std::string_view qualified) {
    const std::size_t colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

bool is_element(pugi::xml_node node, std::string_view name) {
    return node.type() == pugi::node_element && local_name(node.name()) == name;
}

pugi::xml_node child_element(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node child : node.children())
        if (is_element(child, name)) return child;
    return {};
}

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

std::string_view attribute_value(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes())
        if (local_name(a.name()) == name) return a.value();
    return {};
}

std::string fold_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t space = is_space(text[at]) ? 1 : no_break_space_at(text, at);
        if (space != 0) {
            pending_space = !out.empty();
            at += space;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += text[at++];
    }
    return out;
}

std::string folded_text(pugi::xml_node node) {
    std::string raw;
    collect_text(node, raw);
    return fold_whitespace(raw);
}

}  // namespace citegraph::jats_import
