#include <algorithm>
#include <charconv>
#include <cstdio>

#include "citegraph/model.hpp"

namespace citegraph {

date make_date(int year, int month, int day) {
    if (year <= 0) return {};
    if (month < 1 || month > 12) return {year, 0, 0, date_precision::year};
    if (day < 1 || day > 31) return {year, month, 0, date_precision::month};
    return {year, month, day, date_precision::day};
}

int days_in_month(int year, int month) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

namespace {

// value in decimal, zero-padded to `width` digits, appended to out: snprintf's "%04d" for
// the non-negative numbers of a date, without the cost of parsing a format for every date
// a listing prints.
void append_padded(std::string& out, int value, int width) {
    char digits[16];
    const char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(static_cast<std::size_t>(std::max(0, width - static_cast<int>(end - digits))), '0');
    out.append(digits, static_cast<std::size_t>(end - digits));
}

}  // namespace

std::string to_iso(const date& d) {
    if (d.precision == date_precision::none) return "";
    if (d.year < 0 || d.month < 0 || d.day < 0) {  // never made by make_date; printed as before
        char buffer[40];
        if (d.precision == date_precision::year) std::snprintf(buffer, sizeof buffer, "%04d", d.year);
        else if (d.precision == date_precision::month) std::snprintf(buffer, sizeof buffer, "%04d-%02d", d.year, d.month);
        else std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
        return buffer;
    }
    std::string iso;
    iso.reserve(10);
    append_padded(iso, d.year, 4);
    if (d.precision == date_precision::year) return iso;
    iso += '-';
    append_padded(iso, d.month, 2);
    if (d.precision == date_precision::month) return iso;
    iso += '-';
    append_padded(iso, d.day, 2);
    return iso;
}

namespace {

// Reads exactly `width` digits at text[at]; -1 if they are not all digits.
int digits(std::string_view text, std::size_t at, std::size_t width) {
    if (text.size() < at + width) return -1;
    int value = 0;
    auto [end, error] = std::from_chars(text.data() + at, text.data() + at + width, value);
    if (error != std::errc{} || end != text.data() + at + width) return -1;
    return value;
}

}  // namespace

date parse_iso_date(std::string_view text) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return {};
    int year = digits(text, 0, 4);
    if (year <= 0) return {};
    if (text.size() == 4) return make_date(year);
    if (text[4] != '-') return {};
    int month = digits(text, 5, 2);
    if (month < 1 || month > 12) return {};
    if (text.size() == 7) return make_date(year, month);
    if (text[7] != '-') return {};
    int day = digits(text, 8, 2);
    if (day < 1 || day > days_in_month(year, month)) return {};
    return make_date(year, month, day);
}

bool earlier_start(const date& a, const date& b) {
    if (a.known() != b.known()) return !a.known();
    // A missing month or day reads as the first of the period.
    auto key = [](const date& d) { return d.year * 10000 + std::max(d.month, 1) * 100 + std::max(d.day, 1); };
    return key(a) < key(b);
}

std::string_view to_string(date_role role) {
    switch (role) {
        case date_role::none: return "";
        case date_role::published: return "published";
        case date_role::enacted: return "enacted";
        case date_role::accessed: return "accessed";
        case date_role::archived: return "archived";
        case date_role::communicated: return "communicated";
    }
    return "";
}

date newest_reference_date(const std::vector<reference>& references) {
    date newest;
    for (const reference& r : references)
        if (earlier_start(newest, r.published)) newest = r.published;
    return newest;
}

date default_as_of(const document& d) {
    return d.published.known() ? d.published : newest_reference_date(d.references);
}

}  // namespace citegraph
