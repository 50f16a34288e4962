#include "running_headers.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "callouts.hpp"
#include "tei_nodes.hpp"

namespace citegraph::tei_import {

namespace {

// Elements whose presence says an entry names a work: a date, where in a volume it is,
// an identifier or link, who published it, where it was given, a note GROBID kept.
constexpr std::string_view work_details[] = {"date", "biblScope", "idno", "ptr", "publisher", "meeting", "note"};

bool says_something(pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_element(child, "title") && !folded_text(child).empty()) return true;
        for (std::string_view name : work_details)
            if (is_element(child, name)) return true;
        if (says_something(child)) return true;
    }
    return false;
}

}  // namespace

bool names_no_work(pugi::xml_node entry) {
    return is_element(entry, "biblStruct") && !says_something(entry);
}

std::vector<pugi::xml_node> without_running_headers(pugi::xml_node root, std::vector<pugi::xml_node> entries) {
    if (std::none_of(entries.begin(), entries.end(), names_no_work)) return entries;
    std::set<std::string, std::less<>> cited;
    for (pugi::xml_node ref : bibliographic_refs(root))
        for (std::string& id : target_ids(ref)) cited.insert(std::move(id));
    std::erase_if(entries, [&](pugi::xml_node entry) {
        return names_no_work(entry) && !cited.contains(attribute_value(entry, "xml:id"));
    });
    return entries;
}

}  // namespace citegraph::tei_import
