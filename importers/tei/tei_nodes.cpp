#include "tei_nodes.hpp"

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::tei_import {

pugi::xml_node child_element_where(pugi::xml_node node, std::string_view name,
                                   std::string_view attribute, std::string_view value) {
    for (pugi::xml_node child : node.children())
        if (is_element(child, name) &&
            text::fold(attribute_value(child, attribute)) == text::fold(value))
            return child;
    return {};
}

location text_place(const xml_input& input, pugi::xml_node node) {
    for (pugi::xml_node below = node.first_child(); below;) {
        if (below.type() == pugi::node_pcdata || below.type() == pugi::node_cdata)
            return input.where(below);
        if (below.first_child()) {
            below = below.first_child();
            continue;
        }
        while (below != node && !below.next_sibling()) below = below.parent();
        if (below == node) break;
        below = below.next_sibling();
    }
    return input.where(node);
}

date read_when(std::string_view when) {
    when = trim(when);
    if (std::size_t time = when.find('T'); time != std::string_view::npos) when = when.substr(0, time);
    return parse_iso_date(when);
}

bool is_doi_idno(pugi::xml_node node) {
    return is_element(node, "idno") && text::fold(attribute_value(node, "type")) == "doi";
}

bool is_pmid_idno(pugi::xml_node node) {
    return is_element(node, "idno") && text::fold(attribute_value(node, "type")) == "pmid";
}

date published_date_below(pugi::xml_node node) {
    const auto when_of = [](pugi::xml_node d) { return read_when(attribute_value(d, "when")); };
    pugi::xml_node chosen = first_descendant(node, "date", [&](pugi::xml_node d) {
        return attribute_value(d, "type") == "published" && when_of(d).known();
    });
    if (!chosen) chosen = first_descendant(node, "date", [&](pugi::xml_node d) { return when_of(d).known(); });
    return chosen ? when_of(chosen) : date{};
}

}  // namespace citegraph::tei_import
