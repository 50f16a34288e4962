// The reference list of a TEI document: <listBibl> entries read into references.
#pragma once

#include <vector>

#include <pugixml.hpp>

#include "citegraph/model.hpp"
#include "importers/common/xml_input.hpp"

namespace citegraph::tei_import {

// The <biblStruct> and <bibl> entries of every <listBibl> under <text> (nested lists
// included), in document order; [] if the document has no list.
std::vector<pugi::xml_node> list_entries(pugi::xml_node root);

// The reference an entry describes, its number left 0: id from xml:id, text from a
// <note type="raw_reference"> when GROBID kept the entry as printed, else rebuilt from
// the fields (a plain <bibl> gives its own text); then what the text says (fill_from_text)
// overridden by the markup: the tagged date (when=, at its precision, unless the text
// names the same year more precisely), the tagged DOI and <ptr> links (http/https).
reference read_entry(const xml_input& input, pugi::xml_node entry);

}  // namespace citegraph::tei_import
