#include "date_pieces.hpp"

#include <string>

#include "identifier_runs.hpp"
#include "month_names.hpp"
#include "utf8_text.hpp"

namespace citegraph::date_pieces {

namespace {

constexpr int first_year = 1800;
constexpr int last_year = 2099;

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

// One month name at text[at] without a range.
std::optional<match> single_month(std::string_view text, std::size_t at) {
    if (at >= text.size() || !may_start_month(text[at])) return std::nullopt;  // before reading the word
    // The scanner asks at nearly every word: an ASCII word, most of them, is read here and
    // told by its first letter and length without a call.
    std::size_t end = at;
    while (end < text.size() && (is_upper(text[end]) || is_lower(text[end]))) ++end;
    if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) end = text::letters_end(text, at);
    else if (!may_be_ascii_month_name(text[at], end - at)) return std::nullopt;
    if (end == at || text::is_word_char(text, end)) return std::nullopt;
    const std::string_view word = text.substr(at, end - at);
    int month = month_from_name(word);
    if (month == 0 || is_lowercase_english_verb(word)) return std::nullopt;
    if (end < text.size() && text[end] == '.' && takes_abbreviation_dot(word)) ++end;
    return match{date{0, month, 0, date_precision::month}, end};
}

// A page label ("pp. 141", "p. 3"): what follows it is a page number.
bool starts_page_label(std::string_view text, std::size_t at) {
    std::size_t end = text::letters_end(text, at);
    if (end >= text.size() || text[end] != '.' || !text::is_digit(text, text::skip_spaces(text, end + 1)))
        return false;
    return text::equals_ascii_folded(text.substr(at, end - at), "p") ||
           text::equals_ascii_folded(text.substr(at, end - at), "pp");
}

// What may follow a year after a space and still end its segment: "2016 13:22",
// "2017 10.1016/…", "2016 Available: http://…", "2019 pp. 141–141".
bool starts_trailer(std::string_view text, std::size_t at) {
    if (volume_and_page_at(text, at) || identifier_end(text, at) > at || starts_page_label(text, at))
        return true;
    return starts_with_ascii_folded(text, at, "available") && !text::is_word_char(text, at + 9);
}

}  // namespace

int number(std::string_view text, std::size_t from, std::size_t to) {
    int value = 0;
    for (std::size_t at = from; at < to; ++at) value = value * 10 + (text[at] - '0');
    return value;
}

bool continues_number(std::string_view text, std::size_t at) {
    std::size_t dash = text::dash_length(text, at);
    if (dash == 0 && at < text.size() && text[at] == '/') dash = 1;
    return dash > 0 && text::is_digit(text, at + dash);
}

bool year_in_range(int year) { return year >= first_year && year <= last_year; }

int year_at(std::string_view text, std::size_t at) {
    if (text::digits_end(text, at) != at + 4) return 0;
    if (text::is_word_char(text, at + 4) || continues_number(text, at + 4)) return 0;
    int year = number(text, at, at + 4);
    return year_in_range(year) ? year : 0;
}

bool valid_day(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

date day_date(int year, int month, int day) {
    return valid_day(year, month, day) ? make_date(year, month, day) : make_date(year, month);
}

std::size_t skip_ordinal(std::string_view text, std::size_t at) {
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er"})
        if (starts_with_ascii_folded(text, at, suffix) && !text::is_word_char(text, at + 2)) return at + 2;
    return at;
}

std::size_t skip_day_range(std::string_view text, std::size_t at) {
    const std::size_t dash = text::dash_length(text, at);
    if (dash == 0) return at;
    const std::size_t digits = text::digits_end(text, at + dash);
    if (digits == at + dash || digits - (at + dash) > 2) return at;
    const std::size_t end = skip_ordinal(text, digits);
    return text::is_word_char(text, end) ? at : end;
}

std::optional<match> month_word(std::string_view text, std::size_t at) {
    auto first = single_month(text, at);
    if (!first) return std::nullopt;
    // "May–June 2019", "Mar-Apr;": the range starts in the first month.
    if (std::size_t dash = text::dash_length(text, first->end); dash > 0)
        if (auto second = single_month(text, first->end + dash)) first->end = second->end;
    return first;
}

bool segment_starts(std::string_view text, std::size_t at) {
    std::size_t before = text::skip_spaces_back(text, at);
    if (before == 0) return true;
    char c = text[before - 1];
    return before < at && (c == '.' || c == ',' || c == ':' || c == ';');
}

bool segment_ends(std::string_view text, std::size_t at) {
    const std::size_t next = text::skip_spaces(text, at);
    if (next == text.size()) return true;
    if (next > at) return starts_trailer(text, next);
    const char c = text[at];
    return c == ';' || ((c == '.' || c == ',' || c == ':') && !text::is_digit(text, at + 1));
}

bool volume_and_page_at(std::string_view text, std::size_t at) {
    std::size_t next = text::digits_end(text, at);
    if (next == at || next - at > 4) return false;
    if (next < text.size() && text[next] == '(') {  // the issue: "(1)", "(Suppl 2)", "(1-2)"
        std::size_t close = next + 1;
        while (close < text.size() && close - next <= 12 && text[close] != ')' && text[close] != '(') ++close;
        if (close >= text.size() || text[close] != ')') return false;
        next = close + 1;
    }
    if (next >= text.size() || text[next] != ':') return false;
    next = text::skip_spaces(text, next + 1);
    if (next < text.size() && (text[next] == 'e' || text[next] == 'E')) ++next;  // "e0234687"
    return text::is_digit(text, next);
}

}  // namespace citegraph::date_pieces
