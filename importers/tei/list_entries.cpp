#include "list_entries.hpp"

#include <algorithm>
#include <string_view>

#include "entry_text.hpp"
#include "text/doi_scanner.hpp"
#include "text/pubmed_id.hpp"
#include "importers/common/reference_details.hpp"
#include "importers/common/reference_kind.hpp"
#include "tei_nodes.hpp"

namespace citegraph::tei_import {

namespace {

void collect_entries(pugi::xml_node node, bool in_list, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (in_list && (is_element(child, "biblStruct") || is_element(child, "bibl")))
            out.push_back(child);
        else
            collect_entries(child, in_list || is_element(child, "listBibl"), out);
    }
}

bool finer(date_precision a, date_precision b) { return static_cast<int>(a) > static_cast<int>(b); }

void apply_tagged_date(reference& r, date tagged) {
    if (!tagged.known()) return;
    if (r.published.year == tagged.year && finer(r.published.precision, tagged.precision)) return;
    // The text's own reading of the publication date gives way to the tagged one; dates
    // of other roles (accessed, archived) stay.
    std::erase_if(r.dates, [](const role_date& d) {
        return d.role == date_role::none || d.role == date_role::published;
    });
    r.dates.insert(r.dates.begin(), role_date{tagged, date_role::published});
    r.published = tagged;
    r.role = date_role::published;
}

void apply_tagged_links(reference& r, pugi::xml_node entry) {
    pugi::xml_node doi = first_descendant(entry, "idno", [](pugi::xml_node id) {
        return is_doi_idno(id) && !normalise_doi(folded_text(id)).empty();
    });
    if (doi) r.doi = normalise_doi(folded_text(doi));
    pugi::xml_node pmid = first_descendant(entry, "idno", [](pugi::xml_node id) {
        return is_pmid_idno(id) && !normalise_pmid(folded_text(id)).empty();
    });
    if (pmid) r.extra.edit().pmid = normalise_pmid(folded_text(pmid));
    first_descendant(entry, "ptr", [&](pugi::xml_node ptr) {
        const std::string url(attribute_value(ptr, "target"));
        const bool web = url.starts_with("http://") || url.starts_with("https://");
        if (web && std::find(r.urls.begin(), r.urls.end(), url) == r.urls.end()) r.urls.push_back(url);
        return false;  // visit every <ptr>
    });
}

}  // namespace

std::vector<pugi::xml_node> list_entries(pugi::xml_node root) {
    std::vector<pugi::xml_node> entries;
    pugi::xml_node body = root;
    for (pugi::xml_node child : root.children())
        if (is_element(child, "text")) body = child;
    collect_entries(body, false, entries);
    return entries;
}

reference read_entry(const xml_input& input, pugi::xml_node entry) {
    reference r;
    if (const auto id = attribute_value(entry, "xml:id"); !id.empty()) r.extra.edit().id = std::string(id);
    r.where = input.where(entry);
    pugi::xml_node raw = first_descendant(entry, "note", [](pugi::xml_node note) {
        return attribute_value(note, "type") == "raw_reference";
    });
    if (raw) r.text = folded_text(raw);
    else if (is_element(entry, "biblStruct")) r.text = rebuilt_entry_text(entry);
    else r.text = folded_text(entry);
    fill_from_text(r);
    if (is_element(entry, "biblStruct")) {
        if (std::string title = tagged_title(entry); !title.empty()) r.title = std::move(title);
        r.kind = markup_kind_over(r.kind, tagged_kind(entry));
    }
    apply_tagged_date(r, published_date_below(entry));
    apply_tagged_links(r, entry);
    return r;
}

}  // namespace citegraph::tei_import
