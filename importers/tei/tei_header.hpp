// The document's own identity from the TEI header.
#pragma once

#include <pugixml.hpp>

#include "citegraph/model.hpp"

namespace citegraph::tei_import {

// Sets doc.title (<titleStmt><title>, the main one first), doc.doi (an <idno type="DOI">
// of <publicationStmt> or <sourceDesc>) and doc.published (<publicationStmt><date
// when=…>, else the date of the <sourceDesc> imprint). Leaves each unset when the
// header lacks it, or when root has no <teiHeader>.
void read_header(pugi::xml_node root, document& doc);

}  // namespace citegraph::tei_import
