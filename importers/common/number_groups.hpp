// Groups of reference numbers printed in brackets or parentheses, "[4]", "[1, 4-6]",
// "[37, 36, 18, 20]", "(3,5,11–13)", and the judgement of whether such a group cites
// the reference list or is something else that looks alike ("[0, 1]", "(2018–2022)").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace citegraph {

// The largest number a reference list entry may carry (a JATS label, an HTML list position):
// six digits. Lists are numbered from 1; a larger number is a misprint or a hostile input,
// and tables indexed by reference number stay small.
inline constexpr int largest_reference_number = 999'999;

// One number or range inside a group; first == last for a single number.
struct number_item {
    long first = 0;
    long last = 0;
};

// A bracket or parenthesis holding only numbers, separators and ranges.
struct number_group {
    std::size_t begin = 0;  // offset of the opening '(' or '['
    std::size_t end = 0;    // offset just past the closing ')' or ']'
    std::vector<number_item> items;  // in printed order
};

// The group whose opening '(' or '[' is at text[open]: numbers of 1 to 9 digits
// separated by ',' or ';', ranges written with a hyphen or dash ("-", "–", U+2011, "—",
// "−"), spaces (also no-break, tabs and line breaks) anywhere between. nullopt for anything else: "[SIQ]",
// "[Table 2]", "[P ]", "[]", "[35–50%]", a missing closing bracket, text[open] being
// neither '(' nor '[', or a group glued to a letter on each side, as chemistry names ring
// sizes ("calix[4]arene"): part of a word, where a callout stands apart from the words
// after it. Reads only bytes that cannot open another group.
std::optional<number_group> read_number_group(std::string_view text, std::size_t open);

enum class citation_verdict {
    citation,        // cites the list (some numbers may still be missing from it)
    not_citation,    // a year range, "(2017)", "[0, 1]", numbers none of which are in the list, ...
    reversed_range,  // "(15-11)": not a citation, and worth a warning
    overlong_range,  // "(1-999999999)": starts in the list but runs far past it; worth a warning
};

// Decides which groups cite the reference list and expands them.
class citation_policy {
public:
    // reference_numbers: the numbers the list assigns; empty means the document has no
    // list, and then any group of numbers from 1 to 999 that are not years is a citation.
    explicit citation_policy(const std::vector<int>& reference_numbers);

    // 0, years (4 digits, 1900-2099) not in the list, ranges longer than the list, and
    // groups with no number in the list are not citations. A reversed range is reported
    // as such, and so is a range longer than the list that starts at a number of it.
    citation_verdict judge(const number_group& group) const;

    // The numbers a group names, ranges expanded, in printed order; call only for a citation.
    std::vector<int> numbers(const number_group& group) const;

    // true if number is in the list; false for every number when there is no list.
    bool known(long number) const;

    // true if the document has a reference list to judge against; false for an empty list.
    bool has_list() const { return list_size_ > 0; }
    std::size_t list_size() const { return list_size_; }  // how many numbers the list holds

private:
    std::vector<bool> known_;
    std::size_t list_size_ = 0;
};

}  // namespace citegraph
