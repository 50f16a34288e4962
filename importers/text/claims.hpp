// Claims: the text each citation group supports, and the uncited sentences after them.
#pragma once

#include <string>
#include <vector>

#include "blocks.hpp"
#include "importers/common/citation_group.hpp"
#include "callouts.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "source_lines.hpp"

namespace citegraph::text_import {

// What claim extraction needs besides the blocks themselves.
struct claim_context {
    const citation_policy& citations;
    const line_map& positions;
    const std::string& path;
    diagnostics& warnings;
    // Set for a document whose callouts are superscripts: then parenthesised numbers are
    // lists or quantities, never callouts.
    const superscript_callouts* superscripts = nullptr;
    // false in a paper whose callouts are square brackets (choose_bracket_callouts): its
    // parenthesised numbers are equations or steps.
    bool parentheses_cite = true;
};

// Claims of one block appended to out. Prose: the text since the previous citation group
// is one claim citing that group; sentences after the last group are uncited claims, one
// each. Table cells: the same, prefixed "ROW LABEL — COLUMN HEADER: ", and only for cells
// holding a citation. Headings give nothing. Reversed ranges "(15-11)" are warned about
// and read as text; a group with no text before it adds its numbers to the claim before.
// `judged`: the block's groups (judge_groups), whose citations the bracket callouts take.
void add_claims(const block& b, const std::vector<judged_group>& judged, const claim_context& context,
                claim_list& out);

}  // namespace citegraph::text_import
