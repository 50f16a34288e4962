// The sections and claims of a JATS article.
#pragma once

#include <pugixml.hpp>

#include "callout_targets.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "importers/common/xml_input.hpp"

namespace citegraph::jats_import {

// Appends to doc.sections and doc.claims what the article argues, in document order:
// the abstracts (section "Abstract" or the abstract's own title; toc, teaser and graphical
// abstracts left out), the body and the appendices. Each <sec> is a section named by the
// path of titles from the outermost ("Methods / Study area"); paragraphs give a claim per
// sentence, cited or not; figure and table captions and table footnotes are paragraphs of
// the section holding them; cells citing something are claims with their row and column.
// Back matter other than appendices (acknowledgements, notes, footnotes) gives claims only
// when it cites a reference. Front matter (title, authors, affiliations) gives none.
// Floats kept apart in <floats-group> go to the section that first names them.
// doc.sections must hold section 0 already.
void read_article_claims(const xml_input& input, pugi::xml_node article,
                         const callout_targets& targets, document& doc, diagnostics& warnings);

}  // namespace citegraph::jats_import
