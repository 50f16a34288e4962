#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"

using namespace citegraph;

TEST_SUITE("model") {

TEST_CASE("a date prints as ISO text of its own precision") {
    CHECK(to_iso(make_date(2017)) == "2017");
    CHECK(to_iso(make_date(2016, 4)) == "2016-04");
    CHECK(to_iso(make_date(2022, 1, 14)) == "2022-01-14");
    CHECK(to_iso(date{}) == "");
    // Zero-padded to four digits for the year, two for month and day; never cut.
    CHECK(to_iso(make_date(987, 12, 31)) == "0987-12-31");
    CHECK(to_iso(make_date(12345, 10)) == "12345-10");
    CHECK(to_iso(date{-5, 3, 0, date_precision::month}) == "-005-03");
}

TEST_CASE("make_date lowers the precision when month or day is missing") {
    CHECK(make_date(2020, 0, 5).precision == date_precision::year);
    CHECK(make_date(2020, 13).precision == date_precision::year);
    CHECK(make_date(2020, 6, 0).precision == date_precision::month);
    CHECK_FALSE(make_date(0).known());
}

TEST_CASE("ISO text parses back to the same date and rejects anything else") {
    for (const char* text : {"2017", "2016-04", "2022-01-14", "2024-02-29", "2000-02-29", "2022-12-31"}) {
        CAPTURE(text);
        CHECK(to_iso(parse_iso_date(text)) == text);
    }
    for (const char* text : {"", "17", "2017-13", "2017-1-01", "2017/01/01", "2017-02-32", "abcd",
                             "2022-02-30", "2023-02-29", "1900-02-29", "2022-04-31", "2022-06-31"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_iso_date(text).known());
    }
}

TEST_CASE("dates order by the first day of their period, unknown first") {
    CHECK(earlier_start(date{}, make_date(1900)));
    CHECK(earlier_start(make_date(2017), make_date(2017, 1, 1)) == false);
    CHECK(earlier_start(make_date(2017, 1), make_date(2017, 1, 2)));
    CHECK(earlier_start(make_date(2016, 12, 31), make_date(2017)));
    CHECK_FALSE(earlier_start(make_date(2018), make_date(2017, 12, 31)));
}

TEST_CASE("the newest reference date is the latest-starting one, unknown for none") {
    std::vector<reference> refs(3);
    refs[0].published = make_date(2021, 6);
    refs[1].published = make_date(2021);
    refs[2].published = make_date(2020, 12, 31);
    CHECK(to_iso(newest_reference_date(refs)) == "2021-06");
    CHECK_FALSE(newest_reference_date({}).known());
    CHECK_FALSE(newest_reference_date(std::vector<reference>(2)).known());
}

TEST_CASE("a document is judged at its own date, else at its newest reference date") {
    document d;
    CHECK_FALSE(default_as_of(d).known());
    d.references.resize(1);
    d.references[0].published = make_date(2021, 6);
    CHECK(to_iso(default_as_of(d)) == "2021-06");
    d.published = make_date(2020, 3, 8);
    CHECK(to_iso(default_as_of(d)) == "2020-03-08");
}

TEST_CASE("an age limit reads years, months and days") {
    CHECK(parse_age_limit("3y") == age_limit{3, 0, 0});
    CHECK(parse_age_limit("18m") == age_limit{0, 18, 0});
    CHECK(parse_age_limit("90d") == age_limit{0, 0, 90});
    CHECK(parse_age_limit("1y6m") == age_limit{1, 6, 0});
    CHECK(to_string(parse_age_limit("1y6m")) == "1y6m");
    CHECK(to_string(age_limit{0, 0, 0}) == "0d");
}

TEST_CASE("a malformed age limit is refused with the text it was given") {
    for (const char* text : {"", "3", "y", "3w", "3y2", "-3y", "99999999y"}) {
        CAPTURE(text);
        CHECK_THROWS_WITH_AS(parse_age_limit(text), doctest::Contains((std::string("'") + text + "'").c_str()),
                             std::invalid_argument);
    }
}

TEST_CASE("an input error names file, line and column") {
    input_error e("report.txt", {3, 17}, "invalid UTF-8");
    CHECK(std::string(e.what()) == "report.txt:3:17: error: invalid UTF-8");
    CHECK(std::string(input_error("x.txt", {}, "empty document").what()) == "x.txt: error: empty document");
}

TEST_CASE("locate turns a byte offset into line and column") {
    const std::string_view text = "ab\ncd\n\nef";
    CHECK(locate(text, 0) == location{1, 1});
    CHECK(locate(text, 4) == location{2, 2});
    CHECK(locate(text, 7) == location{4, 1});
    CHECK(locate(text, 1000) == location{4, 3});
}

TEST_CASE("a place past 32 bits is held at the largest line and column, not wrapped") {
    CHECK(at_line_column(12, 40) == location{12, 40});
    CHECK(at_line_column(4294967295u, 1) == location{4294967295u, 1});
    CHECK(at_line_column(std::size_t{1} << 32, (std::size_t{1} << 40) + 5) == location{4294967295u, 4294967295u});
    // A claim and its place stay small: a corpus holds hundreds of thousands of claims.
    CHECK(sizeof(location) == 8);
    CHECK(sizeof(claim) <= sizeof(std::string) + sizeof(std::vector<int>) + 16);
}

TEST_CASE("a reference's small fields share one 16-byte run after its strings, lists, extra and date") {
    // A corpus holds one per reference, hundreds of thousands of them.
    CHECK(sizeof(reference) ==
          3 * sizeof(std::string) + 2 * sizeof(std::vector<int>) + sizeof(void*) + sizeof(date) + 16);
}

TEST_CASE("a rarely set value reads as empty without room of its own, and copies what it holds") {
    reference r;
    CHECK(r.extra->id.empty());
    CHECK(r.extra->full_entries.empty());
    CHECK_FALSE(r.extra.allocated());  // reading allocated nothing

    r.extra.edit().pmid = "31907089";
    r.extra.edit().full_entries = {3, 5};
    CHECK(r.extra.allocated());
    reference copy = r;
    r.extra.edit().pmid = "1";
    CHECK(copy.extra->pmid == "31907089");  // a copy of the value, not of the pointer
    CHECK(copy.extra->full_entries == std::vector<std::size_t>{3, 5});
    CHECK_FALSE(copy.extra == r.extra);

    copy = reference{};
    CHECK_FALSE(copy.extra.allocated());
    CHECK(copy.extra == reference{}.extra);
    const reference moved = std::move(r);
    CHECK(moved.extra->pmid == "1");
}

}
