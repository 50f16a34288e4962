// Superscript callouts flattened into a paper's text, which only their order tells apart
// from the numbers around them: the rule plain text and Markdown read them by.
#pragma once

#include <cstddef>
#include <vector>

#include "number_groups.hpp"

namespace citegraph {

// true if `numbers` may be a paper's next callout: each in the list and at most 3 past
// the highest number called out before it (`highest`, then the group's own numbers:
// "7-11" after 6 passes), since such papers number their references in order of first
// use (numbers already used may come again). Raises `highest` when true.
bool next_in_first_use(const citation_policy& list, int& highest, const std::vector<int>& numbers);

// The callouts of another style a document holds, against which superscripts are weighed.
struct other_callouts {
    std::size_t count = 0;  // how many
    std::size_t named = 0;  // how many different numbers they name
};

// true if a paper with a numbered list calls it out by such superscripts: `callouts` of
// them, naming `named` different numbers: at least 3, naming at least half the list, and
// more than twice the other callouts (brackets, links) or naming more numbers than they
// do. A paper cites most of its list; names glued to digits ("Chr2", "DESeq2") name a
// few low numbers, and so do a chemistry paper's compounds in parentheses ("(3)"), however
// often they come.
bool superscripts_are_the_callouts(std::size_t callouts, std::size_t named, const other_callouts& others,
                                   const citation_policy& list);

}  // namespace citegraph
