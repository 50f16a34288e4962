#include "date_forms.hpp"

#include "date_labels.hpp"
#include "utf8_text.hpp"

namespace citegraph {

using date_pieces::match;

namespace {

using namespace date_pieces;

// Past a comma and spaces before a year ("June 25, 2020", "4 February, 2009"); at itself
// if there is neither: the caller then has no year.
std::size_t year_from(std::string_view text, std::size_t at) {
    std::size_t from = at;
    if (from < text.size() && text[from] == ',') ++from;
    return text::skip_spaces(text, from);
}

// APA: "(2019, May 5)" or "(2019, May)".
std::optional<match> apa_date(std::string_view text, std::size_t at, int year) {
    if (at == 0 || text[at - 1] != '(' || at + 4 >= text.size() || text[at + 4] != ',') return std::nullopt;
    auto name = month_word(text, text::skip_spaces(text, at + 5));
    if (!name) return std::nullopt;
    int month = name->value.month;
    std::size_t next = text::skip_spaces(text, name->end);
    if (next < text.size() && text[next] == ')') return match{make_date(year, month), next};
    std::size_t digits = text::digits_end(text, next);
    if (digits == next || digits - next > 2 || digits >= text.size() || text[digits] != ')')
        return std::nullopt;
    return match{day_date(year, month, number(text, next, digits)), digits};
}

// True if text[at] ends a Vancouver date: end of text, or punctuation closing it.
bool ends_vancouver_date(std::string_view text, std::size_t at) {
    if (text::skip_spaces(text, at) == text.size()) return true;
    const char c = text[at];
    return c == ';' || c == ':' || c == '.' || c == ',' || c == ')' || c == ']';
}

// Vancouver: "2016 Mar 5;", "2016 Mar;", "2016 Mar-Apr;", "[cited 2016 Jan 12]".
std::optional<match> vancouver_date(std::string_view text, std::size_t at, int year) {
    if (!segment_starts(text, at) && label_before(text, at) == date_role::none) return std::nullopt;
    const std::size_t name_at = at + 4;
    if (text::skip_spaces(text, name_at) == name_at) return std::nullopt;
    auto name = month_word(text, text::skip_spaces(text, name_at));
    if (!name) return std::nullopt;
    const int month = name->value.month;
    if (ends_vancouver_date(text, name->end)) return match{make_date(year, month), name->end};
    const std::size_t day_at = text::skip_spaces(text, name->end);
    const std::size_t digits = text::digits_end(text, day_at);
    if (day_at == name->end || digits == day_at || digits - day_at > 2) return std::nullopt;
    const std::size_t end = skip_day_range(text, digits);
    if (!ends_vancouver_date(text, end)) return std::nullopt;
    return match{day_date(year, month, number(text, day_at, digits)), end};
}

}  // namespace

std::optional<match> month_first_date(std::string_view text, std::size_t at) {
    auto name = month_word(text, at);
    if (!name) return std::nullopt;
    int month = name->value.month;
    // "August, 2002": a comma between month and year.
    if (name->end < text.size() && text[name->end] == ',')
        if (const std::size_t from = year_from(text, name->end); from > name->end + 1)
            if (int year = year_at(text, from)) return match{make_date(year, month), from + 4};
    std::size_t next = text::skip_spaces(text, name->end);
    if (next == name->end) return std::nullopt;
    if (text::starts_with_ascii_folded(text, next, "of") && text::space_length(text, next + 2) > 0)
        next = text::skip_spaces(text, next + 2);
    if (int year = year_at(text, next)) return match{make_date(year, month), next + 4};
    std::size_t digits = text::digits_end(text, next);
    if (digits == next || digits - next > 2) return std::nullopt;
    std::size_t after_day = skip_day_range(text, skip_ordinal(text, digits));
    if (text::is_word_char(text, after_day)) return std::nullopt;
    std::size_t from = year_from(text, after_day);
    int year = from == after_day ? 0 : year_at(text, from);
    if (year == 0) return std::nullopt;
    return match{day_date(year, month, number(text, next, digits)), from + 4};
}

std::optional<match> day_first_date(std::string_view text, std::size_t at) {
    std::size_t digits = text::digits_end(text, at);
    if (digits == at || digits - at > 2) return std::nullopt;
    std::size_t after_day = skip_day_range(text, skip_ordinal(text, digits));
    std::size_t name_at = text::skip_spaces(text, after_day);
    if (name_at == after_day) return std::nullopt;
    auto name = month_word(text, name_at);
    if (!name) return std::nullopt;
    std::size_t from = year_from(text, name->end);
    int year = from == name->end ? 0 : year_at(text, from);
    if (year == 0) return std::nullopt;
    return match{day_date(year, name->value.month, number(text, at, digits)), from + 4};
}

std::optional<match> year_first_date(std::string_view text, std::size_t at) {
    if (text::digits_end(text, at) != at + 4) return std::nullopt;
    const int year = number(text, at, at + 4);
    if (!year_in_range(year)) return std::nullopt;
    if (auto found = apa_date(text, at, year)) return found;
    return vancouver_date(text, at, year);
}

}  // namespace citegraph
