// One reference entry read from its markup: a note of a reference list (<li>) or a full
// source entry (Wikipedia's "Sources" list).
#pragma once

#include <string>
#include <vector>

#include <gumbo.h>

#include "citegraph/model.hpp"
#include "html_tree.hpp"

namespace citegraph::html_import {

struct entry_reading {
    reference entry;                 // everything but number and id
    std::vector<std::string> links;  // in-page link targets ("CITEREFSmith2001"), in order, each once
};

// Reads an entry: its text as printed (whitespace folded) without back-links ("^ a b"),
// <style>/<link>/<script>, hidden maintenance text or nested callouts; then urls, DOI,
// dates, kind and flags from the text (fill_from_text), with http(s) link targets added
// to the urls, dates in a cite template's access-date span marked accessed and the date
// after an "Archived" link marked archived. An empty element gives an empty text.
entry_reading read_entry(const GumboNode* node, const html_tree& tree);

// True for an element that links back from a note to its callouts: MediaWiki's
// span.mw-cite-backlink, pandoc's a.footnote-back, or a link printed as "^", "↑" or "↩".
bool is_back_link(const GumboNode* node);

// True for an element no reader sees: <style>, <script>, <link>, <template>, <meta>,
// hidden by style="display:none", or MediaWiki's hidden maintenance messages.
bool is_invisible(const GumboNode* node);

// The fragment of an in-page link with %XX escapes decoded ("#CITEREFGouss%C3%A9" ->
// "CITEREFGoussé"; Parsoid's "./Duck#cite_note-1" -> "cite_note-1"); "" if href is no
// in-page link.
std::string link_fragment(std::string_view href);

// True for an href with the http or https scheme (any case); false for javascript:,
// mailto:, relative and protocol-relative links.
bool is_web_url(std::string_view href);

}  // namespace citegraph::html_import
