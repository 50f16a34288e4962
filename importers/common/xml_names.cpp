#include "xml_names.hpp"

#include "text/text_chars.hpp"

namespace citegraph {

namespace {

// Recursion is safe: xml_input refuses elements nested deeper than it allows.
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

std::string_view local_name(pugi::xml_node node) {
    if (node.type() != pugi::node_element) return {};
    return local_name(std::string_view(node.name()));
}

bool is_element(pugi::xml_node node, std::string_view name) { return local_name(node) == name; }

pugi::xml_node child_element(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node child : node.children())
        if (is_element(child, name)) return child;
    return {};
}

std::string_view attribute_value(pugi::xml_node node, std::string_view name) {
    const bool prefixed = name.find(':') != std::string_view::npos;
    for (pugi::xml_attribute a : node.attributes()) {
        const std::string_view written = a.name();
        if (written == name || (!prefixed && local_name(written) == name)) return a.value();
    }
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

}  // namespace citegraph
