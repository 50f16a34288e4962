// Element and attribute lookup by local name, so JATS with namespace prefixes
// ("jats:article", "xlink:href", "xl:href") reads like JATS without them.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace citegraph::jats_import {

// The name without a namespace prefix ("xlink:href" -> "href"); "" for a node with no name.
std::string_view local_name(std::string_view qualified);

// true if node is an element whose local name is name; false for text and empty nodes.
bool is_element(pugi::xml_node node, std::string_view name);

// The first child element with that local name; an empty node if there is none.
pugi::xml_node child_element(pugi::xml_node node, std::string_view name);

// The first element below node, in document order, that wanted accepts, without looking
// inside the elements opaque accepts; an empty node if there is none.
pugi::xml_node find_element(pugi::xml_node node, const std::function<bool(pugi::xml_node)>& wanted,
                            const std::function<bool(pugi::xml_node)>& opaque);

// true for <xref ref-type="bibr">, a callout of the reference list.
bool is_bibliographic_xref(pugi::xml_node node);

// true if an <xref ref-type="bibr"> stands anywhere below node.
bool holds_bibliographic_xref(pugi::xml_node node);

// The value of the attribute with that local name ("href" finds "xlink:href"); "" if absent.
std::string_view attribute_value(pugi::xml_node node, std::string_view name);

// All text below node with whitespace folded and trimmed; element boundaries add nothing
// ("CO<sub>2</sub>" -> "CO2"). "" for an empty node.
std::string folded_text(pugi::xml_node node);

// text with each run of whitespace (ASCII and no-break space) folded to one space, trimmed.
std::string fold_whitespace(std::string_view text);

}  // namespace citegraph::jats_import
