// Page headers and footers GROBID read into the reference list. On a page of references
// the running header ("7476 HU ET AL. APPL. ENVIRON. MICROBIOL.") sits between two
// entries, and GROBID may make it an entry of its own: authors "Hu Et", "Environ",
// "Microbiol" and nothing else. Counted as a reference it would take a number and shift
// every entry numbered after it.
#pragma once

#include <vector>

#include <pugixml.hpp>

namespace citegraph::tei_import {

// true for a <biblStruct> that names no work: no title with text, no date, no volume,
// issue or page, no identifier or link, no publisher or meeting, no note. Such an entry
// holds at most names, which is what GROBID makes of a running header; false for a
// <bibl> (plain text entries say what they say) and for anything else.
bool names_no_work(pugi::xml_node entry);

// The entries without those that name no work and that no <ref type="bibr"> under root
// points to (an entry a callout names is kept, however little it says); the order stays.
std::vector<pugi::xml_node> without_running_headers(pugi::xml_node root, std::vector<pugi::xml_node> entries);

}  // namespace citegraph::tei_import
