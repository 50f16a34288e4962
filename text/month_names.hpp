// English and French month names, full or abbreviated, in any case, with or without accents.
#pragma once

#include <string_view>

#include "text_chars.hpp"

namespace citegraph {

// Month number 1..12 for a name such as "June", "Dec", "sept", "février", "fevrier",
// "AOÛT"; 0 for anything else, including "" and names with a trailing dot.
int month_from_name(std::string_view word);

// False if no month name starts with the byte c: every name starts with one of j f m a s o
// n d, in either case, or with a non-ASCII letter, which folding may turn into one. Most
// words fail this, so a scanner asks it before it reads the word.
inline bool may_start_month(char c) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
    c = ascii_lower(c);
    return c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' || c == 'o' || c == 'n' || c == 'd';
}

}  // namespace citegraph
