// What the writers say about each graph node, and the check that corpus and assessment match.
#pragma once

#include <string>
#include <string_view>

#include "citegraph/analysis.hpp"
#include "graph/citation_graph.hpp"

namespace citegraph::exports_detail {

// Throws std::invalid_argument unless the assessment has one entry per document, reference
// and claim of the corpus (the writers index both in parallel).
void require_parallel(const corpus& c, const corpus_assessment& a);

// A short one-line label: the document's title (its path if untitled), the section's title
// ("(before first heading)" if untitled), the claim's text cut to 80 characters with "…",
// "[N] " and the reference's text cut to 60 characters, the source's title cut to 60.
std::string node_label(const corpus& c, vertex v);

// The node's full text: title, section title, claim text or reference entry, made valid
// UTF-8; for a source its title, else its first reference's entry.
std::string node_text(const corpus& c, vertex v);

// node_text before the UTF-8 repair, without a copy: a view into the corpus (or a constant).
std::string_view raw_node_text(const corpus& c, vertex v);

// The claim's section title; nullptr if its section index is out of range.
const std::string* section_title(const document& d, const claim& cl);

// True for a URL a viewer may follow: it starts with "http://" or "https://".
bool is_web_url(std::string_view url);

}  // namespace citegraph::exports_detail
