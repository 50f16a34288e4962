// One left-to-right pass: at each word start try the date forms, longest first, and
// jump past whatever matched. Every test looks a bounded distance ahead, so the scan
// is linear in the text.
#include "date_scanner.hpp"

#include <optional>

#include "date_labels.hpp"
#include "month_names.hpp"
#include "utf8_text.hpp"

namespace citegraph {

namespace {

struct match {
    date value;
    std::size_t end = 0;  // one past the last byte of the date text
};

constexpr int first_year = 1800;
constexpr int last_year = 2099;

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in(int year, int month) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

// Value of the digits text[from, to); callers keep runs short (at most four digits).
int number(std::string_view text, std::size_t from, std::size_t to) {
    int value = 0;
    for (std::size_t at = from; at < to; ++at) value = value * 10 + (text[at] - '0');
    return value;
}

// A dash or slash followed by a digit continues a number ("2017-021", "2018–2022", "2022/493").
bool continues_number(std::string_view text, std::size_t at) {
    std::size_t dash = text::dash_length(text, at);
    if (dash == 0 && at < text.size() && text[at] == '/') dash = 1;
    return dash > 0 && text::is_digit(text, at + dash);
}

// A four-digit year in range at text[at], ending cleanly; its value or 0.
int year_at(std::string_view text, std::size_t at) {
    if (text::digits_end(text, at) != at + 4) return 0;
    if (text::is_word_char(text, at + 4) || continues_number(text, at + 4)) return 0;
    int year = number(text, at, at + 4);
    return year >= first_year && year <= last_year ? year : 0;
}

using text::starts_with_ascii_folded;

// true for "may" and "march" in lower case: English words far more often than months
// ("... that may. 2010."), so only "May" and "March" count.
bool is_lowercase_english_verb(std::string_view word) {
    return word == "may" || word == "march";
}

// true for an abbreviated name that may take a dot ("Dec.", "Sept.", "févr."); full names
// never do, so "... in May. 2019" does not join a month to the next sentence's year.
bool takes_abbreviation_dot(std::string_view word) {
    if (word.size() > 5) return false;
    const std::string folded = text::fold(word);
    for (std::string_view full : {"march", "april", "may", "june", "july", "mars", "avril", "mai", "juin", "aout"})
        if (folded == full) return false;
    return true;
}

// A month name as a whole word at text[at], optionally followed by an abbreviation dot.
std::optional<match> month_word(std::string_view text, std::size_t at) {
    std::size_t end = text::letters_end(text, at);
    if (end == at || text::is_word_char(text, end)) return std::nullopt;
    const std::string_view word = text.substr(at, end - at);
    int month = month_from_name(word);
    if (month == 0 || is_lowercase_english_verb(word)) return std::nullopt;
    if (end < text.size() && text[end] == '.' && takes_abbreviation_dot(word)) ++end;
    return match{date{0, month, 0, date_precision::month}, end};  // year filled in later
}

// Skips an ordinal suffix after a day number: "1st", "2nd", "3rd", "4th", French "1er".
std::size_t skip_ordinal(std::string_view text, std::size_t at) {
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er"})
        if (starts_with_ascii_folded(text, at, suffix) && !text::is_word_char(text, at + 2)) return at + 2;
    return at;
}

// A day outside the month ("April 31, 2017") is a misprint: keep the month, drop the day.
date day_date(int year, int month, int day) {
    if (day < 1 || day > days_in(year, month)) return make_date(year, month);
    return make_date(year, month, day);
}

// "June 25, 2020", "June 25 2020", "July 2017", "December of 2021", "Dec. 2015".
std::optional<match> month_first(std::string_view text, std::size_t at) {
    auto name = month_word(text, at);
    if (!name) return std::nullopt;
    int month = name->value.month;
    std::size_t next = text::skip_spaces(text, name->end);
    if (next == name->end) return std::nullopt;
    if (starts_with_ascii_folded(text, next, "of") && text::space_length(text, next + 2) > 0)
        next = text::skip_spaces(text, next + 2);
    std::size_t digits = text::digits_end(text, next);
    if (int year = year_at(text, next)) return match{make_date(year, month), next + 4};
    if (digits == next || digits - next > 2) return std::nullopt;
    int day = number(text, next, digits);
    std::size_t after_day = skip_ordinal(text, digits);
    if (text::is_word_char(text, after_day)) return std::nullopt;
    std::size_t year_from = after_day;
    if (year_from < text.size() && text[year_from] == ',') ++year_from;
    year_from = text::skip_spaces(text, year_from);
    if (year_from == after_day) return std::nullopt;
    int year = year_at(text, year_from);
    if (year == 0) return std::nullopt;
    date value = day_date(year, month, day);
    return match{value, year_from + 4};
}

// "17 February 2021", "2 août 2017", "1er mars 2019", "4 February, 2009".
std::optional<match> day_first(std::string_view text, std::size_t at) {
    std::size_t digits = text::digits_end(text, at);
    if (digits - at > 2) return std::nullopt;
    std::size_t after_day = skip_ordinal(text, digits);
    std::size_t name_at = text::skip_spaces(text, after_day);
    if (name_at == after_day) return std::nullopt;
    auto name = month_word(text, name_at);
    if (!name) return std::nullopt;
    std::size_t year_from = name->end;
    if (year_from < text.size() && text[year_from] == ',') ++year_from;
    year_from = text::skip_spaces(text, year_from);
    if (year_from == name->end) return std::nullopt;
    int year = year_at(text, year_from);
    if (year == 0) return std::nullopt;
    date value = day_date(year, name->value.month, number(text, at, digits));
    return match{value, year_from + 4};
}

// "2022-10-09": exactly YYYY-MM-DD, not part of a longer number.
std::optional<match> iso_date(std::string_view text, std::size_t at) {
    if (text.size() - at < 10 || text::digits_end(text, at) != at + 4) return std::nullopt;
    if (text[at + 4] != '-' || text[at + 7] != '-') return std::nullopt;
    if (text::digits_end(text, at + 5) != at + 7 || text::digits_end(text, at + 8) != at + 10)
        return std::nullopt;
    if (text::is_word_char(text, at + 10) || continues_number(text, at + 10)) return std::nullopt;
    int year = number(text, at, at + 4), month = number(text, at + 5, at + 7);
    if (year < first_year || year > last_year || month < 1 || month > 12) return std::nullopt;
    int day = number(text, at + 8, at + 10);
    if (day < 1 || day > days_in(year, month)) return std::nullopt;  // "2022-02-30" is no date
    return match{make_date(year, month, day), at + 10};
}

// True if text[at] begins a segment: start of text, or ". ", ", " or ": " before it.
bool segment_starts(std::string_view text, std::size_t at) {
    std::size_t before = text::skip_spaces_back(text, at);
    if (before == 0) return true;
    char c = text[before - 1];
    return before < at && (c == '.' || c == ',' || c == ':');
}

// True if text[at] ends a segment: end of text (spaces allowed) or ".", ",", ":", ";"
// not followed by a digit ("2017.5" or "2017:13100" are not).
bool segment_ends(std::string_view text, std::size_t at) {
    if (text::skip_spaces(text, at) == text.size()) return true;
    char c = text[at];
    return (c == '.' || c == ',' || c == ':' || c == ';') && !text::is_digit(text, at + 1);
}

// A year standing alone: "New York, 2017.", "Published: 2017", "Smith, J. (2017).".
std::optional<match> bare_year(std::string_view text, std::size_t at) {
    int year = year_at(text, at);
    if (year == 0) return std::nullopt;
    if (label_before(text, at) != date_role::none) return match{make_date(year), at + 4};
    if (segment_starts(text, at) && segment_ends(text, at + 4)) return match{make_date(year), at + 4};
    // A parenthesised year that is a segment of its own, not "resolution 2374 (2017) on".
    bool parenthesised = at > 0 && text[at - 1] == '(' && at + 4 < text.size() && text[at + 4] == ')';
    if (parenthesised && segment_starts(text, at - 1) && segment_ends(text, at + 5))
        return match{make_date(year), at + 4};
    return std::nullopt;
}

// APA's "(2019, May 5)" or "(2019, May)": year first, then month and day, in parentheses.
std::optional<match> year_first(std::string_view text, std::size_t at) {
    if (at == 0 || text[at - 1] != '(' || text.size() - at < 6 || text[at + 4] != ',') return std::nullopt;
    int year = year_at(text, at);
    if (year == 0) return std::nullopt;
    std::size_t name_at = text::skip_spaces(text, at + 5);
    auto name = month_word(text, name_at);
    if (!name) return std::nullopt;
    int month = name->value.month;
    std::size_t next = text::skip_spaces(text, name->end);
    if (next < text.size() && text[next] == ')') return match{make_date(year, month), next};
    std::size_t digits = text::digits_end(text, next);
    if (digits == next || digits - next > 2 || digits >= text.size() || text[digits] != ')')
        return std::nullopt;
    return match{day_date(year, month, number(text, next, digits)), digits};
}

bool starts_url(std::string_view text, std::size_t at) {
    return starts_with_ascii_folded(text, at, "http://") || starts_with_ascii_folded(text, at, "https://") ||
           starts_with_ascii_folded(text, at, "www.");
}

// End of a URL-like run: up to whitespace or a closing bracket.
std::size_t url_end(std::string_view text, std::size_t at) {
    while (at < text.size() && text::space_length(text, at) == 0 && text[at] != '>' &&
           text[at] != ')' && text[at] != ']')
        ++at;
    return at;
}

// A date starting with a digit at text[at]; dates after "/" or a dash are numbers.
std::optional<match> numeric_start(std::string_view text, std::size_t at) {
    if (at > 0) {
        std::size_t before = text::previous_char(text, at);
        if (text[before] == '/' || text::dash_length(text, before) == at - before) return std::nullopt;
    }
    if (auto found = day_first(text, at)) return found;
    if (auto found = iso_date(text, at)) return found;
    if (auto found = year_first(text, at)) return found;
    return bare_year(text, at);
}

std::vector<found_date> scan(std::string_view text) {
    std::vector<found_date> dates;
    std::size_t at = 0;
    while (at < text.size()) {
        if (!text::is_word_char(text, at) || text::word_char_before(text, at)) {
            at += text::char_length(text, at);
            continue;
        }
        if (starts_url(text, at)) {
            at = url_end(text, at);
            continue;
        }
        std::optional<match> found =
            text::is_digit(text, at) ? numeric_start(text, at) : month_first(text, at);
        if (!found) {
            at = text::word_end(text, at);
            continue;
        }
        dates.push_back({found->value, label_before(text, at), at, found->end - at});
        at = found->end;
    }
    return dates;
}

}  // namespace

std::vector<found_date> find_dates(std::string_view text) {
    try {
        return scan(text);
    } catch (...) {  // only allocation can fail; the contract is not to throw
        return {};
    }
}

}  // namespace citegraph
