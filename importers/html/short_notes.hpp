// Short notes ("Carboneras 1992, p. 536") and the full source entries they link to
// through "#CITEREF…" (Wikipedia's unnumbered "Sources" list).
#pragma once

#include <vector>

#include <gumbo.h>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "html_tree.hpp"
#include "note_lists.hpp"

namespace citegraph::html_import {

// The full source entries of content: each item of a list under a "Sources",
// "Bibliography" or "Works cited" heading or in a div.refbegin (not under "Further
// reading" or "External links"), with id the CITEREF id it holds. Notes linking to an
// entry get its index in full_entries; a link to a <cite> or CITEREF id elsewhere on the
// page adds that entry too. A note without a date of its own, or with only the year its
// source is dated in (the short note's author-year key), takes the newest dated source's
// date, role and dates; it takes the sources' URLs and DOI when it has none. A link whose
// target is nowhere on the page is warned of. Returns the entries in document order,
// lazily added ones after them; empty if the page has none.
std::vector<reference> link_short_notes(const GumboNode* root, const GumboNode* content,
                                        const html_tree& tree, note_index& notes,
                                        diagnostics& warnings);

}  // namespace citegraph::html_import
