// Citation groups: a parenthesis holding only reference numbers, "(3)", "(3,5,11-13)",
// "(40–42)"; and the judgement of whether such a group really cites the reference list.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace citegraph::text_import {

// One number or range inside a group; first == last for a single number.
struct citation_item {
    long first = 0;
    long last = 0;
};

// A parenthesis that reads as numbers, commas, spaces and ranges (hyphen or en dash).
struct citation_group {
    std::size_t begin = 0;  // offset of '('
    std::size_t end = 0;    // offset just past ')'
    std::vector<citation_item> items;
};

// The next group at or after `from` whose '(' does not directly follow a letter or digit
// ("Article 3(1)" is no group); nullopt if there is none. Numbers longer than 9 digits
// make no group. Linear: each byte is examined a bounded number of times.
std::optional<citation_group> next_citation_group(std::string_view text, std::size_t from);

// true if text ends with a group naming no year-like number ("... labor. (3,5)").
bool ends_with_citation_group(std::string_view text);

enum class citation_verdict {
    citation,        // cites the list (some numbers may still be missing from it)
    not_citation,    // a year range, "(2017)", numbers none of which are in the list, ...
    reversed_range,  // "(15-11)": not a citation, and worth a warning
};

// Decides which groups cite the reference list and expands them.
class citation_policy {
public:
    // reference_numbers: the numbers the list assigns; empty means the document has no
    // list, and then any group of numbers below 1000 that are not years is a citation.
    explicit citation_policy(const std::vector<int>& reference_numbers);

    // Years (4 digits, 1900-2099) not in the list, ranges longer than the list, and groups
    // with no number in the list are not citations. A reversed range is reported as such.
    citation_verdict judge(const citation_group& group) const;

    // The numbers a group names, ranges expanded, in order; call only for a citation.
    std::vector<int> numbers(const citation_group& group) const;

    // true if the document has a reference list to judge against; false for an empty list.
    bool has_list() const { return list_size_ > 0; }

private:
    bool known(long number) const;

    std::vector<bool> known_;
    std::size_t list_size_ = 0;
};

}  // namespace citegraph::text_import
