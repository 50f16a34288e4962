// Recognises files citegraph itself wrote, so that a directory holding a corpus and the
// report written into it is read as the corpus alone on the next run.
#pragma once

#include <cstddef>
#include <string_view>

namespace citegraph {

// How many leading bytes of a file written_by_citegraph needs to see.
inline constexpr std::size_t own_output_signature_bytes = 4096;

// Whether the first bytes of a file show it is citegraph's own output: the HTML report (its
// generator meta element), a GraphML export (its policy keys) or a JSON export (opening
// with its schema, or with the policy object as before there was one). False for anything else, and for empty input.
bool written_by_citegraph(std::string_view head);

}  // namespace citegraph
