// The TEI importer's pipeline: parse, read the header, number the reference list by what
// the callouts print, then read the abstract and the text into sections and claims.
#include "import_tei.hpp"

#include "body_reader.hpp"
#include "callouts.hpp"
#include "importers/common/xml_input.hpp"
#include "list_entries.hpp"
#include "running_headers.hpp"
#include "tei_header.hpp"
#include "tei_nodes.hpp"

namespace citegraph {

using namespace citegraph::tei_import;

namespace {

std::vector<reference> read_references(const xml_input& input, const std::vector<pugi::xml_node>& entries,
                                       callout_numbers& callouts) {
    std::vector<reference> references;
    std::vector<std::string> ids;
    std::vector<location> places;
    for (pugi::xml_node entry : entries) {
        references.push_back(read_entry(input, entry));
        ids.push_back(references.back().extra->id);
        places.push_back(references.back().where);
    }
    const std::vector<int> numbers = callouts.number_entries(ids, places);
    for (std::size_t i = 0; i < references.size(); ++i) references[i].number = numbers[i];
    return references;
}

}  // namespace

document import_tei(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    const xml_input input(bytes, options.path);
    const pugi::xml_node root = input.root();
    if (local_name(root) != "TEI")
        throw input_error(options.path, input.where(root),
                          "not a TEI document: the root element is <" + std::string(root.name()) +
                              ">, not <TEI>");
    input.warn_of_entities(warnings);

    document doc;
    doc.path = options.path;
    doc.format = "tei";
    doc.sections.push_back({"", {}});
    read_header(root, doc);

    const std::vector<pugi::xml_node> entries = without_running_headers(root, list_entries(root));
    callout_numbers callouts(input, entries.size(), warnings);
    doc.style = callouts.style();
    doc.callouts = callout_style::markup;
    doc.references = read_references(input, entries, callouts);
    if (doc.references.empty() && callouts.any())
        warnings.warn(options.path, {}, "callouts but no reference list (<listBibl>)");

    body_reader reader(input, callouts, doc);
    const pugi::xml_node profile = child_element(child_element(root, "teiHeader"), "profileDesc");
    reader.read_abstract(child_element(profile, "abstract"));
    reader.read_text(child_element(root, "text"));

    doc.as_of = default_as_of(doc);
    return doc;
}

}  // namespace citegraph
