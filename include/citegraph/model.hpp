// The document model every importer produces and everything downstream reads.
// Standard library only: importers depend on this header, never the other way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/claims.hpp"
#include "citegraph/location.hpp"
#include "citegraph/rarely_set.hpp"

namespace citegraph {

enum class date_precision { none, year, month, day };

// A calendar date known to a precision: "2017", "2016-04" or "2022-01-14".
// Fields finer than the precision are 0.
struct date {
    int year = 0;
    int month = 0;
    int day = 0;
    date_precision precision = date_precision::none;

    // false for the default-constructed "no date".
    bool known() const { return precision != date_precision::none; }
    friend bool operator==(const date&, const date&) = default;
};

// Builds a date of year, year-month or day precision; month/day 0 lower the precision.
date make_date(int year, int month = 0, int day = 0);

// ISO 8601 text of the date's own precision ("2017", "2016-04", "2022-01-14"); "" if unknown.
std::string to_iso(const date& d);

// Parses what to_iso writes; returns an unknown date for anything else, a day its month
// lacks too ("2022-02-30", "2023-02-29").
date parse_iso_date(std::string_view text);

// The number of days of a month (1..12) of the Gregorian calendar: February has 29 in leap years.
int days_in_month(int year, int month);

// Orders dates by the first day of the period they name; an unknown date sorts first.
bool earlier_start(const date& a, const date& b);

// What a reference's date says happened on it.
enum class date_role : std::uint8_t { none, published, enacted, accessed, archived, communicated };

// Lower-case name: "published", "enacted", "accessed", "archived", "communicated"; "" for none.
std::string_view to_string(date_role role);

// One date a reference names, with what happened on it.
struct role_date {
    date value;
    date_role role = date_role::none;
    friend bool operator==(const role_date&, const role_date&) = default;
};

enum class reference_kind : std::uint8_t {
    other,
    legislation,            // laws, codes, decrees, constitutions: judged in force, not by age
    personal_communication, // e-mail, letters to the author, interviews
    internal_reporting,     // embassy cables and other reporting that is not public
    news,
    report,
    web_page,
    dataset,
    article,                // a journal or conference article (JATS "journal", TEI level "j", Wikipedia cite journal)
    book,                   // a book or a chapter of one
};

// Lower-case name with hyphens: "legislation", "personal-communication", ...
std::string_view to_string(reference_kind kind);

// What few references of a corpus carry: plain-text reports give none of it.
struct reference_extra {
    std::string id;                 // the input's own name for it ("B12", "b4", "cite_note-5"); "" if none
    std::string pmid;               // PubMed ID, digits only ("31907089"); "" if none
    // Indices into document::bibliography: the full entries a short note points to
    // ("Carboneras 1992, p. 536" -> the Sources list entry); the note takes their date.
    std::vector<std::size_t> full_entries;
    friend bool operator==(const reference_extra&, const reference_extra&) = default;
};

// One entry of a document's reference list.
// 184 bytes: the strings and lists first, the small fields last, together.
struct reference {
    std::string text;               // the entry as printed, markup removed
    std::string title;              // the work's title: tagged in JATS and TEI, else read from text; "" if none
    std::string doi;                // "10.1371/journal.pone.0234687", lower-case; "" if none
    std::vector<std::string> urls;  // in order of appearance, each once
    std::vector<role_date> dates;   // every date the entry names, in order (published among them)
    // Its id, PubMed ID and full entries (reference_extra): read extra->pmid, set with
    // extra.edit().pmid. Apart, since most references have none of them.
    rarely_set<reference_extra> extra;
    date published;                 // the date that dates the work (see role)
    location where;
    int number = 0;                 // the number claims cite it by (list order for author-year)
    date_role role = date_role::none;
    reference_kind kind = reference_kind::other;
    bool source_on_file = false;    // "Source on file": held by the author, not public
    bool draft = false;             // a draft or bill, not a final text
};

// How claims name references: by number ("[3]", "(3,5)") or by author and year
// ("Smith et al., 2019"), where citegraph numbers the list in order.
enum class citation_style { numbered, author_year };

// "numbered" or "author-year".
std::string_view to_string(citation_style style);

// How the text points at references: numbers in brackets ("[4]") or in parentheses
// ("(3,5)"), superscripts (which text converted from PDF flattens into the line:
// "program.1 We"), or links the markup tags (JATS <xref>, TEI <ref>, HTML anchors).
enum class callout_style { bracket, parenthesis, superscript, markup };

// "bracket", "parenthesis", "superscript" or "markup".
std::string_view to_string(callout_style style);

struct section {
    std::string title;              // "" for the text before the first heading
    location where;
};

struct document {
    std::string path;               // as the user named it
    std::string format;             // the importer that read it: "text", "jats", ...
    std::string title;
    std::string doi;                // the document's own DOI, lower-case; "" if it names none
    std::string url;                // its own canonical URL; "" if it names none
    date published;                 // its own publication date; unknown if it names none
    int reporting_year = 0;         // the year the document reports on; 0 if unknown
    date as_of;                     // when it was written: its publication date, else its newest reference date
    citation_style style = citation_style::numbered;
    callout_style callouts = callout_style::bracket;  // read by the importer, once per document
    std::vector<section> sections;  // never empty once imported: [0] holds text before any heading
    claim_list claims;              // the claims in document order, their texts and numbers held together
    std::vector<reference> references;
    // Unnumbered full entries that short notes point to (Wikipedia's "Sources" list);
    // empty for most documents. Claims never cite these directly.
    std::vector<reference> bibliography;
};

// The latest-starting date among the references (when the document was written, for a
// document that names no date of its own); unknown if no reference is dated.
date newest_reference_date(const std::vector<reference>& references);

// The date a document is judged at unless the user gives one: its own publication date,
// else its newest reference date; unknown if it has neither.
date default_as_of(const document& d);

}  // namespace citegraph
