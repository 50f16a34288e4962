// The HTML importer's pipeline: parse, find the content, read the reference lists and
// the sources short notes link to, then the prose that cites them.
#include "import_html.hpp"

#include <algorithm>

#include "html_tree.hpp"
#include "note_lists.hpp"
#include "page_identity.hpp"
#include "prose.hpp"
#include "short_notes.hpp"

namespace citegraph {

document import_html(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    using namespace html_import;
    const html_tree tree(bytes, options.path);
    const GumboNode* root = tree.root();
    const GumboNode* content = content_root(root);

    document doc;
    doc.path = options.path;
    doc.format = "html";
    doc.callouts = callout_style::markup;
    doc.title = page_title(root);
    doc.url = canonical_url(root);
    doc.doi = page_doi(root);
    doc.published = page_date(root);

    note_index notes = read_notes(content, tree, warnings);
    doc.bibliography = link_short_notes(root, content, tree, notes, warnings);
    read_prose(content, tree, notes, doc, warnings);
    for (entry_reading& note : notes.notes) doc.references.push_back(std::move(note.entry));

    if (doc.claims.empty() && doc.references.empty() && plain_text(content).empty())
        throw input_error(options.path, {1, 1}, "empty document: no text in the page");
    doc.as_of = default_as_of(doc);
    return doc;
}

}  // namespace citegraph
