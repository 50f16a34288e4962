#include "tei_header.hpp"

#include "text/doi_scanner.hpp"
#include "tei_nodes.hpp"

namespace citegraph::tei_import {

void read_header(pugi::xml_node root, document& doc) {
    const pugi::xml_node file = child_element(child_element(root, "teiHeader"), "fileDesc");
    const pugi::xml_node titles = child_element(file, "titleStmt");
    pugi::xml_node title = child_element_where(titles, "title", "type", "main");
    if (!title) title = child_element(titles, "title");
    doc.title = folded_text(title);

    const pugi::xml_node publication = child_element(file, "publicationStmt");
    const pugi::xml_node source = child_element(file, "sourceDesc");
    for (pugi::xml_node part : {publication, source}) {
        if (!doc.doi.empty()) break;
        if (pugi::xml_node id = first_descendant(part, "idno", is_doi_idno))
            doc.doi = normalise_doi(folded_text(id));
    }
    doc.published = published_date_below(publication);
    if (!doc.published.known()) doc.published = published_date_below(source);
}

}  // namespace citegraph::tei_import
