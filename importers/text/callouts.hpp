// Which callouts a plain-text document uses, decided once for the whole document: the
// numbers in brackets and parentheses that citation_group reads, or superscripts that
// the conversion from PDF flattened into the line ("program.1 We").
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "blocks.hpp"
#include "footnotes.hpp"
#include "superscripts.hpp"
#include "importers/common/number_groups.hpp"

namespace citegraph::text_import {

// The superscripts taken as callouts, by where their first digit is in the input.
class superscript_callouts {
public:
    // A footnoted document's: superscripts naming notes printed on their own page. A
    // footnote sits on the page of its callout, so this one test rules out nearly every
    // quantity that merely looks glued ("Title 42").
    static superscript_callouts for_footnotes(const std::vector<block>& blocks, const footnote_layout& notes,
                                              const superscript_marks& marks);

    // A document with a numbered list's: superscripts naming numbers of the list, in
    // reading order, each new one at most 3 past the highest before it, since such papers
    // number their references in order of first use. Numbers already used may come again.
    static superscript_callouts for_reference_list(const std::vector<block>& blocks, const citation_policy& list,
                                                   const superscript_marks& marks);

    // The callouts in a run, with the numbers of the references each names.
    std::vector<raised_number> in_run(const text_run& run) const;

    std::size_t size() const { return accepted_.size(); }
    // How many different numbers the callouts name.
    std::size_t numbers_named() const;

private:
    // A callout taken: where its first digit is in the input, and the references it names
    // (after an appendix restarts its notes at 1, not the numbers printed).
    struct accepted {
        std::size_t offset;
        std::vector<int> numbers;
    };

    explicit superscript_callouts(const superscript_marks& marks) : marks_(&marks) {}
    void sort();

    const superscript_marks* marks_;
    std::vector<accepted> accepted_;  // sorted by offset
};

// A group in brackets or parentheses of a block, as the document's list judges it: read
// once, then counted to choose the callouts' style and taken by the block's claims.
struct judged_group {
    std::size_t begin = 0;  // offsets in the block's text
    std::size_t end = 0;
    citation_verdict verdict = citation_verdict::citation;
    std::vector<int> numbers;         // for a citation: the numbers it names
    bool square = false;              // "[4]", not "(4)"
    bool numbers_equation = false;    // parenthesised, the number of a displayed equation
    bool quantity = false;            // parenthesised, a quantity or residues (bracketed_numbers_are_text)
};

// The groups of each block that are not the items of an inline list, in order; none for
// a heading.
std::vector<std::vector<judged_group>> judge_groups(const std::vector<block>& blocks, const citation_policy& list);

// The groups in brackets and parentheses that cite the list, by shape: not the items of
// an inline list, nor a parenthesised group that numbers an equation.
struct bracket_groups {
    std::size_t square = 0;
    std::size_t parenthesised = 0;
    std::size_t named_by_square = 0;  // how many different numbers the square ones name
    std::size_t named = 0;            // how many both shapes name
};
bracket_groups count_bracket_groups(const std::vector<std::vector<judged_group>>& judged);

// The superscripts a document calls out its references by; nullopt when its callouts are
// brackets. A footnoted document (footnotes set) calls out its notes by superscripts; a
// document with a numbered list does when its glued numbers pass the first-use rule
// (importers/common/first_use_callouts.hpp) against its bracket groups. A document with
// no list has no callouts to decide.
std::optional<superscript_callouts> choose_superscript_callouts(const std::vector<block>& blocks,
                                                                const footnote_layout* footnotes,
                                                                const citation_policy& list,
                                                                const superscript_marks& marks,
                                                                const bracket_groups& brackets);

// How a document whose callouts are no superscripts prints them.
struct bracket_callouts {
    callout_style style = callout_style::bracket;  // the shape most of its citing groups have
    // false in a paper whose callouts are square brackets: its "(1)" numbers an equation
    // or a step ("Substituting (2) into (1)").
    bool parentheses_cite = true;
};

// Square brackets are the callouts, and parentheses text, when the square ones name at
// least half the list (a paper cites most of its list) or are at least 3 and more than
// twice the parenthesised ones.
bracket_callouts choose_bracket_callouts(const bracket_groups& groups, const citation_policy& list);

// true if the parenthesised group at run text [begin, end) is the whole of a paragraph's
// line and more of the paragraph follows: the number of a displayed equation ("(1)"
// between the formula and "where …"). Wrapping puts a callout alone on a line only at a
// paragraph's end ("… in 2022." / "(11)"), since the next word would have fitted beside it.
bool numbers_an_equation(const block& b, std::size_t begin, std::size_t end);

}  // namespace citegraph::text_import
