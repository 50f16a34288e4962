// Which callouts a plain-text document uses, decided once for the whole document: the
// numbers in brackets and parentheses that citation_group reads, or superscripts that
// the conversion from PDF flattened into the line ("program.1 We").
#pragma once

#include <cstddef>
#include <vector>

#include "blocks.hpp"
#include "citegraph/model.hpp"
#include "footnotes.hpp"
#include "importers/common/number_groups.hpp"

namespace citegraph::text_import {

// The flattened superscripts taken as callouts, by where their first digit is in the input.
class superscript_callouts {
public:
    // A footnoted document's: glued numbers naming a note printed on their own page. A
    // footnote sits on the page of its callout, so this one test rules out nearly every
    // quantity that merely looks glued ("Title 42").
    static superscript_callouts for_footnotes(const std::vector<block>& blocks, const footnote_layout& notes);

    // A document with a numbered list's: glued numbers of the list, in reading order,
    // each new one at most 3 past the highest before it, since such papers number their
    // references in order of first use. Numbers already used may come again.
    static superscript_callouts for_reference_list(const std::vector<block>& blocks, const citation_policy& list);

    // true if a callout's first digit is at input offset `offset`.
    bool accepts(std::size_t offset) const;

    std::size_t size() const { return offsets_.size(); }

private:
    std::vector<std::size_t> offsets_;  // sorted
};

// The number of bracket and parenthesis groups in the blocks that cite the list.
std::size_t count_bracket_citations(const std::vector<block>& blocks, const citation_policy& list);

// The style a document with a numbered list and no footnotes uses: superscript when its
// glued numbers in first-use order are at least 3 and more than twice its bracket
// citations, bracket otherwise.
callout_style list_callout_style(std::size_t bracket_citations, std::size_t superscripts);

}  // namespace citegraph::text_import
