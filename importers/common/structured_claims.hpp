// Claims from prose and tables assembled by a markup importer (JATS, TEI, HTML, Markdown):
// the same claims, whatever the markup was.
#pragma once

#include <cstddef>
#include <vector>

#include "cited_text.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

// The claims of one paragraph appended to out: each sentence is a claim citing the
// callouts inside it or right after its end ("… in 2015.[4] Next" gives 4 to the first
// sentence), cut where a callout closes a clause and another follows (claim_spans: "lack
// of resources [4], severe deficiencies [5,6]." gives two claims); sentences without
// callouts are uncited claims. A callout before any text cites for the first sentence. A
// paragraph of callouts alone adds them to the claim before it in the same section, if any.
void add_paragraph_claims(const cited_text& paragraph, std::size_t section,
                          claim_list& out);

// One claim for a sentence the input marked itself (a TEI <s>), citing every callout in
// it, however many sentences a splitter would see; cut, like a paragraph's sentences,
// where a callout closes a clause and another follows. A sentence of callouts alone adds
// them to the claim before it in the same section, if any.
void add_sentence_claim(const cited_text& sentence, std::size_t section, claim_list& out);

// One cell of a table as the importer read it: spans already expanded into the grid.
struct table_cell {
    cited_text content;
    bool header = false;     // a <th>, or a cell of a header row (<thead>)
    bool spanned = false;    // a copy standing for a cell that spans into this place: no claim
    location where;          // where the cell starts; the claim's place when its text has none
};

using table_row = std::vector<table_cell>;

// The claims of a table appended to out: each body cell holding a callout is a claim,
// "ROW LABEL — COLUMN HEADER: cell text" (the row label is the row's first cell, the
// column header the header cells above it joined by " / "); a label cell citing gives
// "COLUMN HEADER: label". A cell of several sentences or clauses gives a claim for each,
// as a paragraph does. Cells without callouts give nothing. A cell holding nothing but
// its callouts ("[30]") is placed at the cell's own where.
void add_table_claims(const std::vector<table_row>& rows, std::size_t section,
                      claim_list& out);

}  // namespace citegraph
