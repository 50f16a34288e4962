// The sections and claims of a page's content: paragraphs, list items, quotations,
// definitions and captions read sentence by sentence, and tables cell by cell.
#pragma once

#include <gumbo.h>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "html_tree.hpp"
#include "note_lists.hpp"

namespace citegraph::html_import {

// Appends doc.sections (from <h1>..<h6>; an <h1> equal to doc.title is the title, not a
// section) and doc.claims. A callout is an element of class "reference" holding an
// in-page link (Wikipedia's <sup class="reference">), or any link to a note's id
// (<a href="#fn1">, <sup><a href="#ref3">3</a></sup>); it cites the note its link target
// belongs to, whatever it prints. Back matter (References, Notes, See also, External
// links, ...), page furniture and the reference lists are not read. Warns of a callout
// whose target is in no reference list, and once of callouts on a page without one.
void read_prose(const GumboNode* content, const html_tree& tree, const note_index& notes,
                document& doc, diagnostics& warnings);

}  // namespace citegraph::html_import
