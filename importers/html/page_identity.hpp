// What a page says about itself: title, canonical URL, date, and where its content is.
#pragma once

#include <string>

#include <gumbo.h>

#include "citegraph/model.hpp"

namespace citegraph::html_import {

// The page's title: Wikipedia's <h1 id="firstHeading">, else <title> without a trailing
// " - Wikipedia", else the first <h1>; "" if the page has none of them.
std::string page_title(const GumboNode* root);

// The href of <link rel="canonical">; "" if there is none.
std::string canonical_url(const GumboNode* root);

// The page's DOI from <meta name="citation_doi"> or "dc.identifier"; "" if none.
std::string page_doi(const GumboNode* root);

// When the page was last written: a MediaWiki footer "This page was last edited on
// 21 September 2024", else a <meta> date (article:modified_time, article:published_time,
// citation_publication_date, dc.date, date); unknown if the page names none.
date page_date(const GumboNode* root);

// The element holding the article itself, without page chrome: MediaWiki's
// #mw-content-text, else <main>, else the only <article>, else <body> (never null).
const GumboNode* content_root(const GumboNode* root);

}  // namespace citegraph::html_import
