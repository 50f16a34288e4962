// Splitting prose into sentences without being fooled by "U.S.", "No. 29" or "6.5".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace citegraph {

// A sentence as bytes [begin, end) of the text it came from, without surrounding spaces.
struct sentence_span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// text without the closing quotes and brackets at its end ('"', '\'', ')', ']', ” or ’),
// which stand after the stop that ends a sentence: "… in 2005.)" ends with its stop.
std::string_view without_closers(std::string_view text);

// The sentences of text in order; [] for blank text. A sentence ends at '.', '!' or '?'
// (plus closing quotes or brackets) followed by a space and an uppercase letter, an
// opening quote, '(' or a bullet (•) — unless the '.' ends an abbreviation ("Mr.", "No.", "e.g.",
// "U.S.", "D.C.") or an initial ("J.") — or at the end of the text.
std::vector<sentence_span> split_sentences(std::string_view text);

}  // namespace citegraph
