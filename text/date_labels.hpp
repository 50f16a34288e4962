// Words that say what a date is: "Published: 2017", "Accessed on March 3, 2022",
// "Analysis received March 2022", "Enacted: 1992", "consulté le 2 mai 2019",
// "Published online 2016 Jan 12".
// Archive dates ("Archived from the original on 3 March 2016", "Archived from the original
// (PDF) on 2022-10-09") have role archived; Vancouver's "[cited 2016 Jan 12]" is accessed.
#pragma once

#include <cstddef>
#include <string_view>

#include "citegraph/model.hpp"

namespace citegraph {

// The role named by the label that ends just before text[at] (spaces and a colon
// between them allowed); none when no label is there, at 0, or past the end.
date_role label_before(std::string_view text, std::size_t at);

// The role named by a label written after a date that ends just before text[end]:
// "4 September 2012, date last accessed", "2019-05-02 (accessed)", "March 2020, last
// viewed"; none when no such label follows.
date_role label_after(std::string_view text, std::size_t end);

}  // namespace citegraph
