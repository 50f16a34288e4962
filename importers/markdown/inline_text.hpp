// The inline layer of Markdown: emphasis, code, links, images, HTML and the citation
// callouts ("[4]", "[1, 4-6]", "[^note]", "[[3]](#cite_note-3)") inside a block's lines.
#pragma once

#include <span>
#include <string>
#include <unordered_map>

#include "blocks.hpp"
#include "citegraph/diagnostics.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/first_use_callouts.hpp"
#include "importers/common/line_map.hpp"
#include "importers/common/number_groups.hpp"
#include "importers/common/untagged_callouts.hpp"

namespace citegraph::markdown_import {

// What callouts may name: numbers judged against the reference list, and footnote labels
// mapped to their numbers.
struct citation_targets {
    const citation_policy& numbers;
    const std::unordered_map<std::string, int>& footnotes;
};

// Superscripts that conversion from PDF flattened into the text ("problems3 and",
// "consultation.6 Satisfaction"), read as callouts in a document that calls out its list
// so: glued numbers (importers/common/glued_numbers.hpp) of the list in first-use order
// (importers/common/first_use_callouts.hpp).
struct glued_callouts {
    first_use_order order;  // of the numbers cited so far
};

struct inline_context {
    const citation_targets* targets;  // nullptr: read plain text, callouts stay as printed
    const line_map& positions;
    const std::string& path;
    diagnostics& warnings;
    glued_callouts* glued = nullptr;  // set: glued numbers are callouts too
    const untagged_callouts* parenthesised = nullptr;  // set: so are numbers in parentheses
};

// Appends the text of lines to out, joined by spaces, with emphasis, code marks, images,
// HTML tags and comments and link targets removed (a link keeps its label); each piece
// keeps its input position. With targets, a callout is cited instead of printed: a
// bracket group the policy accepts that no "Figure"/"Table"/"Eq."/"Section" precedes, a
// footnote reference with a definition, a link whose label is such a group (or a bare
// number with a "#" target) unless its target is a figure/table/equation/section anchor.
// In a paper whose callouts are parentheses, the text between such markup is read by
// untagged_callouts too ("… in 1999 (2, 3).").
// Callouts naming numbers outside the list and undefined footnotes are warned about.
void append_inline(std::span<const span> lines, const inline_context& context, cited_text& out);

// The plain text of lines (as append_inline without targets), whitespace folded; "" for none.
std::string plain_text(std::span<const span> lines, const inline_context& context);

}  // namespace citegraph::markdown_import
