// The date forms the date scanner tries at a word start, each returning the date and where
// its text ends, or nullopt. Forms that name the month are in month_dates.cpp ("June 25, 2020",
// "17 February 2021", "1er mars 2019", "Dec. 2015", "June 9–10, 2020", "(2019, May 5)",
// "2016 Mar 5;"); forms in digits only in numeric_dates.cpp ("2022-10-09", "2017/06/30",
// "Accessed 01 2022", "New York, 2017.", "(2001).", "2016;13:22", "201613:46").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "date_pieces.hpp"

namespace citegraph {

// "June 25, 2020", "June 2nd, 2017", "June 9–10, 2020" (the first day), "July 2017",
// "December of 2021", "dec 2015", "May–June 2019" (the first month), at text[at]; nullopt if
// none starts there, also past the end.
std::optional<date_pieces::match> month_first_date(std::string_view text, std::size_t at);

// "17 February 2021", "2 août 2017", "1er mars 2019", "4 February, 2009", "9–10 June 2020"
// at text[at]; nullopt if none starts there.
std::optional<date_pieces::match> day_first_date(std::string_view text, std::size_t at);

// A year followed by its month: APA's "(2019, May 5)" and "(2019, May)" in parentheses, or
// Vancouver's "2016 Mar 5;", "2016 Mar;", "[cited 2016 Jan 12]" where the year starts a
// segment or follows a label; nullopt otherwise.
std::optional<date_pieces::match> year_first_date(std::string_view text, std::size_t at);

// "2022-10-09" or "2017/06/30" at text[at], a real day, not part of a longer number;
// nullopt otherwise ("2022-02-30", "2022-10-099").
std::optional<date_pieces::match> all_numeric_date(std::string_view text, std::size_t at);

// A two-digit month and a year, "01 2022" or "01/2022", after a label ("Accessed 01 2022")
// or, zero-padded, at the start of a segment; nullopt otherwise.
std::optional<date_pieces::match> numeric_month_year(std::string_view text, std::size_t at);

// A year standing for a date: labelled ("Published: 2017"), a segment of its own
// ("New York, 2017.", "Press; 2001."), parenthesised ("Dohner, J. (2001)."), before a
// Vancouver volume ("Nature 2015;521:1998", ". 2016 13:22", and of glued "201613:46" the
// first four digits), ending an entry after volume and issue ("Clin Rehabil 29 4 2014"), or
// as the entry's first number after its author ("Carboneras 1992, p. 536", "World Bank 2019.").
// Never after a number label ("vol. 2019", "pp. 2005"); nullopt otherwise.
std::optional<date_pieces::match> year_date(std::string_view text, std::size_t at);

}  // namespace citegraph
