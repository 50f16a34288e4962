// Reading TEI elements: dates, DOIs and where text starts. Names match whatever their
// namespace prefix (common/xml_names).
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "citegraph/model.hpp"
#include "importers/common/xml_input.hpp"
#include "importers/common/xml_names.hpp"

namespace citegraph::tei_import {

// The first child element called name whose attribute `attribute` equals value, compared
// ASCII case-insensitively ("DOI" and "doi"); an empty node if there is none.
pugi::xml_node child_element_where(pugi::xml_node node, std::string_view name,
                                   std::string_view attribute, std::string_view value);

// The first element called name below node (depth first, document order) for which
// test(element) is true; an empty node if there is none.
template <typename Test>
pugi::xml_node first_descendant(pugi::xml_node node, std::string_view name, Test test) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_element(child, name) && test(child)) return child;
        if (pugi::xml_node found = first_descendant(child, name, test)) return found;
    }
    return {};
}

// Where the text of node starts (its first text below it), else where the element
// starts; {} if the input cannot say.
location text_place(const xml_input& input, pugi::xml_node node);

// A TEI date attribute (when="2016-03-08", "2016-03", "2016", also followed by a time
// "2024-08-26T10:05+0000") at its own precision; unknown for anything else.
date read_when(std::string_view when);

// true for an <idno type="DOI"> (type compared case-insensitively).
bool is_doi_idno(pugi::xml_node node);

// true for an <idno type="PMID"> (type compared case-insensitively).
bool is_pmid_idno(pugi::xml_node node);

// The date of the first <date type="published" when=…> below node, else of the first
// <date> with a readable when=; unknown if there is none.
date published_date_below(pugi::xml_node node);

}  // namespace citegraph::tei_import
