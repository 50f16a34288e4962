// UTF-8 validity, the one rule the importers' input check, the writers' clean-up and the
// terminal escaping share.
#pragma once

#include <cstddef>
#include <string_view>

namespace citegraph {

// Length of the valid UTF-8 sequence starting at text[at], 0 if it is invalid (a stray
// continuation byte, an overlong form, a surrogate, a code point past U+10FFFF, or a
// sequence cut off by the end of text); at must be inside text.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// The end of the run of printable ASCII (' ' to '~') starting at text[at]: the index of the
// first other byte, or text.size(). Most of any text is such a run, and the writers' clean-up
// and the terminal escaping test it eight bytes at a time here instead of one.
std::size_t printable_ascii_end(std::string_view text, std::size_t at);

}  // namespace citegraph
