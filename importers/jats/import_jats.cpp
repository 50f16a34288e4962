// The JATS importer's pipeline: parse, check the root, read the front matter and the
// reference list, then the claims linked to it.
#include "import_jats.hpp"

#include "article_claims.hpp"
#include "callout_targets.hpp"
#include "text/doi_scanner.hpp"
#include "importers/common/xml_input.hpp"
#include "reference_list.hpp"
#include "tagged_dates.hpp"
#include "xml_names.hpp"

namespace citegraph {

namespace {

using namespace citegraph::jats_import;

// Whether the article cites by author and year: most bibliographic callouts print words
// ("Smith et al., 2019") rather than numbers. Callouts printing nothing count for neither.
citation_style style_of(pugi::xml_node article) {
    std::size_t numbers = 0;
    std::size_t words = 0;
    find_element(article, [&](pugi::xml_node node) {
        if (!is_bibliographic_xref(node)) return false;
        const std::string printed = folded_text(node);
        if (!printed.empty()) ++(printed_numbers(printed).empty() ? words : numbers);
        return false;  // count them all
    }, [](pugi::xml_node) { return false; });
    return words > numbers ? citation_style::author_year : citation_style::numbered;
}

std::string article_doi(pugi::xml_node article_meta) {
    for (pugi::xml_node id : article_meta.children())
        if (is_element(id, "article-id") && attribute_value(id, "pub-id-type") == "doi")
            return normalise_doi(folded_text(id));
    return "";
}

}  // namespace

document import_jats(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    const xml_input input(bytes, options.path, xml_whitespace::kept);
    const pugi::xml_node article = input.root();
    if (local_name(article.name()) != "article")
        throw input_error(options.path, input.where(article),
                          "the root element is <" + std::string(article.name()) +
                              ">, not <article>: this is not a JATS article");
    input.warn_of_entities(warnings);

    document doc;
    doc.path = options.path;
    doc.format = "jats";
    const pugi::xml_node meta = child_element(child_element(article, "front"), "article-meta");
    doc.title = folded_text(child_element(child_element(meta, "title-group"), "article-title"));
    doc.doi = article_doi(meta);
    doc.published = article_publication_date(meta);
    doc.style = style_of(article);
    doc.callouts = callout_style::markup;
    doc.references = read_references(input, article, warnings);
    doc.as_of = default_as_of(doc);
    doc.sections.push_back({"", {}});
    const callout_targets targets(doc.references);
    read_article_claims(input, article, targets, doc, warnings);
    return doc;
}

}  // namespace citegraph
