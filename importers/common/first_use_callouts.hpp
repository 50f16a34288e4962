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

// A paper's superscript candidates taken in reading order by next_in_first_use, which
// picks up again after a callout it could not see. One callout the conversion printed
// apart or garbled ("scaffolds." / "15-18 Thiol") would otherwise stall the order at the
// number before it, and every later callout would be too far past it. A candidate that
// is only too far ahead jumps; when the next candidate that is too far ahead continues
// from it, both are taken. A quantity glued to a word seldom has a second one after it
// that counts on from it.
class first_use_order {
public:
    explicit first_use_order(const citation_policy& list) : list_(&list) {}

    enum class verdict {
        rejected,    // not a callout
        jumped,      // not a callout unless the next one that jumps continues from it
        taken,       // a callout
        taken_both,  // a callout, and so is the candidate that jumped before it
    };
    verdict take(const std::vector<int>& numbers);

    // true if the candidate is a callout: taken, or taken with the one that jumped.
    static bool taken(verdict v) { return v == verdict::taken || v == verdict::taken_both; }

private:
    const citation_policy* list_;
    int highest_ = 0;
    int jumped_to_ = 0;  // the highest number of the candidate that jumped; 0 if none
};

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
