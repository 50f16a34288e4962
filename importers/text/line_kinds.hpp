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

// true for a reference list entry: "- text" (or a lone "-"); false otherwise.
bool is_list_entry(std::string_view line);

// true for a short line (<= 120 bytes) without terminal punctuation, a tab or a citation
// group: a subheading, title or page footer, never a claim. false for "".
bool looks_like_heading(std::string_view line);

// true if prose text ends a sentence: '.', '!' or '?' (closing quotes allowed after),
// or a citation group. false for "" and for text cut mid-sentence ("... costs, and").
bool ends_sentence(std::string_view text);

}  // namespace citegraph::text_import
