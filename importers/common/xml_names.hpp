// Reading elements and attributes whatever their namespace prefix: pugixml keeps names as
// written, so <tei:ref> and <ref>, "xlink:href" and "xl:href" must match alike.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace citegraph {

// The name without a namespace prefix ("xlink:href" -> "href"); "" for "".
std::string_view local_name(std::string_view qualified);

// The element's name without a prefix ("tei:ref" -> "ref"); "" for a node that is not an element.
std::string_view local_name(pugi::xml_node node);

// true if node is an element called name (prefix ignored); false for text and empty nodes.
bool is_element(pugi::xml_node node, std::string_view name);

// The first child element called name (prefix ignored); an empty node if there is none.
pugi::xml_node child_element(pugi::xml_node node, std::string_view name);

// The attribute's value, by its name as written or, for a name without a prefix, after
// any prefix ("href" finds "xlink:href"; pass "xml:id" whole); "" if the element has none.
std::string_view attribute_value(pugi::xml_node node, std::string_view name);

// text with each run of whitespace (ASCII and no-break space) folded to one space, trimmed.
std::string fold_whitespace(std::string_view text);

// All text below node, whitespace folded and trimmed; element boundaries add nothing
// ("CO<sub>2</sub>" -> "CO2"). "" for an empty node.
std::string folded_text(pugi::xml_node node);

}  // namespace citegraph
