#include "page_chrome.hpp"

#include <array>
#include <string_view>

#include "entry_text.hpp"
#include "html_tree.hpp"

namespace citegraph::html_import {

namespace {

// Classes of MediaWiki (and common site) furniture.
constexpr std::array<std::string_view, 24> furniture_classes{
    "mw-editsection", "toc", "vector-toc", "navbox", "navbox-styles", "hatnote",
    "noprint", "metadata", "mw-empty-elt", "shortdescription", "sistersitebox", "side-box",
    "portalbox", "catlinks", "mw-jump-link", "printfooter", "mw-indicators", "sidebar",
    "ambox", "authority-control", "navigation-not-searchable", "mw-cite-backlink",
    "reflist", "mw-references-wrap"};

// Classes starting with these are furniture too ("navbox-inner", "ambox-content").
constexpr std::array<std::string_view, 4> furniture_prefixes{"navbox", "ambox", "mbox-", "vector-"};

}  // namespace

bool is_page_furniture(const GumboNode* node) {
    if (!is_element(node)) return false;
    switch (tag_of(node)) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
        return true;
    default:
        break;
    }
    if (is_invisible(node)) return true;
    const std::string_view role = attribute(node, "role");
    if (role == "navigation" || role == "note" || role == "doc-endnotes" || role == "doc-bibliography")
        return true;
    if (attribute(node, "aria-hidden") == "true") return true;
    const std::string_view id = attribute(node, "id");
    if (id == "toc" || id == "catlinks" || id == "siteSub" || id == "contentSub" || id == "jump-to-nav")
        return true;
    for (std::string_view name : furniture_classes)
        if (has_class(node, name)) return true;
    for (std::string_view prefix : furniture_prefixes)
        if (has_class_prefix(node, prefix)) return true;
    return has_class(node, "footnotes") || has_class(node, "refbegin");
}

}  // namespace citegraph::html_import
