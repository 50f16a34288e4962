#include "doi_scanner.hpp"

#include <cstddef>

#include "text_chars.hpp"

namespace citegraph {

namespace {

bool ends_doi(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '<' || c == '>';
}

bool is_trailing_punctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '\'';
}

}  // namespace

std::size_t doi_end(std::string_view text, std::size_t at) {
    if (at > text.size() || text.compare(at, 3, "10.") != 0) return at;
    std::size_t i = at + 3;
    const std::size_t digits_begin = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    const std::size_t digits = i - digits_begin;
    if (digits < 4 || digits > 9) return at;
    // Registrant codes may have sub-parts: "10.1000.10/123".
    while (i < text.size() && text[i] == '.' && i + 1 < text.size() && is_digit(text[i + 1])) {
        ++i;
        while (i < text.size() && is_digit(text[i])) ++i;
    }
    if (i >= text.size() || text[i] != '/') return at;
    std::size_t end = ++i;
    while (end < text.size() && !ends_doi(text[end])) ++end;
    // Closing brackets belong to the DOI only if it opened them: "10.1002/(SICI)1097".
    std::size_t open = 0;
    for (std::size_t k = i; k < end; ++k) {
        if (text[k] == '(' || text[k] == '[') ++open;
        else if ((text[k] == ')' || text[k] == ']') && open-- == 0) {
            end = k;
            break;
        }
    }
    while (end > i && is_trailing_punctuation(text[end - 1])) --end;
    return end == i ? at : end;
}

namespace {

// The DOI starting at text[at], lower-cased; "" if none.
std::string doi_at(std::string_view text, std::size_t at) {
    const std::size_t end = doi_end(text, at);
    return end == at ? std::string() : ascii_lowered(text.substr(at, end - at));
}

bool starts_word(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    const char before = text[at - 1];
    return !is_digit(before) && before != '.';
}

}  // namespace

std::string find_doi(std::string_view text) {
    for (std::size_t at = text.find("10."); at != std::string_view::npos; at = text.find("10.", at + 1)) {
        if (!starts_word(text, at)) continue;
        std::string doi = doi_at(text, at);
        if (!doi.empty()) return doi;
    }
    return {};
}

std::string normalise_doi(std::string_view tagged) {
    const std::size_t at = tagged.find("10.");
    if (at == std::string_view::npos) return {};
    return doi_at(tagged, at);
}

}  // namespace citegraph
