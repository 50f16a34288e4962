// The printed text of a JATS citation (<mixed-citation>, <element-citation>, <citation>,
// <nlm-citation>) as a reader sees the entry.
#pragma once

#include <string>

#include <pugixml.hpp>

namespace citegraph::jats_import {

// The entry's text with whitespace folded. Punctuation the markup holds is kept as it
// is; where two elements meet with nothing printed between (element-citation, BMC's bare
// mixed-citation, a mixed-citation's line break) a separator is put in: "Surname Given",
// names joined by ", ", pages "577–587", "2006;4(2):577" around year, volume, issue and
// pages, ". " elsewhere. A tagged DOI reads "doi:10.…"; PubMed and other database ids
// are left out. "" for a citation without text.
std::string entry_text(pugi::xml_node citation);

}  // namespace citegraph::jats_import
