#include "date_forms.hpp"

#include <algorithm>

#include "date_labels.hpp"
#include "utf8_text.hpp"

namespace citegraph {

using date_pieces::match;

namespace {

using namespace date_pieces;

// Words after which a number counts something other than time, folded: "vol. 2019",
// "no. 2017", "pp. 2005", "issue 2020".
constexpr std::string_view number_labels[] = {
    "vol", "vols", "volume", "no", "nos", "nr", "number", "issue", "iss", "p", "pp", "page",
    "pages", "art", "article", "ch", "chap", "chapter", "sec", "section", "suppl", "fig", "table",
};

// True if a number label ends just before text[at] (spaces and one dot between).
bool follows_number_label(std::string_view text, std::size_t at) {
    std::size_t end = text::skip_spaces_back(text, at);
    if (end > 0 && text[end - 1] == '.') --end;
    std::size_t start = end;
    while (start > 0 && end - start < 8 && text::is_letter(text, start - 1)) --start;
    if (start == end || (start > 0 && text::is_word_char(text, text::previous_char(text, start)))) return false;
    const std::string_view word = text.substr(start, end - start);
    for (std::string_view label : number_labels)
        if (text::equals_ascii_folded(word, label)) return true;
    return false;
}

// Year, month and day joined by `separator`, each of month and day at least `min_digits`
// long: "2022-10-09", "2017/06/30", "2017/6/3"; a real day, not part of a longer number.
std::optional<match> separated_date(std::string_view text, std::size_t at, char separator, std::size_t min_digits) {
    if (text::digits_end(text, at) != at + 4 || at + 4 >= text.size() || text[at + 4] != separator)
        return std::nullopt;
    const std::size_t month_end = text::digits_end(text, at + 5);
    const std::size_t month_digits = month_end - (at + 5);
    if (month_digits < min_digits || month_digits > 2 || month_end >= text.size() || text[month_end] != separator)
        return std::nullopt;
    const std::size_t day_end = text::digits_end(text, month_end + 1);
    const std::size_t day_digits = day_end - (month_end + 1);
    if (day_digits < min_digits || day_digits > 2) return std::nullopt;
    if (text::is_word_char(text, day_end) || continues_number(text, day_end)) return std::nullopt;
    const int year = number(text, at, at + 4), month = number(text, at + 5, month_end);
    const int day = number(text, month_end + 1, day_end);
    if (!year_in_range(year) || !valid_day(year, month, day)) return std::nullopt;  // "2022-02-30" is no date
    return match{make_date(year, month, day), day_end};
}

// "201613:46": a year glued to the volume of "volume:page".
std::optional<match> glued_volume(std::string_view text, std::size_t at) {
    const std::size_t digits = text::digits_end(text, at);
    if (digits - at < 5 || digits - at > 8) return std::nullopt;
    const int year = number(text, at, at + 4);
    if (!year_in_range(year) || !volume_and_page_at(text, at + 4)) return std::nullopt;
    return match{make_date(year), at + 4};
}

// ";521:1998-2005" after "Nature 2015": Vancouver's volume and page follow the year.
bool volume_follows(std::string_view text, std::size_t at) {
    return at < text.size() && text[at] == ';' && volume_and_page_at(text, text::skip_spaces(text, at + 1));
}

// "(2001)." or "(1988),": a year in parentheses that ends its segment, not "resolution
// 2374 (2017) on".
bool parenthesised_year(std::string_view text, std::size_t at) {
    return at > 0 && text[at - 1] == '(' && at + 4 < text.size() && text[at + 4] == ')' &&
           segment_ends(text, at + 5);
}

// "Sobin LH, Wittekind C (1997) TNM Classification", "(UICC) (1997) TNM": Harvard's year
// in parentheses between the authors and the title: the entry's first number, and a title
// starting with a capital after it ("Labour Convention (1930) applies" runs on).
bool parenthesised_after_author(std::string_view text, std::size_t at) {
    if (at < 2 || text[at - 1] != '(' || at + 5 >= text.size() || text[at + 4] != ')') return false;
    const std::size_t title = text::skip_spaces(text, at + 5);
    if (title == at + 5 || title >= text.size() || text[title] < 'A' || text[title] > 'Z') return false;
    if (text::space_length(text, at - 2) == 0) return false;
    for (std::size_t i = 0; i < at; ++i)
        if (text::is_digit(text, i)) return false;
    return true;
}

// "Physics Reports 429 (2006) 307", "JCAP06(2007)025": physics journals print the year
// in parentheses between the volume and the page.
bool between_volume_and_page(std::string_view text, std::size_t at) {
    if (at < 2 || text[at - 1] != '(' || at + 5 >= text.size() || text[at + 4] != ')') return false;
    const std::size_t before = text::skip_spaces_back(text, at - 1);
    const std::size_t after = text::skip_spaces(text, at + 5);
    return before > 0 && text::is_digit(text, before - 1) && after < text.size() && text::is_digit(text, after);
}

// "The Early Universe (Addison-Wesley, 1990).": a book's publisher and year in
// parentheses after its title; the year closes them and ends its segment.
bool closes_publisher(std::string_view text, std::size_t at) {
    if (at + 4 >= text.size() || text[at + 4] != ')' || !segment_starts(text, at)) return false;
    const std::size_t comma = text::skip_spaces_back(text, at);
    if (comma == 0 || text[comma - 1] != ',') return false;
    const std::size_t open = text.rfind('(', at);
    const std::size_t close = text.rfind(')', at);
    return open != std::string_view::npos && (close == std::string_view::npos || close < open) &&
           segment_ends(text, at + 5);
}

// "Class.Quant.Grav.17:L9L16,2000,": a year glued to the comma before it, ending its
// segment. Four digits after a comma are no thousands.
bool glued_after_comma(std::string_view text, std::size_t at) {
    return at > 0 && text[at - 1] == ',' && at + 4 < text.size() && (text[at + 4] == ',' || text[at + 4] == '.') &&
           segment_ends(text, at + 4);
}

// "Clin Rehabil 29 4 2014": the year ends the entry after a volume or issue number.
bool ends_after_volume(std::string_view text, std::size_t at) {
    if (text::skip_spaces(text, at + 4) != text.size()) return false;
    const std::size_t number_end = text::skip_spaces_back(text, at);
    if (number_end == at) return false;
    std::size_t start = number_end;
    while (start > 0 && number_end - start < 7 && text::is_digit(text, start - 1)) --start;
    const std::size_t digits = number_end - start;
    return digits > 0 && digits < 7 && start > 0 && text::space_length(text, start - 1) > 0;
}

// "Carboneras 1992, p. 536", "World Bank 2019. Report", "Kear J (ed.) 2005. Ducks": the
// author-year key that opens many entries and short notes. Only the entry's first number,
// right after a word or a closing parenthesis and right before ". " or ", ". A year inside
// a title runs on ("Census 2010 results", "Newsletter 2017: ...", "Agenda 2030"), and one
// after a word in capitals is an event's name ("EUROCON 2009, ..."): those are left alone.
bool opens_after_author(std::string_view text, std::size_t at) {
    const std::size_t after = at + 4;
    if (after >= text.size() || (text[after] != '.' && text[after] != ',')) return false;
    if (after + 1 < text.size() && text::space_length(text, after + 1) == 0) return false;
    const std::size_t before = text::skip_spaces_back(text, at);
    if (before == 0 || before == at) return false;
    if (text[before - 1] != ')') {
        std::size_t start = before;
        while (start > 0 && text::is_letter(text, text::previous_char(text, start)))
            start = text::previous_char(text, start);
        const std::string_view word = text.substr(start, before - start);
        if (word.empty()) return false;
        const bool capitals = word.size() > 1 && std::all_of(word.begin(), word.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
        });
        if (capitals) return false;
    }
    for (std::size_t i = 0; i < at; ++i)
        if (text::is_digit(text, i)) return false;
    return true;
}

}  // namespace

std::optional<match> all_numeric_date(std::string_view text, std::size_t at) {
    if (auto found = separated_date(text, at, '-', 2)) return found;
    return separated_date(text, at, '/', 1);
}

std::optional<match> numeric_month_year(std::string_view text, std::size_t at) {
    if (text::digits_end(text, at) != at + 2 || at + 2 >= text.size()) return std::nullopt;
    const int month = number(text, at, at + 2);
    if (month < 1 || month > 12) return std::nullopt;
    const bool labelled = label_before(text, at) != date_role::none;
    if (!labelled && !(text[at] == '0' && segment_starts(text, at))) return std::nullopt;
    if (text[at + 2] == '/' ? !labelled : text[at + 2] != ' ') return std::nullopt;  // "05/2022" may be an issue
    const int year = year_at(text, at + 3);
    if (year == 0 || !segment_ends(text, at + 7)) return std::nullopt;
    return match{make_date(year, month), at + 7};
}

std::optional<match> year_date(std::string_view text, std::size_t at) {
    if (follows_number_label(text, at)) return std::nullopt;
    if (auto found = glued_volume(text, at)) return found;
    const int year = year_at(text, at);
    if (year == 0) return std::nullopt;
    const match found{make_date(year), at + 4};
    if (label_before(text, at) != date_role::none) return found;
    if (segment_starts(text, at) && segment_ends(text, at + 4)) return found;
    if (volume_follows(text, at + 4) || parenthesised_year(text, at) || parenthesised_after_author(text, at) ||
        ends_after_volume(text, at) || opens_after_author(text, at) || between_volume_and_page(text, at) ||
        closes_publisher(text, at) || glued_after_comma(text, at))
        return found;
    return std::nullopt;
}

}  // namespace citegraph
