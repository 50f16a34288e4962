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

// Names are shorter than this ("septembre" has 9 letters).
constexpr std::size_t longest_name = 10;

constexpr std::size_t name_slot(char initial, std::size_t length) {
    return static_cast<std::size_t>(initial - 'a') * longest_name + length;
}

// Per first letter and length, the places in month_names of the names that have both (at
// most four: "janv", "juin", "june", "juil"), then no_name.
constexpr std::uint8_t no_name = 0xFF;
constexpr auto names_by_initial_and_length = [] {
    std::array<std::array<std::uint8_t, 5>, 26 * longest_name> table{};
    for (auto& names : table) names.fill(no_name);
    for (std::size_t place = 0; place < month_names.size(); ++place) {
        const std::string_view name = month_names[place].folded;
        auto& names = table[name_slot(name.front(), name.size())];
        std::size_t free = 0;
        while (names[free] != no_name) ++free;  // past the last slot fails to compile
        names[free] = static_cast<std::uint8_t>(place);
    }
    return table;
}();

}  // namespace

constexpr std::array<std::uint32_t, 26> month_names_detail::lengths_by_initial = [] {
    std::array<std::uint32_t, 26> lengths{};
    for (const month_name& name : month_names)
        lengths[static_cast<std::size_t>(name.folded.front() - 'a')] |= std::uint32_t{1} << name.folded.size();
    return lengths;
}();

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
    if (ascii && !may_be_ascii_month_name(lower[0], word.size())) return 0;
    const std::string folded = ascii ? std::string() : text::fold(word);
    const std::string_view key = ascii ? std::string_view(lower, word.size()) : std::string_view(folded);
    // Only the names with the key's first letter and length are compared: most words that
    // get this far are no month ("and" against "apr" and "aug").
    if (key.empty() || key.front() < 'a' || key.front() > 'z' || key.size() >= longest_name) return 0;
    for (const std::uint8_t place : names_by_initial_and_length[name_slot(key.front(), key.size())]) {
        if (place == no_name) break;
        if (month_names[place].folded == key) return month_names[place].month;
    }
    return 0;
}

}  // namespace citegraph
