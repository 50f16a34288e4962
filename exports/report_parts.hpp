// The parts of the HTML report (exports/report.hpp), each appended under a parent node,
// and the small pieces they share.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "citegraph/analysis.hpp"
#include "html.hpp"
#include "graph/citation_graph.hpp"

namespace citegraph::exports_detail {

// Per document: claims by verdict, references by flag, the as-of date and the policy.
void append_summary(pugi::xml_node parent, const corpus& c, const corpus_assessment& a);

// An inline SVG of the document's dated references against its as-of date and the age
// limit, each mark linking to its reference; a note instead if nothing is dated.
void append_timeline(pugi::xml_node parent, const corpus& c, const corpus_assessment& a, std::size_t doc);

// Every retracted, stale and stale-upstream reference of the corpus, the retracted ones first,
// then the one most claims rest on first (list order among equals): a collapsed row each, naming and linking the newer edition
// that supersedes it, opening to its dates, reasons and resting claims; a note if none is stale.
// The rows are made as the page writes them; c and a must outlive page.save.
void append_stale_sources(pugi::xml_node parent, html::streamed_page& page, const corpus& c,
                          const corpus_assessment& a);

// The retracted, stale and stale-upstream references in that order.
std::vector<reference_place> ranked_stale_sources(const corpus& c, const corpus_assessment& a);

// For a corpus of several documents: one table row per document with its title, path,
// claims, claim findings by verdict, references and stale references, and a total row.
void append_document_table(pugi::xml_node parent, const corpus& c, const corpus_assessment& a);

// The filter controls and every finding, worst first, each a <details> with its sources
// (or, for a stale source, the claims resting on it); a note if there are none. The findings
// are made as the page writes them; c and a must outlive page.save.
void append_findings(pugi::xml_node parent, html::streamed_page& page, const corpus& c, const corpus_assessment& a);

// Every reference in list order, each a <details> with its dates, flags, reasons, links
// and the claims resting on it, made as the page writes them; c and a must outlive page.save.
void append_references(pugi::xml_node parent, html::streamed_page& page, const corpus& c, const corpus_assessment& a);

// The HTML id of a reference's entry in the reference list: "ref-d1:r25".
std::string reference_anchor(const corpus& c, std::size_t doc, std::size_t ref);

// "stale", "in-force" or "current": the status a reference's badge shows.
std::string_view reference_status(const reference_assessment& ra);

// Appends <span class="badge v-NAME">NAME</span>.
void append_badge(pugi::xml_node parent, std::string_view name);

// The claim's section title, "(before first heading)" for the untitled first section.
std::string_view section_name(const corpus& c, std::size_t doc, std::size_t claim);

// "path:line" of a place in a document; "path" alone when the line is unknown.
std::string place(const document& d, std::size_t line);

// The details of a reference: full text, dates with their roles, kind, status with its
// reasons, flags, web links (http and https only) and the claims resting on it.
void append_reference_details(pugi::xml_node parent, const corpus& c, const corpus_assessment& a,
                              std::size_t doc, std::size_t ref);

}  // namespace citegraph::exports_detail
