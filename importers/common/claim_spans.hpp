// Where the claims of assembled prose begin and end: its sentences, cut where a callout in
// mid-sentence closes a clause.
#pragma once

#include <string_view>
#include <vector>

#include "cited_text.hpp"
#include "sentences.hpp"

namespace citegraph {

// The sentences of text, each cut after a callout that closes a clause: one with words
// before it and another callout, with words between, after it in the same sentence.
// "Lack of resources [4], severe deficiencies [5,6] and poor pay [7]." gives three spans,
// "Lack of resources", "severe deficiencies" and "and poor pay.", so each claim cites
// what it rests on. The words after a sentence's last callout stay with the clause before
// them: "Smith [4] showed that X." is one span, not a clause and an uncited rest. An
// author-year callout (callout::in_words) closes no clause: its words are part of one. A
// callout inside brackets closes its clause after them: "(0.205 kg kWh-1 [46]) is lower"
// ends the clause at ")". A
// callout belongs to the sentence that began last strictly before it, as claims take
// them; callouts come in text order.
std::vector<sentence_span> claim_spans(std::string_view text, const std::vector<sentence_span>& sentences,
                                       const std::vector<callout>& callouts);

}  // namespace citegraph
