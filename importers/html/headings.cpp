#include "headings.hpp"

#include <array>
#include <vector>

#include "html_tree.hpp"
#include "text/utf8_text.hpp"

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

// Whether every letter of an element's text is inside <b> or <strong> (bold says so) and no
// block element is inside it: a bold line, not a paragraph with a bold lead or a container.
bool all_bold(const GumboNode* node, bool bold) {
    const GumboVector* children = children_of(node);
    for (unsigned i = 0; i < children->length; ++i) {
        auto* child = static_cast<const GumboNode*>(children->data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
            if (!bold) return false;
            continue;
        }
        if (!is_element(child)) continue;
        const GumboTag tag = tag_of(child);
        if (is_block(tag)) return false;
        if (!all_bold(child, bold || tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG)) return false;
    }
    return true;
}

// A bold line's title that stands for a reference list's heading: words that name a list of
// notes or sources in the plural, nothing else ("References", "Notes and references",
// "Works cited", "Bibliography"). Singular words stay out: a bold "Note:" in running text
// is no heading, and taking it for one would end the prose.
bool is_bold_list_title(std::string_view title) {
    constexpr std::array<std::string_view, 8> naming{"references", "notes", "endnotes", "footnotes",
                                                     "citations", "sources", "bibliography", "cited"};
    constexpr std::array<std::string_view, 3> joining{"and", "works", "literature"};
    bool named = false;
    for (const std::string& w : words_of(title)) {
        if (among(w, naming)) named = true;
        else if (!among(w, joining)) return false;
    }
    return named;
}

}  // namespace

int heading_level(const GumboNode* node) {
    switch (tag_of(node)) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
        return all_bold(node, false) && is_bold_list_title(heading_text(node)) ? bold_title_level : 0;
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
