// What the date forms of the date scanner share: a match, years in range, days, month
// words, and the edges of a citation segment (". 2017.", "; 2016;13:22").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "citegraph/model.hpp"

namespace citegraph::date_pieces {

struct match {
    date value;
    std::size_t end = 0;  // one past the last byte of the date text
};

// Value of the digits text[from, to); callers keep runs short (at most four digits).
int number(std::string_view text, std::size_t from, std::size_t to);

// True if a dash or slash followed by a digit is at text[at] ("2017-021", "2018–2022", "2022/493").
bool continues_number(std::string_view text, std::size_t at);

// The four-digit year from 1800 to 2099 at text[at], ending cleanly (no letter, digit or
// "-021" after it); 0 if there is none, also past the end.
int year_at(std::string_view text, std::size_t at);

// True if the year 0..9999 is one the scanner accepts (1800 to 2099).
bool year_in_range(int year);

// True if day is a day of the month (February 29 only in leap years); false for month 0.
bool valid_day(int year, int month, int day);

// The day's date; a day outside its month ("April 31, 2017") is a misprint and keeps the month.
date day_date(int year, int month, int day);

// Past an ordinal suffix after a day number ("1st", "2nd", "3rd", "4th", French "1er"); at if none.
std::size_t skip_ordinal(std::string_view text, std::size_t at);

// Past the second day of a day range at text[at] ("–10" of "June 9–10"), with its
// ordinal suffix; at if no range starts there.
std::size_t skip_day_range(std::string_view text, std::size_t at);

// A month name as a whole word at text[at], with an abbreviation dot if it takes one,
// and a range to a second month ("May–June", "Mar-Apr") whose first month counts.
// Lower-case "may" and "march" are words, not months. Month precision, year 0.
std::optional<match> month_word(std::string_view text, std::size_t at);

// True if text[at] begins a segment: start of text, or ". ", ", ", ": " or "; " before it.
bool segment_starts(std::string_view text, std::size_t at);

// True if the year that ends at text[at] ends its segment: end of text, ".", ",", ":" not
// followed by a digit ("2017.5" is not), Vancouver's ";" ("2016;13:22"), or, after a space,
// a volume and page ("2016 13:22"), a DOI, a URL, "Available" or a page number ("pp. 141").
bool segment_ends(std::string_view text, std::size_t at);

// True if text[at] starts a volume (and issue) and first page: "13:22", "13(1):2011",
// "6: 452", "9:e0234687". False past the end.
bool volume_and_page_at(std::string_view text, std::size_t at);

}  // namespace citegraph::date_pieces
