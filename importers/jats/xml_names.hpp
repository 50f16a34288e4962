// Finding JATS elements: callouts of the reference list and searches that stop at
// elements whose text is not the paragraph's. Names match by local name (common/xml_names).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "importers/common/xml_names.hpp"

namespace citegraph::jats_import {

// The first element below node, in document order, that wanted accepts, without looking
// inside the elements opaque accepts; an empty node if there is none.
pugi::xml_node find_element(pugi::xml_node node, const std::function<bool(pugi::xml_node)>& wanted,
                            const std::function<bool(pugi::xml_node)>& opaque);

// true for <xref ref-type="bibr">, a callout of the reference list.
bool is_bibliographic_xref(pugi::xml_node node);

// true if an <xref ref-type="bibr"> stands anywhere below node.
bool holds_bibliographic_xref(pugi::xml_node node);

}  // namespace citegraph::jats_import
