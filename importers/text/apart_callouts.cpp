#include "apart_callouts.hpp"

#include <algorithm>

#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr std::size_t max_digits = 3;

// The value of the digits text[begin, end); 0 unless 1-3 digits not starting with 0.
int number_at(std::string_view text, std::size_t begin, std::size_t end) {
    if (end <= begin || end - begin > max_digits || text[begin] == '0') return 0;
    int value = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if (!is_digit(text[i])) return 0;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// true if text[0, stop) ends in a word of 2 or more letters, the first in lower case
// after any capital: "view", "Act", not "No", "U.S" or "2".
bool word_before(std::string_view text, std::size_t stop) {
    std::size_t begin = stop;
    while (begin > 0 && (is_lower(text[begin - 1]) || is_upper(text[begin - 1]))) --begin;
    if (stop - begin < 2) return false;
    if (begin > 0 && !is_space(text[begin - 1]) && text[begin - 1] != '(') return false;
    return std::any_of(text.begin() + static_cast<std::ptrdiff_t>(begin) + 1,
                       text.begin() + static_cast<std::ptrdiff_t>(stop), [](char c) { return is_lower(c); }) &&
           text.substr(begin, stop - begin) != "No";
}

}  // namespace

int lone_number(std::string_view line) {
    const std::string_view trimmed = trim(line);
    return number_at(trimmed, 0, trimmed.size());
}

std::vector<raised_number> numbers_after_full_stop(std::string_view text) {
    std::vector<raised_number> found;
    for (std::size_t stop = text.find(". "); stop != std::string_view::npos; stop = text.find(". ", stop + 1)) {
        const std::size_t begin = stop + 2;
        std::size_t end = begin;
        while (end < text.size() && is_digit(text[end])) ++end;
        const int value = number_at(text, begin, end);
        if (value == 0 || end + 1 >= text.size() || text[end] != ' ' || !is_upper(text[end + 1])) continue;
        if (!word_before(text, stop)) continue;
        found.push_back({begin, end, {value}});
    }
    return found;
}

std::vector<raised_number> numbers_apart(const text_run& run) {
    std::vector<raised_number> found = numbers_after_full_stop(run.text());
    const std::vector<text_run::piece> pieces = run.piece_spans();
    for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
        const text_run::piece& p = pieces[i];
        if (const int value = number_at(run.text(), p.pos, p.pos + p.length))
            found.push_back({p.pos, p.pos + p.length, {value}});
    }
    std::sort(found.begin(), found.end(), [](const raised_number& a, const raised_number& b) { return a.begin < b.begin; });
    return found;
}

}  // namespace citegraph::text_import
