// Numbered callouts GROBID printed but left untagged: "... spacer region (18) and the amoA
// (5, 21, 48) and accA <ref type="bibr">(25,</ref> ..." — the text between tagged callouts
// still holds callouts in the document's own style, which otherwise cite nothing. So does a
// Markdown paper whose callouts are parentheses, which Markdown does not mark at all.
#pragma once

#include <string_view>
#include <vector>

#include "importers/common/cited_text.hpp"
#include "importers/common/number_groups.hpp"

namespace citegraph {

class untagged_callouts {
public:
    // bracket: what the document's tagged numbered callouts open with, '(' or '['; '\0'
    // when it has none (author-year callouts, or no numbered callout tagged), and then
    // nothing is read as a callout. list_numbers: the numbers the reference list carries.
    untagged_callouts(char bracket, const std::vector<int>& list_numbers);

    // Appends text (starting at `where`) to out, each untagged callout cited where it
    // stands, its brackets kept as text for cited_text::settle. A callout is a group of
    // numbers in the document's bracket ("(18)", "(5, 21, 48)", "(3-5)") that the list
    // judges a citation (numbers of the list, no year: "(2019)" is none), and that is not
    //  - text by its neighbours (bracketed_numbers_are_text): a quantity ("n = (18)",
    //    "(18) mg"), a figure or equation number ("Eq. (3)"), a peptide's residues;
    //  - an item of an inline list ("(1) provides ... (2) analyzes").
    void append(std::string_view text, location where, cited_text& out) const;

    // true if append may find callouts: the document has a bracket style and a list.
    bool active() const { return bracket_ != '\0' && list_.has_list(); }

private:
    char bracket_;
    citation_policy list_;
};

// true if a document whose markup marks no numbered callout of its own (Markdown) calls
// out its list by numbers in parentheses: `parenthesised` of them (counted as
// untagged_callouts finds them) against `other_callouts` (brackets, links, footnotes), at
// least 3 and more than twice the others, the rule superscripts pass too. A paper with
// bracket callouts keeps its parentheses as text: "(1)" there numbers an equation or a
// step.
bool parentheses_are_the_callouts(std::size_t parenthesised, std::size_t other_callouts);

}  // namespace citegraph
