#include "page_identity.hpp"

#include <array>
#include <span>

#include "html_tree.hpp"
#include "text/date_scanner.hpp"
#include "text/doi_scanner.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::html_import {

namespace {

// The content of the first <meta> whose name or property is one of names (in that
// order of preference); "" if none.
std::string meta_content(const GumboNode* root, std::span<const std::string_view> names) {
    for (std::string_view name : names) {
        const GumboNode* meta = find_element(root, [&](const GumboNode* n) {
            if (tag_of(n) != GUMBO_TAG_META) return false;
            return text::equals_ascii_folded(attribute(n, "name"), name) ||
                   text::equals_ascii_folded(attribute(n, "property"), name) ||
                   text::equals_ascii_folded(attribute(n, "itemprop"), name);
        });
        if (meta != nullptr) return std::string(attribute(meta, "content"));
    }
    return {};
}

// The first date in text, unknown if none.
date first_date(std::string_view text) {
    const std::vector<found_date> dates = find_dates(text);
    return dates.empty() ? date{} : dates.front().value;
}

}  // namespace

std::string page_title(const GumboNode* root) {
    if (const GumboNode* h1 = find_element(root, [](const GumboNode* n) {
            return attribute(n, "id") == "firstHeading";
        })) {
        std::string text = plain_text(h1);
        if (!text.empty()) return text;
    }
    if (const GumboNode* title = find_element(root, [](const GumboNode* n) {
            return tag_of(n) == GUMBO_TAG_TITLE;
        })) {
        std::string text = plain_text(title);
        for (std::string_view suffix : {" - Wikipedia", " \xE2\x80\x94 Wikipedia", " \xE2\x80\x93 Wikipedia"})
            if (text.ends_with(suffix)) text.resize(text.size() - suffix.size());
        if (!text.empty()) return text;
    }
    if (const GumboNode* h1 = find_element(root, [](const GumboNode* n) { return tag_of(n) == GUMBO_TAG_H1; }))
        return plain_text(h1);
    return {};
}

std::string canonical_url(const GumboNode* root) {
    const GumboNode* link = find_element(root, [](const GumboNode* n) {
        return tag_of(n) == GUMBO_TAG_LINK && text::equals_ascii_folded(attribute(n, "rel"), "canonical");
    });
    return link == nullptr ? std::string() : std::string(attribute(link, "href"));
}

std::string page_doi(const GumboNode* root) {
    constexpr std::array<std::string_view, 2> names{"citation_doi", "dc.identifier"};
    return normalise_doi(meta_content(root, names));
}

date page_date(const GumboNode* root) {
    if (const GumboNode* footer = find_element(root, [](const GumboNode* n) {
            return attribute(n, "id") == "footer-info-lastmod";
        })) {
        date found = first_date(plain_text(footer));
        if (found.known()) return found;
    }
    constexpr std::array<std::string_view, 6> names{
        "article:modified_time", "article:published_time", "citation_publication_date",
        "dc.date", "datePublished", "date"};
    return first_date(meta_content(root, names));
}

const GumboNode* content_root(const GumboNode* root) {
    if (const GumboNode* wiki = find_element(root, [](const GumboNode* n) {
            return attribute(n, "id") == "mw-content-text";
        }))
        return wiki;
    if (const GumboNode* main = find_element(root, [](const GumboNode* n) {
            return tag_of(n) == GUMBO_TAG_MAIN || attribute(n, "role") == "main";
        }))
        return main;
    const GumboNode* body = find_element(root, [](const GumboNode* n) { return tag_of(n) == GUMBO_TAG_BODY; });
    if (body == nullptr) return root;
    const GumboNode* article = nullptr;
    int articles = 0;
    for_each_element(body, [&](const GumboNode* n) {
        if (tag_of(n) != GUMBO_TAG_ARTICLE) return true;
        if (articles++ == 0) article = n;
        return false;  // an article nested in an article is part of it
    });
    return articles == 1 ? article : body;
}

}  // namespace citegraph::html_import
