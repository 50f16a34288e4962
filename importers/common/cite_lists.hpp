// Reference numbers a claim or a callout cites: each once, in the order first cited.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// Removes every repeat of a number, keeping its first place; linear in the list.
void keep_first_of_each(std::vector<int>& numbers);

// Appends the numbers `to` lacks, in their order, each once. Linear in both lists, so a
// caller appending many callouts to one list should append them all and call this once
// (or keep_first_of_each) rather than once per callout.
void append_new(std::vector<int>& to, const std::vector<int>& numbers);

// The most citations (claim-to-reference links) one input may expand to: 4 per input byte,
// and at least 100,000. Real documents stay below 0.01 per byte; a range such as (1-1000)
// repeated on every line would otherwise turn a megabyte into tens of millions of links.
std::size_t citation_cap(std::size_t input_bytes);

// Throws input_error at the first claim whose citations, counted from the document's
// start, pass citation_cap(input_bytes), naming the cap.
void check_citation_cap(const std::string& path, const claim_list& claims, std::size_t input_bytes);

}  // namespace citegraph
