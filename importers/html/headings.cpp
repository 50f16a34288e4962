#include "headings.hpp"

#include <array>
#include <vector>

#include "html_tree.hpp"
#include "importers/common/utf8_text.hpp"

namespace citegraph::html_import {

namespace {

// The folded words of a title, letters and digits only.
std::vector<std::string> words_of(std::string_view title) {
    std::vector<std::string> words;
    const std::string folded = text::fold(title);
    std::size_t at = 0;
    while (at < folded.size()) {
        if (!text::is_word_char(folded, at)) {
            at += std::max<std::size_t>(1, text::char_length(folded, at));
            continue;
        }
        const std::size_t end = text::word_end(folded, at);
        words.push_back(folded.substr(at, end - at));
        at = end;
    }
    return words;
}

template <std::size_t N>
bool among(const std::string& word, const std::array<std::string_view, N>& set) {
    for (std::string_view w : set)
        if (word == w) return true;
    return false;
}

// Words that name the reference list itself.
constexpr std::array<std::string_view, 10> note_words{
    "references", "reference", "notes", "note", "footnotes", "footnote",
    "endnotes", "citations", "citation", "refs"};

// Words that name a list of full source entries.
constexpr std::array<std::string_view, 5> source_words{"sources", "bibliography", "cited", "literature",
                                                       "works"};

// Words that may stand beside them in a back-matter title ("Notes and references",
// "See also", "External links", "Further reading", "General references").
constexpr std::array<std::string_view, 13> other_back_words{
    "see", "also", "external", "links", "link", "further", "reading", "and", "general",
    "explanatory", "specific", "related", "source"};

}  // namespace

int heading_level(const GumboNode* node) {
    switch (tag_of(node)) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

std::string heading_text(const GumboNode* heading) {
    return plain_text(heading, [](const GumboNode* n) { return has_class(n, "mw-editsection"); });
}

bool is_back_matter(std::string_view title) {
    const std::vector<std::string> words = words_of(title);
    bool core = false;
    for (const std::string& w : words) {
        if (among(w, note_words) || among(w, source_words)) core = true;
        else if (w == "also" || w == "links" || w == "reading") core = true;
        else if (!among(w, other_back_words)) return false;
    }
    return core;
}

bool is_notes_title(std::string_view title) {
    const std::vector<std::string> words = words_of(title);
    bool named = false;
    for (const std::string& w : words) {
        if (among(w, note_words)) named = true;
        else if (w != "and" && w != "general" && w != "explanatory" && w != "specific") return false;
    }
    return named;
}

bool is_sources_title(std::string_view title) {
    if (is_reading_list_title(title)) return false;
    for (const std::string& w : words_of(title))
        if (w == "sources" || w == "bibliography" || w == "cited" || w == "literature") return true;
    return false;
}

bool is_reading_list_title(std::string_view title) {
    for (const std::string& w : words_of(title))
        if (w == "further" || w == "reading" || w == "external" || w == "also") return true;
    return false;
}

}  // namespace citegraph::html_import
