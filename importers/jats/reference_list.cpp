#include "reference_list.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "entry_text.hpp"
#include "text/doi_scanner.hpp"
#include "text/pubmed_id.hpp"
#include "importers/common/number_groups.hpp"
#include "importers/common/reference_details.hpp"
#include "importers/common/reference_kind.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"
#include "tagged_dates.hpp"
#include "xml_names.hpp"

namespace citegraph::jats_import {

namespace {

bool is_citation(pugi::xml_node node) {
    return is_element(node, "mixed-citation") || is_element(node, "element-citation") ||
           is_element(node, "citation") || is_element(node, "nlm-citation");
}

// The citations of a <ref> that say how the entry is printed: within
// <citation-alternatives> the mixed-citation (it holds the punctuation), else the first.
std::vector<pugi::xml_node> printed_citations(pugi::xml_node ref) {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node child : ref.children()) {
        if (is_citation(child)) {
            found.push_back(child);
        } else if (is_element(child, "citation-alternatives")) {
            pugi::xml_node chosen = child_element(child, "mixed-citation");
            for (pugi::xml_node alternative : child.children())
                if (!chosen && is_citation(alternative)) chosen = alternative;
            if (chosen) found.push_back(chosen);
        }
    }
    return found;
}

// The number a label prints: "12", "12.", "[12]", "(12)", "12)"; 0 if it is anything else.
int label_number(std::string_view label) {
    label = trim(label);
    if (!label.empty() && (label.front() == '[' || label.front() == '(')) label.remove_prefix(1);
    if (!label.empty() && (label.back() == '.' || label.back() == ']' || label.back() == ')'))
        label.remove_suffix(1);
    label = trim(label);
    if (label.empty() || label.size() > 7) return 0;
    int number = 0;
    for (char c : label) {
        if (!is_digit(c)) return 0;
        number = number * 10 + (c - '0');
    }
    return number <= largest_reference_number ? number : 0;
}

void collect_refs(pugi::xml_node node, std::vector<pugi::xml_node>& refs) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_element(child, "sub-article") || is_element(child, "response")) continue;
        if (is_element(child, "ref") && is_element(node, "ref-list")) refs.push_back(child);
        else collect_refs(child, refs);
    }
}

void add_url(reference& r, std::string_view url) {
    url = trim(url);
    if (!text::starts_with_ascii_folded(url, 0, "http://") &&
        !text::starts_with_ascii_folded(url, 0, "https://"))
        return;
    if (std::find(r.urls.begin(), r.urls.end(), url) == r.urls.end()) r.urls.emplace_back(url);
}

// A tagged date replaces the date the text scan read for the same year, or comes first.
void set_published(reference& r, const date& tagged) {
    r.published = tagged;
    r.role = date_role::published;
    for (role_date& d : r.dates) {
        if (d.value.year == tagged.year && d.role != date_role::accessed) {
            d = {tagged, date_role::published};
            return;
        }
    }
    r.dates.insert(r.dates.begin(), {tagged, date_role::published});
}

void add_access_date(reference& r, const date& accessed) {
    auto same = std::find_if(r.dates.begin(), r.dates.end(),
                             [&](const role_date& d) { return d.value == accessed; });
    if (same != r.dates.end()) same->role = date_role::accessed;
    else r.dates.push_back({accessed, date_role::accessed});
    if (r.published == accessed) r.role = date_role::accessed;
}

// The kind the citation's publication-type names; other for a type that names none
// ("other", "patent", none at all), which leaves the kind to the text.
reference_kind kind_of_type(std::string_view type) {
    if (type == "journal" || type == "confproc" || type == "conference") return reference_kind::article;
    if (type == "book") return reference_kind::book;
    if (type == "webpage" || type == "web" || type == "website") return reference_kind::web_page;
    if (type == "report") return reference_kind::report;
    if (type == "data" || type == "dataset" || type == "database") return reference_kind::dataset;
    if (type == "newspaper") return reference_kind::news;
    return reference_kind::other;
}

// Walks a citation for the links and access dates its markup tags.
void read_markup(pugi::xml_node node, reference& r) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = local_name(child.name());
        if (is_access_date(child)) {
            if (date d = access_date_of(child); d.known()) add_access_date(r, d);
            continue;
        }
        if (name == "pub-id" && attribute_value(child, "pub-id-type") == "doi") {
            if (std::string doi = normalise_doi(folded_text(child)); !doi.empty()) r.doi = doi;
        } else if (name == "pub-id" && attribute_value(child, "pub-id-type") == "pmid") {
            if (std::string pmid = normalise_pmid(folded_text(child)); !pmid.empty()) r.extra.edit().pmid = std::move(pmid);
        } else if (name == "ext-link" || name == "uri") {
            const std::string_view href = attribute_value(child, "href");
            const std::string text = folded_text(child);
            if (attribute_value(child, "ext-link-type") == "doi") {
                if (std::string doi = normalise_doi(href.empty() ? text : href); !doi.empty()) r.doi = doi;
            }
            add_url(r, href.empty() ? std::string_view(text) : href);
        }
        read_markup(child, r);
    }
}

// The title a citation tags for the work it names: the article's or chapter's
// (<article-title>), else, for anything but a journal, the book's or report's (<source>);
// "" if it tags none.
std::string tagged_title(pugi::xml_node citation) {
    if (std::string title = folded_text(child_element(citation, "article-title")); !title.empty()) return title;
    if (attribute_value(citation, "publication-type") == "journal") return "";
    return folded_text(child_element(citation, "source"));
}

reference read_reference(const xml_input& input, pugi::xml_node ref, int position) {
    reference r;
    if (const auto id = attribute_value(ref, "id"); !id.empty()) r.extra.edit().id = std::string(id);
    r.where = input.where(ref);
    r.number = label_number(folded_text(child_element(ref, "label")));
    if (r.number == 0) r.number = position;
    const std::vector<pugi::xml_node> citations = printed_citations(ref);
    if (citations.empty()) {
        r.text = entry_text(ref);  // a <ref> of bare text or <note>: the label is left out
    } else {
        for (pugi::xml_node citation : citations) {
            const std::string text = entry_text(citation);
            if (text.empty()) continue;
            if (!r.text.empty()) r.text += "; ";
            r.text += text;
        }
    }
    fill_from_text(r);
    const pugi::xml_node tagged = citations.empty() ? ref : citations.front();
    if (date published = tagged_citation_date(tagged); published.known()) set_published(r, published);
    read_markup(ref, r);
    if (std::string title = tagged_title(tagged); !title.empty()) r.title = std::move(title);
    // The markup's word first: "journal" is an article even where the text reads as a report.
    r.kind = markup_kind_over(r.kind, kind_of_type(attribute_value(tagged, "publication-type")));
    return r;
}

}  // namespace

std::vector<reference> read_references(const xml_input& input, pugi::xml_node article,
                                       diagnostics& warnings) {
    std::vector<pugi::xml_node> refs;
    collect_refs(article, refs);
    std::vector<reference> references;
    references.reserve(refs.size());
    std::set<int> seen;
    for (pugi::xml_node ref : refs) {
        references.push_back(read_reference(input, ref, static_cast<int>(references.size()) + 1));
        const reference& r = references.back();
        if (!seen.insert(r.number).second)
            warnings.warn(input.path(), r.where,
                          "reference number " + std::to_string(r.number) + " is used twice");
    }
    return references;
}

}  // namespace citegraph::jats_import
