// The text of a GROBID <biblStruct> as a reference list prints it, rebuilt from its
// fields when GROBID kept no raw text.
#pragma once

#include <string>

#include "citegraph/model.hpp"

#include <pugixml.hpp>

namespace citegraph::tei_import {

// Vancouver-like text of a <biblStruct>: "Quandt F, Hummel FC. The influence of ….
// Exp Translational Stroke Med. 2014;6:9. doi:10.1186/2040-7378-6-9" — authors
// (surname and initials, or full names when forenames are spelled out), the article
// title, the journal or book ("In: " for a book holding the article), place and
// publisher, date;volume(issue):pages, notes, DOI and http(s) links. Missing fields are
// left out; an empty <biblStruct> gives "".
std::string rebuilt_entry_text(pugi::xml_node bibl_struct);

// The title a <biblStruct> tags for the work it names: the article's (<analytic>), else a
// book's or report's (<monogr> with a title not of level "j", which names a journal);
// "" if it tags none.
std::string tagged_title(pugi::xml_node bibl_struct);

// The kind a <biblStruct>'s container names: an article in a journal (<monogr><title
// level="j">), a book or a chapter of one (level "m"); other when it names neither.
reference_kind tagged_kind(pugi::xml_node bibl_struct);

}  // namespace citegraph::tei_import
