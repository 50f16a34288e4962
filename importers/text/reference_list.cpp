#include "reference_list.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_set>

#include "importers/common/reference_details.hpp"
#include "markup.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr std::size_t max_number_digits = 6;

struct leading_number {
    int value;
    std::size_t length;  // digits plus the spaces after them
};

// "29 Kibaru" -> {29, 3}; nullopt when the entry does not start with digits and a space.
std::optional<leading_number> read_leading_number(std::string_view text) {
    std::size_t digits = 0;
    int value = 0;
    while (digits < text.size() && digits < max_number_digits && is_digit(text[digits])) {
        value = value * 10 + (text[digits] - '0');
        ++digits;
    }
    if (digits == 0 || digits >= text.size() || text[digits] != ' ' || value == 0)
        return std::nullopt;
    std::size_t length = digits;
    while (length < text.size() && text[length] == ' ') ++length;
    return leading_number{value, length};
}

}  // namespace

std::vector<reference> number_references(const std::vector<reference_entry>& entries,
                                         const line_map& positions, const std::string& path,
                                         diagnostics& warnings) {
    std::vector<reference> references;
    references.reserve(entries.size());
    std::unordered_set<int> seen;
    int largest = 0;  // the largest number listed so far
    const int list_size = static_cast<int>(entries.size());
    for (const reference_entry& listed : entries) {
        const text_run& entry = listed.run;
        std::string_view text = entry.text();
        int expected = largest + 1;
        int number = expected;
        std::size_t skip = 0;
        auto written = listed.number ? std::optional<leading_number>({listed.number, 0})
                                     : read_leading_number(text);
        bool plausible = written && (written->value == expected || written->value <= list_size);
        if (plausible) {
            number = written->value;
            skip = written->length;
            if (number < expected && !seen.contains(number))
                warnings.warn(path, positions.locate(entry.offset_at(0)),
                              "reference numbered " + std::to_string(number) + " is listed after " +
                                  std::to_string(largest));
            else if (number != expected)
                warnings.warn(path, positions.locate(entry.offset_at(0)),
                              "reference numbered " + std::to_string(number) + " at position " +
                                  std::to_string(expected));
        }
        if (!seen.insert(number).second)
            warnings.warn(path, positions.locate(entry.offset_at(0)),
                          "duplicate reference number " + std::to_string(number));

        reference r;
        r.number = number;
        r.text = clean_markup(text.substr(skip), footnote_marks::keep);
        r.text.shrink_to_fit();  // it had room for the raw entry, wrapped lines' indents too
        r.where = positions.locate(entry.offset_at(skip));
        fill_from_text(r);
        references.push_back(std::move(r));
        largest = std::max(largest, number);
    }
    return references;
}

}  // namespace citegraph::text_import
