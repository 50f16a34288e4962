#include "month_names.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "utf8_text.hpp"

namespace citegraph {

namespace {

struct month_name {
    std::string_view folded;  // lower case, accents stripped
    int month;
};

// Full names and the usual abbreviations. "mar" and "mars" are both March, "mai" is May.
constexpr std::array month_names{
    month_name{"january", 1},   month_name{"jan", 1},     month_name{"janvier", 1},
    month_name{"janv", 1},      month_name{"february", 2}, month_name{"feb", 2},
    month_name{"fevrier", 2},   month_name{"fevr", 2},    month_name{"fev", 2},
    month_name{"march", 3},     month_name{"mar", 3},     month_name{"mars", 3},
    month_name{"april", 4},     month_name{"apr", 4},     month_name{"avril", 4},
    month_name{"avr", 4},       month_name{"may", 5},     month_name{"mai", 5},
    month_name{"june", 6},      month_name{"jun", 6},     month_name{"juin", 6},
    month_name{"july", 7},      month_name{"jul", 7},     month_name{"juillet", 7},
    month_name{"juil", 7},      month_name{"august", 8},  month_name{"aug", 8},
    month_name{"aout", 8},      month_name{"september", 9}, month_name{"sep", 9},
    month_name{"sept", 9},      month_name{"septembre", 9}, month_name{"october", 10},
    month_name{"oct", 10},      month_name{"octobre", 10}, month_name{"november", 11},
    month_name{"nov", 11},      month_name{"novembre", 11}, month_name{"december", 12},
    month_name{"dec", 12},      month_name{"decembre", 12},
};

// Per first letter (a..z), bit n set if some name of n letters starts with it: most words
// with a month's first letter ("and", "of", "Ministry") have no name of their length.
constexpr std::array<std::uint32_t, 26> lengths_by_initial = [] {
    std::array<std::uint32_t, 26> lengths{};
    for (const month_name& name : month_names)
        lengths[static_cast<std::size_t>(name.folded.front() - 'a')] |= std::uint32_t{1} << name.folded.size();
    return lengths;
}();

// False if no name is the lower-case ASCII word `key`, told by its first letter and length.
bool may_be_a_name(std::string_view key) {
    const char first = key.front();
    return first >= 'a' && first <= 'z' && key.size() < 32 &&
           ((lengths_by_initial[static_cast<std::size_t>(first - 'a')] >> key.size()) & 1) != 0;
}

}  // namespace

int month_from_name(std::string_view word) {
    if (word.empty() || word.size() > 12) return 0;  // longest: "septembre" with accents
    if (!may_start_month(word.front())) return 0;
    // An ASCII word, nearly every one the date scanner asks about, folds to its lower case:
    // made in place, without fold's string.
    char lower[12];
    bool ascii = true;
    for (std::size_t k = 0; k < word.size() && ascii; ++k) {
        const char c = word[k];
        ascii = static_cast<unsigned char>(c) < 0x80;
        lower[k] = ascii_lower(c);
    }
    if (ascii && !may_be_a_name(std::string_view(lower, word.size()))) return 0;
    const std::string folded = ascii ? std::string() : text::fold(word);
    const std::string_view key = ascii ? std::string_view(lower, word.size()) : std::string_view(folded);
    for (const month_name& name : month_names)
        if (name.folded == key) return name.month;
    return 0;
}

}  // namespace citegraph
