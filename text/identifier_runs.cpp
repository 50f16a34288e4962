#include "identifier_runs.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "doi_scanner.hpp"
#include "text_chars.hpp"
#include "utf8_text.hpp"

namespace citegraph {

namespace {

using text::starts_with_ascii_folded;

// Labels whose value is an identifier, folded: "ISBN", "ISSN", "PMID", "doi", ...
constexpr std::string_view identifier_labels[] = {
    "doi", "isbn", "issn", "eissn", "pmid", "pmcid", "arxiv", "hdl", "bibcode", "oclc", "lccn", "s2cid", "jstor",
};

bool starts_url(std::string_view text, std::size_t at) {
    return starts_with_ascii_folded(text, at, "http://") || starts_with_ascii_folded(text, at, "https://") ||
           starts_with_ascii_folded(text, at, "www.");
}

// End of a token: up to whitespace or a closing bracket.
std::size_t token_end(std::string_view text, std::size_t at) {
    while (at < text.size() && text::space_length(text, at) == 0 && text[at] != '>' &&
           text[at] != ')' && text[at] != ']')
        ++at;
    return at;
}

bool is_identifier_label(std::string_view word) {
    for (std::string_view label : identifier_labels)
        if (text::equals_ascii_folded(word, label)) return true;
    return false;
}

// Per lower-case initial, bit n set if a label of n letters starts with it. The scanners ask
// at every word, and most words start as some label does ("in", "and", "of", "the"); their
// length rules them out without a comparison with each label. (A label with a digit,
// "s2cid", is never a run of letters, so never matched.)
constexpr std::array<std::uint32_t, 26> label_lengths_by_initial = [] {
    std::array<std::uint32_t, 26> lengths{};
    for (std::string_view label : identifier_labels)
        if (std::all_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            lengths[static_cast<std::size_t>(label.front() - 'a')] |= std::uint32_t{1} << label.size();
    return lengths;
}();

// False if no label is `length` letters long and starts with the lower-case letter c.
bool may_be_label(char c, std::size_t length) {
    return c >= 'a' && c <= 'z' && length < 32 &&
           ((label_lengths_by_initial[static_cast<std::size_t>(c - 'a')] >> length) & 1) != 0;
}

// "ISBN 978-…", "ISBN-13: 978…", "doi:10.…", "PMID: 123": the label, then the value.
std::size_t labelled_end(std::string_view text, std::size_t at) {
    const std::size_t word = text::letters_end(text, at);
    if (!may_be_label(ascii_lower(text[at]), word - at) || !is_identifier_label(text.substr(at, word - at)))
        return at;
    std::size_t value = word;
    if (std::size_t dash = text::dash_length(text, value); dash > 0 && text::is_digit(text, value + dash))
        value = text::digits_end(text, value + dash);  // "ISBN-13"
    if (value < text.size() && text[value] == ':') ++value;
    value = text::skip_spaces(text, value);
    if (!text::is_digit(text, value)) return at;
    if (std::size_t doi = doi_end(text, value); doi > value) return doi;
    return token_end(text, value);
}

// True if a label of letters (every label but "s2cid") starts with the lower-case letter c.
bool starts_a_label(char c) {
    return c >= 'a' && c <= 'z' && label_lengths_by_initial[static_cast<std::size_t>(c - 'a')] != 0;
}

}  // namespace

// The date scanner asks at every word, and a word's first byte rules out nearly every kind
// of identifier: a URL starts "http" or "www.", a DOI "10.", a labelled one with its label.
std::size_t identifier_end(std::string_view text, std::size_t at) {
    if (at >= text.size()) return at;
    const char c = ascii_lower(text[at]);
    if ((c == 'h' || c == 'w') && starts_url(text, at)) return token_end(text, at);
    if (c == '1')
        if (std::size_t doi = doi_end(text, at); doi > at) return doi;
    return starts_a_label(c) ? labelled_end(text, at) : at;
}

}  // namespace citegraph
