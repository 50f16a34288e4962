// libFuzzer target: the date scanner and the choice of a reference's date. Besides crashes
// and sanitizer reports, a finding is a date out of order or outside the text, a date that
// is not a real calendar date of its precision (years 1800 to 2099) or does not survive
// its ISO round trip, and a chosen date that is not one of the dates found.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/date_scanner.hpp"
#include "importers/common/reference_date.hpp"

namespace {

void check(bool holds) {
    if (!holds) __builtin_trap();
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

void check_calendar_date(const citegraph::date& d) {
    using citegraph::date_precision;
    check(d.known() && d.year >= 1800 && d.year <= 2099);
    if (d.precision == date_precision::year) check(d.month == 0 && d.day == 0);
    if (d.precision != date_precision::year) check(d.month >= 1 && d.month <= 12);
    if (d.precision == date_precision::month) check(d.day == 0);
    if (d.precision == date_precision::day) check(d.day >= 1 && d.day <= days_in_month(d.year, d.month));
    check(citegraph::parse_iso_date(citegraph::to_iso(d)) == d);
}

constexpr citegraph::reference_kind every_kind[] = {
    citegraph::reference_kind::other,          citegraph::reference_kind::legislation,
    citegraph::reference_kind::personal_communication,
    citegraph::reference_kind::internal_reporting,
    citegraph::reference_kind::news,           citegraph::reference_kind::report,
    citegraph::reference_kind::web_page,       citegraph::reference_kind::dataset,
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace citegraph;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::vector<found_date> dates = find_dates(text);
    std::size_t previous = 0;
    for (const found_date& found : dates) {
        check(found.offset >= previous && found.length > 0 && found.offset + found.length <= size);
        previous = found.offset;
        check_calendar_date(found.value);
    }
    for (reference_kind kind : every_kind) {
        const dated chosen = choose_reference_date(dates, kind);
        if (dates.empty()) {
            check(!chosen.value.known());
            continue;
        }
        check(std::any_of(dates.begin(), dates.end(),
                          [&](const found_date& found) { return found.value == chosen.value; }));
    }
    return 0;
}
