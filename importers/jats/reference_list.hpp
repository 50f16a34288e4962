// The <ref-list> of a JATS article as numbered references.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "importers/common/xml_input.hpp"

namespace citegraph::jats_import {

// Every <ref> of every <ref-list> of the article (sub-articles left out), in order. A
// <label> holding a number ("1", "1.", "[1]", "(1)") gives the number; otherwise the
// position in the list does. The text is the printed entry (mixed-citation preferred over
// element-citation; several citations in one <ref> joined by "; "); dates, DOI and URLs
// are read from the text and then from the markup, which wins: tagged <year>/<month>/<day>
// (role published), <pub-id pub-id-type="doi">, <ext-link>/<uri> targets (http and https
// only) and access dates (role accessed). A number used twice is a warning; [] if the
// article has no reference list.
std::vector<reference> read_references(const xml_input& input, pugi::xml_node article,
                                       diagnostics& warnings);

}  // namespace citegraph::jats_import
