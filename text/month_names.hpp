// English and French month names, full or abbreviated, in any case, with or without accents.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text_chars.hpp"

namespace citegraph {

// Month number 1..12 for a name such as "June", "Dec", "sept", "février", "fevrier",
// "AOÛT"; 0 for anything else, including "" and names with a trailing dot.
int month_from_name(std::string_view word);

namespace month_names_detail {
// Per first letter (a..z), bit n set if some name of n letters starts with it.
extern const std::array<std::uint32_t, 26> lengths_by_initial;
}  // namespace month_names_detail

// False if no month name is an ASCII word of `length` letters starting with the letter
// `first`, in either case: most words that start as a month does ("and", "of", "Ministry")
// have no name of their length. month_from_name asks this too; a scanner that has read
// the word to its end asks it first.
inline bool may_be_ascii_month_name(char first, std::size_t length) {
    first = ascii_lower(first);
    return first >= 'a' && first <= 'z' && length < 32 &&
           ((month_names_detail::lengths_by_initial[static_cast<std::size_t>(first - 'a')] >> length) & 1) != 0;
}

// False if no month name starts with the byte c: every name starts with one of j f m a s o
// n d, in either case, or with a non-ASCII letter, which folding may turn into one. Most
// words fail this, so a scanner asks it before it reads the word.
inline bool may_start_month(char c) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
    c = ascii_lower(c);
    return c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' || c == 'o' || c == 'n' || c == 'd';
}

}  // namespace citegraph
