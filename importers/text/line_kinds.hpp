// What a single trimmed line of a report is: a section heading, a table title, the
// start of the reference list, a short heading-like line, or ordinary prose.
#pragma once

#include <optional>
#include <string_view>

namespace citegraph::text_import {

// true for "I. PREVALENCE AND ..." .. "VII. SUGGESTED ...": a roman numeral, ". ", an
// uppercase letter, no tab, no terminal punctuation, no citation group; false for "".
bool is_section_heading(std::string_view line);

struct table_title {
    bool continued = false;  // "... (Cont.)": the table goes on after a page break
};

// "Table 6. Title" (also OCR'd "Table I I. Title"): "Table", a short token of letters,
// digits and spaces, ". ". nullopt for prose such as "Table 2 provides ..." and for "".
std::optional<table_title> read_table_title(std::string_view line);

// true for "REFERENCES", "References", "Bibliography", "Sources", "Works Cited" alone on
// the line (any case, an optional trailing colon); false otherwise.
bool is_references_heading(std::string_view line);

// How a reference list entry starts: an optional bullet ("-", "•", "*") and an optional
// number written "[N]", "N." or "N)" (at least one of the two), then a space or the end;
// a number of two digits or more may also run into a capital ("10.Wang, R.").
struct entry_marker {
    int number = 0;          // 0 when only a bullet marks the entry
    std::size_t length = 0;  // bytes of the marker and the spaces after it
};

// The entry marker at the start of a trimmed line; nullopt for "", prose and a bare
// number without punctuation ("29 Kibaru" is read by the list numbering instead).
std::optional<entry_marker> read_entry_marker(std::string_view line);

// true if the line starts with an entry marker; false otherwise.
bool is_list_entry(std::string_view line);

// The number the trimmed line's entry marker writes ("[3] Hu W." -> 3); 0 if it has none,
// or only a bullet.
int entry_number(std::string_view line);

// The number of a trimmed line that is nothing but a numbered marker ("4.", "[4]"), as PDF
// conversions print a column of numbers apart from their entries; 0 otherwise.
int bare_entry_number(std::string_view line);

// true if a line ends the way a whole reference entry does: with a full stop, or with a
// URL (bare, in angle brackets or as a Markdown link), which citation styles put last.
bool ends_entry(std::string_view line);

// true if the text names a year from 1900 to 2099 standing alone, "doi", "www." or a URL:
// what a line of a reference entry has and a numbered heading or step mostly has not.
bool names_year_or_link(std::string_view text);

// true for a short line (<= 120 bytes) without terminal punctuation, a tab or a citation
// group: a subheading, title or page footer, never a claim. false for "".
bool looks_like_heading(std::string_view line);

// true if prose text ends a sentence: '.', '!' or '?' (closing quotes allowed after),
// or a citation group. false for "" and for text cut mid-sentence ("... costs, and").
bool ends_sentence(std::string_view text);

}  // namespace citegraph::text_import
