// Tests for importers/common: dates in running text and the details of reference entries.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "citegraph/import.hpp"
#include "text/date_scanner.hpp"
#include "text/work_titles.hpp"
#include "importers/common/reference_details.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

// ISO text of every date find_dates sees, in order.
std::vector<std::string> dates_in(std::string_view text) {
    std::vector<std::string> out;
    for (const found_date& d : find_dates(text)) out.push_back(to_iso(d.value));
    return out;
}

using strings = std::vector<std::string>;

// The one date found in text with its role; fails the check if there is not exactly one.
found_date only_date(std::string_view text) {
    std::vector<found_date> found = find_dates(text);
    CAPTURE(text);
    REQUIRE(found.size() == 1);
    return found[0];
}

std::string iso_of(const reference_details& details) { return to_iso(details.published); }

// The reference list of a USDOL country report: lines after "REFERENCES" that start with
// "- ", numbered by position; entries from 29 on print their number, which is dropped.
std::vector<std::string> usdol_references(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> entries;
    std::string line;
    bool in_list = false;
    while (std::getline(in, line)) {
        if (line == "REFERENCES") in_list = true;
        if (!in_list || !line.starts_with("- ")) continue;  // also skips repeated page headers
        std::size_t at = 2;
        while (at < line.size() && line[at] >= '0' && line[at] <= '9') ++at;
        if (at > 2 && at < line.size() && line[at] == ' ') line.erase(0, at + 1);
        else line.erase(0, 2);
        entries.push_back(line);
    }
    return entries;
}

struct expected_reference {
    std::string iso;  // "" to leave the date unchecked
    date_role role = date_role::none;  // none to leave the role unchecked
};

}  // namespace

TEST_SUITE("reference_details") {

TEST_CASE("Month-first dates are read with day or month precision") {
    CHECK(dates_in("Washington, D.C., June 25, 2020.") == strings{"2020-06-25"});
    CHECK(dates_in("Issued June 25 2020 in Geneva") == strings{"2020-06-25"});
    CHECK(dates_in("Country Information. July 2017.") == strings{"2017-07"});
    CHECK(dates_in("Annual report, December of 2021.") == strings{"2021-12"});
    CHECK(dates_in("Signed on June 1st, 2020.") == strings{"2020-06-01"});
    // Capitals and a name's longest spelling.
    CHECK(dates_in("REPORT OF SEPTEMBER 2019") == strings{"2019-09"});
    CHECK(dates_in("Rapport, Septembre 2019.") == strings{"2019-09"});
    CHECK(dates_in("Reported Septembers 2019.") == strings{"2019"});
}

TEST_CASE("Day-first dates are read in English and in French with or without accents") {
    CHECK(dates_in("Letter dated 17 February 2021 from the Panel") == strings{"2021-02-17"});
    CHECK(dates_in("du mercredi 2 août 2017.") == strings{"2017-08-02"});
    CHECK(dates_in("du 2 aout 2017.") == strings{"2017-08-02"});
    CHECK(dates_in("Arrêté du 4 février 2009 complétant") == strings{"2009-02-04"});
    CHECK(dates_in("du 4 fevrier 2009") == strings{"2009-02-04"});
    CHECK(dates_in("Décret du 1er mars 2019.") == strings{"2019-03-01"});
    CHECK(dates_in("le 12 DÉCEMBRE 2018") == strings{"2018-12-12"});
    CHECK(dates_in("le 5\xC2\xA0juillet\xC2\xA0" "2016") == strings{"2016-07-05"});  // no-break spaces
}

TEST_CASE("Author-date and Wikipedia citation dates are read") {
    CHECK(dates_in("Smith, J. (2019, May 5). Title.") == strings{"2019-05-05"});
    CHECK(dates_in("Smith, J. (2019, May). Title.") == strings{"2019-05"});
    CHECK(dates_in("Smith, J. (2019, May 5 Title.").empty());
    reference_details details = read_reference_details(
        "Smith, John (5 May 2019). \"Title\". The Paper. Archived from the original on 3 March 2020. "
        "Retrieved 2 June 2020.");
    CHECK(iso_of(details) == "2019-05-05");
    CHECK(details.role == date_role::published);
    CHECK(only_date("Archived from the original on 3 March 2020.").role == date_role::archived);
}

TEST_CASE("Abbreviated and lower-case month names are read") {
    CHECK(dates_in("Bulletin. Dec. 2015.") == strings{"2015-12"});
    CHECK(dates_in("bulletin, dec 2015") == strings{"2015-12"});
    CHECK(dates_in("Sept. 3, 2019") == strings{"2019-09-03"});
    CHECK(dates_in("rapport de mars 2020 et de juin 2021") == strings{"2020-03", "2021-06"});
    CHECK(dates_in("Decembers 2015 and Decx 2015").empty());
}

TEST_CASE("A month name ending a sentence does not take the next sentence's year") {
    CHECK(dates_in("Gaps exist that may. 2010. Source on file.") == strings{"2010"});
    CHECK(dates_in("Workers that will march. 2019.") == strings{"2019"});
    CHECK(dates_in("The Long March. 2019.") == strings{"2019"});
    CHECK(dates_in("Report of May. 2019.") == strings{"2019"});
    CHECK(dates_in("It may 2017 be so") .empty());
    CHECK(dates_in("Published May 2017.") == strings{"2017-05"});
    CHECK(dates_in("Mar. 2017") == strings{"2017-03"});
}

TEST_CASE("ISO dates are read and impossible days are not") {
    CHECK(dates_in("Updated 2022-10-09.") == strings{"2022-10-09"});
    CHECK(dates_in("2022-13-09 2022-02-30 2022-10-099").empty());
}

TEST_CASE("A day outside its month keeps only the month") {
    CHECK(dates_in("February 29, 2020") == strings{"2020-02-29"});
    CHECK(dates_in("February 29, 2000") == strings{"2000-02-29"});
    CHECK(dates_in("February 29, 2019") == strings{"2019-02"});
    CHECK(dates_in("February 29, 1900") == strings{"1900-02"});
    CHECK(dates_in("April 31, 2017") == strings{"2017-04"});
    CHECK(dates_in("31 juin 2017") == strings{"2017-06"});
    CHECK(dates_in("January 0, 2017") == strings{"2017-01"});
    CHECK(dates_in("2022-02-30 2021-02-29").empty());
}

TEST_CASE("A bare year counts only when it stands alone as a segment") {
    CHECK(dates_in("2017. Title") == strings{"2017"});
    CHECK(dates_in("UN. Annex. New York, 2017.") == strings{"2017"});
    CHECK(dates_in("au Mali. 2010. Source on file.") == strings{"2010"});
    CHECK(dates_in("Published: 2017") == strings{"2017"});
    CHECK(dates_in("Volume 3: 2019; pages") == strings{"2019"});
    CHECK(dates_in("Smith, J. (2017). Title.") == strings{"2017"});
    CHECK(dates_in("Report- 2020: Mali").empty());
    CHECK(dates_in("Practices-2020: Mali").empty());
    CHECK(dates_in("Prospects 2017 Statistical Annex").empty());
    CHECK(dates_in("in 2017 the law").empty());
    CHECK(dates_in("Section, 2017.5 of the code").empty());
}

TEST_CASE("Law and document numbers, ranges and glued years are not dates") {
    CHECK(dates_in("Law 2017-021 modifying the Labor Code").empty());
    CHECK(dates_in("Decree 2011-036 to create").empty());
    CHECK(dates_in("Arrête 2017-4388 Amendment").empty());
    CHECK(dates_in("Report. A/76/871-S/2022/493. Text").empty());
    CHECK(dates_in("Report. S/2020/525.").empty());
    CHECK(dates_in("Forced Labour Convention, 1930 (No. 29) Mali").empty());
    CHECK(dates_in("Mali (ratification: 1960).").empty());
    CHECK(dates_in("pursuant to resolution 2374 (2017) on Mali").empty());
    CHECK(dates_in("Plan of Action 2018–2022.").empty());
    CHECK(dates_in("Agriculture, 2015–2020.").empty());
    CHECK(dates_in("Agriculture, 2015-2020.").empty());
    CHECK(dates_in("Code du Travail, Loi N° 92-020.").empty());
    CHECK(dates_in("Loi 99 – 046.").empty());
    CHECK(dates_in("Ordonnance n°2016-020 Portant").empty());
    CHECK(dates_in("Newsletter 2017: Special Edition.").empty());
    CHECK(dates_in("Education For All Project (P123503).").empty());
    CHECK(dates_in("CEDAW/C/MLI/CO/6-7.").empty());
    CHECK(dates_in("Depot N°20 10 1 51 1 4L.").empty());
}

TEST_CASE("Numbers inside URLs are not dates") {
    CHECK(dates_in("See https://example.org/2017/06/30/report-2017-04-14.pdf, 2019.") == strings{"2019"});
    CHECK(dates_in("www.example.org/2016-05-04 June 5, 2017") == strings{"2017-06-05"});
    CHECK(dates_in("http://x.org/ISR-P123503-04-14-2017-149.pdf").empty());
}

TEST_CASE("A date before a colon counts") {
    CHECK(dates_in("Conflict. June 9, 2020: A/74/845–S/2020/525.") == strings{"2020-06-09"});
    CHECK(dates_in("(P123503). April 14, 2017: Implementation Status") == strings{"2017-04-14"});
    CHECK(dates_in("Issues. October 2017: Technical Progress Report.") == strings{"2017-10"});
}

TEST_CASE("Labels set the role of the date they follow") {
    CHECK(only_date("Published: 2017.").role == date_role::published);
    CHECK(only_date("Published 2017.").role == date_role::published);
    CHECK(only_date("Enacted: September 23, 1992.").role == date_role::enacted);
    CHECK(only_date("Accessed March 3, 2022.").role == date_role::accessed);
    CHECK(only_date("Accessed: December 27, 2019.").role == date_role::accessed);
    CHECK(only_date("Retrieved 2 May 2019.").role == date_role::accessed);
    CHECK(only_date("accessed on 2022-10-09").role == date_role::accessed);
    CHECK(only_date("consulté le 2 mai 2019").role == date_role::accessed);
    CHECK(only_date("Analysis received March 2022.").role == date_role::communicated);
    CHECK(only_date("Letter dated 17 February 2021 from").role == date_role::none);
    CHECK(only_date("Mali. 2010.").role == date_role::none);
}

TEST_CASE("Offsets and lengths cover the date text") {
    std::string_view text = "Title. L’Essor, October 4, 2017. Enacted: 1992.";
    std::vector<found_date> found = find_dates(text);
    REQUIRE(found.size() == 2);
    CHECK(text.substr(found[0].offset, found[0].length) == "October 4, 2017");
    CHECK(text.substr(found[1].offset, found[1].length) == "1992");
}

TEST_CASE("Years outside 1800 to 2099 are ignored") {
    CHECK(dates_in("Treaty. 1799.").empty());
    CHECK(dates_in("June 5, 2100").empty());
    CHECK(dates_in("Treaty. 1800.") == strings{"1800"});
    CHECK(dates_in("Plan. 2099.") == strings{"2099"});
}

TEST_CASE("Empty and malformed input gives no dates and no details") {
    CHECK(find_dates("").empty());
    CHECK(find_dates("\x80\xBF\xC3 \xE2\x80 June \xFF").empty());
    CHECK(dates_in("June 5, \xC3") .empty());
    reference_details details = read_reference_details("");
    CHECK(details.urls.empty());
    CHECK_FALSE(details.published.known());
    CHECK(details.kind == reference_kind::other);
    CHECK_FALSE(read_reference_details("[[[(((<<<http://").published.known());
}

TEST_CASE("Bare URLs lose trailing punctuation and are listed once") {
    reference_details details = read_reference_details(
        "A. B. https://a.org/x.pdf, see https://b.org/y; and https://a.org/x.pdf.");
    CHECK(details.urls == strings{"https://a.org/x.pdf", "https://b.org/y"});
    CHECK(read_reference_details("(see http://a.org/x).").urls == strings{"http://a.org/x"});
    CHECK(read_reference_details("see http://en.wikipedia.org/wiki/Foo_(bar).").urls ==
          strings{"http://en.wikipedia.org/wiki/Foo_(bar)"});
    CHECK(read_reference_details("HTTPS://A.ORG/").urls == strings{"HTTPS://A.ORG/"});
    CHECK(read_reference_details("ftp://a.org/ and xhttp://b.org").urls.empty());
}

TEST_CASE("URLs in angle brackets may contain spaces") {
    reference_details details = read_reference_details(
        "Code du Travail. Enacted: 1992. <http://www.ilo.org/dyn/travail/docs/1328/Mali - Code du Travail.pdf>");
    CHECK(details.urls == strings{"http://www.ilo.org/dyn/travail/docs/1328/Mali - Code du Travail.pdf"});
}

TEST_CASE("A markdown link gives its target once and never its label") {
    reference_details details = read_reference_details(
        "Exposé. July 15, 2016. [http://a.org/Shared Documents/x.pdf](http://a.org/Shared%20Documents/x.pdf)");
    CHECK(details.urls == strings{"http://a.org/Shared%20Documents/x.pdf"});
    CHECK(iso_of(details) == "2016-07-15");
    CHECK(read_reference_details("[the report](https://a.org/r (2017).pdf)").urls ==
          strings{"https://a.org/r (2017).pdf"});
    CHECK(read_reference_details("[x](<https://a.org/b c>) [y](https://d.org \"Title\")").urls ==
          strings{"https://a.org/b c", "https://d.org"});
    CHECK(read_reference_details("[label] (not a link) http://e.org").urls == strings{"http://e.org"});
}

TEST_CASE("A Published or Enacted label wins over later dates") {
    reference_details details = read_reference_details(
        "ILO. Observation. Published: 2018. Accessed March 3, 2022. Reviewed June 5, 2022.");
    CHECK(iso_of(details) == "2018");
    CHECK(details.role == date_role::published);
    details = read_reference_details("Government. Arrête du 4 février 2009. Enacted: February 4, 2009.");
    CHECK(iso_of(details) == "2009-02-04");
    CHECK(details.role == date_role::enacted);
}

TEST_CASE("An access date dates the entry only when nothing else does") {
    reference_details details = read_reference_details(
        "ILO. Project page. Accessed February 22, 2019. https://www.ilo.org/p/2018/x.htm");
    CHECK(iso_of(details) == "2019-02-22");
    CHECK(details.role == date_role::accessed);
    details = read_reference_details("ILO. Project page. June 2018. Accessed February 22, 2019.");
    CHECK(iso_of(details) == "2018-06");
    CHECK(details.role == date_role::published);
}

TEST_CASE("Received dates and personal communications are communicated") {
    reference_details details = read_reference_details(
        "ILO. Analysis of Surveys. Original data, 2015. Analysis received March 2022.");
    CHECK(iso_of(details) == "2022-03");
    CHECK(details.role == date_role::communicated);
    details = read_reference_details("Embassy official. E-mail communication to the author. June 21, 2022.");
    CHECK(details.role == date_role::communicated);
    CHECK(details.kind == reference_kind::personal_communication);
}

TEST_CASE("Each kind is recognised from its own evidence") {
    auto kind_of = [](std::string_view text) { return read_reference_details(text).kind; };
    CHECK(kind_of("Smith, Ann. Email to the author. May 2, 2020.") == reference_kind::personal_communication);
    CHECK(kind_of("Doe, J. Interview with the minister. 2019.") == reference_kind::personal_communication);
    CHECK(kind_of("Officer. Telephone call. May 2, 2020.") == reference_kind::personal_communication);
    CHECK(kind_of("U.S. Embassy- Bamako. Reporting. February 14, 2020.") == reference_kind::internal_reporting);
    CHECK(kind_of("U.S. Consulate Lagos. Reporting. 2019.") == reference_kind::internal_reporting);
    CHECK(kind_of("State Department. Cable 12345. May 2, 2020.") == reference_kind::internal_reporting);
    CHECK(kind_of("Congress. Trafficking Victims Protection Act. 2000.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Draft Loi sur la traite. November 7, 2019.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Décret N° 10-474. 2010.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Arrêté du 4 février 2009.") == reference_kind::legislation);
    CHECK(kind_of("Gov. La Constitution. Enacted: 1992.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Something important. Enacted: 1992.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Portant statut des militaires. 2016.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Circulaire interministérielle. 2013.") == reference_kind::legislation);
    CHECK(kind_of("Gov. Projet de loi relatif a la traite. 2012.") == reference_kind::legislation);
    CHECK(kind_of("Law No. 5 on labour. 2017.") == reference_kind::legislation);
    // A segment of "Reporting" alone, in any case or with an accent, is internal reporting;
    // a segment that says more is not.
    CHECK(kind_of("Ministry of Labor. Reporting. 2019.") == reference_kind::internal_reporting);
    CHECK(kind_of("Ministry of Labor. REPORTING. 2019.") == reference_kind::internal_reporting);
    CHECK(kind_of("Ministry of Labor. Réporting. 2019.") == reference_kind::internal_reporting);
    CHECK(kind_of("Ministry of Labor. Reporting on child labor. 2019.") == reference_kind::report);
    // Legislative words in capitals, with or without accents; "act" only capitalised.
    CHECK(kind_of("Gov. DÉCRET N° 10-474. 2010.") == reference_kind::legislation);
    CHECK(kind_of("Gov. The LABOR CODE. 2010.") == reference_kind::legislation);
    CHECK(kind_of("Gov. How we act on labour. 2010.") == reference_kind::report);
    CHECK(kind_of("ABA. How to act on forced labour. 2017.") == reference_kind::report);
    CHECK(kind_of("UN. World Prospects. New York, 2017. Please see “Labor Law Enforcement: Sources”.") ==
          reference_kind::report);
    CHECK(kind_of("UNESCO. Gross intake ratio. Accessed March 3, 2022. <http://data.uis.unesco.org/>") ==
          reference_kind::web_page);
    CHECK(kind_of("UNESCO Institute for Statistics. Gross intake ratio. Accessed March 3, 2022.") ==
          reference_kind::dataset);
    CHECK(kind_of("World Bank. World Development Indicators. 2021.") == reference_kind::dataset);
    CHECK(kind_of("Vella, Heidi. Mining in Mali. Mining Technology, July 2, 2017.") == reference_kind::news);
    CHECK(kind_of("Djire, D. Orpaillage. L’Essor, October 4, 2017.") == reference_kind::news);
    CHECK(kind_of("State. TIP Report. Washington, D.C., June 25, 2020.") == reference_kind::report);
    CHECK(kind_of("Paper. Title. London, June 25, 2020.") == reference_kind::report);
    CHECK(kind_of("Site. Title. June 2, 2017. https://s.net/2020/02/04/story/") == reference_kind::news);
    CHECK(kind_of("Site. Title. June 2, 2017. https://www.iom.int/news/training") == reference_kind::news);
    CHECK(kind_of("Site. Newsletter. June 2017. https://a.org/Newsletter_June.pdf") == reference_kind::report);
    CHECK(kind_of("ABA. Mali Programs. Accessed February 28, 2018. https://a.org/p.html") ==
          reference_kind::web_page);
    CHECK(kind_of("ABA. Mali Programs. Accessed February 28, 2018.") == reference_kind::report);  // no URL
    CHECK(kind_of("Just some words") == reference_kind::other);
}

TEST_CASE("Source on file and drafts are flagged") {
    CHECK(read_reference_details("Gov. Plan. 2010. Source on file.").source_on_file);
    CHECK(read_reference_details("Gov. Plan. 2010. SOURCE ON FILE").source_on_file);
    CHECK_FALSE(read_reference_details("Gov. Plan. 2010. Sources on filing").source_on_file);
    // In the entry's notes too, after "Please see", where the draft flag does not look.
    CHECK(read_reference_details("Gov. Plan. 2010. Please see the annex. Source on file.").source_on_file);
    CHECK(read_reference_details("Gov. Draft Loi sur la traite. 2019.").draft);
    CHECK(read_reference_details("Gov. Code pénal (draft). 2019.").draft);
    CHECK(read_reference_details("Gov. Avant-projet de code. 2019.").draft);
    CHECK(read_reference_details("Gov. Projet de loi relatif. 2012.").draft);
    CHECK_FALSE(read_reference_details("Gov. Drafting guide. 2019.").draft);
    CHECK_FALSE(read_reference_details("Gov. Lancement d'un projet de lutte. 2019.").draft);
}

TEST_CASE("The Mali reference list gets the expected dates, roles and kinds") {
    std::vector<std::string> entries = usdol_references(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt");
    REQUIRE(entries.size() == 80);
    CHECK(entries[28].starts_with("Kibaru."));

    const std::map<int, expected_reference> dates = {
        {1, {"2017", date_role::published}},          {8, {"2022-03-03", date_role::accessed}},
        {9, {"2022-03", date_role::communicated}},    {18, {"2021-02-17", date_role::published}},
        {36, {"1992-09-23", date_role::enacted}},     {55, {"2017-08-02", date_role::none}},
        {63, {"2020-06-09", date_role::none}},        {47, {"2018", date_role::published}},
        {54, {"2017", date_role::none}},              {62, {"2018-12", date_role::none}},
        {67, {"2015", date_role::none}},              {68, {"2017-10", date_role::none}},
        {19, {"2016-07-25", date_role::none}},        {26, {"2016-04", date_role::none}},
        {38, {"2009-02-04", date_role::enacted}},     {40, {"2012", date_role::enacted}},
        {44, {"1999-12-29", date_role::enacted}},     {78, {"2017-04-14", date_role::none}},
        {70, {"2019-02-22", date_role::accessed}},    {71, {"2019-12-27", date_role::accessed}},
        {13, {"2022-06-21", date_role::communicated}}, {57, {"2022-07-06", date_role::communicated}},
        {6, {"2022-06-23", date_role::none}},         {25, {"2018-06-28", date_role::none}},
    };
    for (const auto& [entry_number, expected] : dates) {
        const int number = entry_number;  // CAPTURE's lambda cannot name a binding in clang 14
        const std::string& text = entries[static_cast<std::size_t>(number - 1)];
        CAPTURE(number);
        CAPTURE(text);
        reference_details details = read_reference_details(text);
        CHECK(iso_of(details) == expected.iso);
        if (expected.role != date_role::none) CHECK(to_string(details.role) == to_string(expected.role));
    }

    const std::map<reference_kind, std::vector<int>> kinds = {
        {reference_kind::internal_reporting, {3, 5, 7, 11}},
        {reference_kind::personal_communication, {13, 14, 32, 35, 57, 69, 75}},
        {reference_kind::legislation,
         {34, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 49, 51, 52, 59}},
        {reference_kind::dataset, {8, 9}},
        {reference_kind::web_page, {70, 71, 76}},
        {reference_kind::news, {15, 17, 23, 77}},
        {reference_kind::report, {4, 6, 12}},
    };
    for (const auto& [kind, numbers] : kinds) {
        for (int number : numbers) {
            const std::string& text = entries[static_cast<std::size_t>(number - 1)];
            CAPTURE(number);
            CAPTURE(text);
            CHECK(to_string(read_reference_details(text).kind) == to_string(kind));
        }
    }

    CHECK(read_reference_details(entries[35]).urls ==
          strings{"http://www.ilo.org/dyn/travail/docs/1328/Mali - Code du Travail.pdf"});
    CHECK(read_reference_details(entries[59]).urls ==
          strings{"http://tbinternet.ohchr.org/Treaties/CEDAW/Shared%20Documents/MLI/INT_CEDAW_STA_MLI_24543_F.pdf"});
    CHECK(read_reference_details(entries[9]).source_on_file);
    CHECK(read_reference_details(entries[39]).draft);
    CHECK(read_reference_details(entries[44]).draft);
    CHECK_FALSE(read_reference_details(entries[36]).draft);
}

TEST_CASE("Every Mali reference is dated and the newest is July 6, 2022") {
    std::vector<std::string> entries = usdol_references(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt");
    REQUIRE(entries.size() == 80);
    std::string undated;
    date newest;
    int newest_number = 0;
    for (std::size_t k = 0; k < entries.size(); ++k) {
        reference_details details = read_reference_details(entries[k]);
        if (!details.published.known()) undated += std::to_string(k + 1) + " ";
        if (earlier_start(newest, details.published)) {
            newest = details.published;
            newest_number = static_cast<int>(k + 1);
        }
    }
    INFO("undated references: " << undated);
    CHECK(undated.empty());
    CHECK(to_iso(newest) == "2022-07-06");
    CHECK(newest_number == 57);
}

}  // TEST_SUITE

TEST_CASE("Entries split once for details and title read as when each is split on its own") {
    // fill_from_text shares one split of the entry between its details and its title; the
    // Mali report's entries and the PLOS article's (DOIs among them, which the title's split
    // overwrites first) must read as read_reference_details and entry_title read them apart.
    std::vector<std::string> entries = usdol_references(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt");
    diagnostics warnings;
    const document plos =
        import_file(std::string(CITEGRAPH_TEST_DATA) + "/jats-plosone-2020-dairy-lca.nxml", "", warnings);
    std::size_t with_doi = 0;
    for (const reference& r : plos.references) {
        entries.push_back(r.text);
        with_doi += r.text.find("10.") != std::string::npos ? 1 : 0;
    }
    REQUIRE(entries.size() > 120);
    REQUIRE(with_doi > 10);
    for (const std::string& entry : entries) {
        CAPTURE(entry);
        reference r;
        r.text = entry;
        fill_from_text(r);
        const reference_details apart = read_reference_details(entry);
        CHECK(r.title == entry_title(entry));
        CHECK(r.urls == apart.urls);
        CHECK(r.doi == apart.doi);
        CHECK(r.kind == apart.kind);
        CHECK(r.role == apart.role);
        CHECK(to_iso(r.published) == to_iso(apart.published));
        CHECK(r.dates.size() == apart.dates.size());
        CHECK(r.source_on_file == apart.source_on_file);
        CHECK(r.draft == apart.draft);
    }
}
