// What of a page is no article prose: navigation, edit links, tables of contents,
// navboxes, hatnotes, maintenance boxes, hidden and invisible elements.
#pragma once

#include <gumbo.h>

namespace citegraph::html_import {

// True for an element whose text is page furniture rather than prose: <nav>, <header>,
// <footer>, <aside>, forms and scripts; MediaWiki's [edit] links, table of contents,
// navboxes, hatnotes, sidebars, message boxes, "[citation needed]" tags (noprint) and
// anything hidden. False for text nodes and ordinary elements.
bool is_page_furniture(const GumboNode* node);

}  // namespace citegraph::html_import
