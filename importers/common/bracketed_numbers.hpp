// Numbers in brackets that their neighbours show to be text: a quantity, a figure's or an
// equation's number, a fragment of a molecule. A paper prints these in the brackets its
// callouts use, mostly parentheses. Shared by the readers that find callouts in running text.
#pragma once

#include <cstddef>
#include <string_view>

#include "importers/common/number_groups.hpp"

namespace citegraph {

// true if the group (in parentheses or square brackets) reads as text, not as a callout, by what stands around it:
//  - a quantity: after "=", "<", ">", "~", "±", "≤", "≥", "×" ("n = (18)"), after a spelled
//    number ("eighteen (18)"), or before a unit ("(18) mg", "(18)%");
//  - a figure, table, equation or section number ("Fig. (2)", "Eq. (3)");
//  - the residues of a peptide or protein: one range in parentheses, of more than ten
//    numbers, right after a name that ends in a number ("GLP-1 (7-37)", "exendin-4(9-39)").
//    A callout range is shorter ("SARS-CoV-2 (3-5)" cites), and a list is no fragment
//    ("AB109 [7, 8, 11-19]" cites).
// numbers_named: how many numbers the group names, its ranges counted out.
bool bracketed_numbers_are_text(std::string_view text, const number_group& group, std::size_t numbers_named);

}  // namespace citegraph
