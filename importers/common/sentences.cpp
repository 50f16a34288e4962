#include "sentences.hpp"

#include <array>

#include "text/utf8_text.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

namespace {

// Words that end in a period without ending the sentence (compared case-insensitively).
// The last seven are the legal citations of US government reports: "68 Fed. Reg. 4406",
// "Pub. L. No. 104-121, 110 Stat. 857", "H.R. Rep. No. 104-500, 104th Cong., 2d Sess.".
constexpr std::array<std::string_view, 35> abbreviations{
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nos", "vol", "art", "arts", "fig",
    "p", "pp", "vs", "cf", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "hon", "rev", "approx",
    "fed", "reg", "pub", "stat", "rep", "cong", "sess"};

using text::equals_ascii_folded;

// Length of a closing quote or bracket at text[at] ('"', '\'', ')', ']', ” or ’), 0 if none.
std::size_t closer_at(std::string_view text, std::size_t at) {
    char c = text[at];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    std::string_view next = text.substr(at, 3);
    return next == "\xE2\x80\x9D" || next == "\xE2\x80\x99" ? 3 : 0;
}

// true if the character at text[at] may open a sentence: an uppercase letter (ASCII or
// Latin-1 À..Þ), a quote, an opening bracket or a bullet (•).
bool opens_sentence(std::string_view text, std::size_t at) {
    char c = text[at];
    if (is_upper(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
    std::string_view next = text.substr(at, 3);
    if (next == "\xE2\x80\x9C" || next == "\xE2\x80\x98") return true;
    // A bullet with words after it: slides converted from PDF run their bullets into one
    // line ("most rules under review. • Officials reported"). One that ends the text
    // opens nothing.
    if (next == "\xE2\x80\xA2") {
        std::size_t word = at + next.size();
        while (word < text.size() && is_space(text[word])) ++word;
        return word < text.size() && text::is_word_char(text, word);
    }
    if (static_cast<unsigned char>(c) == 0xC3 && at + 1 < text.size()) {
        auto second = static_cast<unsigned char>(text[at + 1]);
        return second >= 0x80 && second <= 0x9E && second != 0x97;  // not ×
    }
    return false;
}

// true for a word whose dots part runs of one or two letters: "U.S", "e.g", "D.C", "Ph.D";
// false for a domain name ("mozilla.org") or a number ("1.6%", "3.2"), whose period after
// them ends the sentence.
bool dotted_abbreviation(std::string_view word) {
    std::size_t letters = 0;
    for (char c : word) {
        if (c == '.') {
            if (letters == 0) return false;
            letters = 0;
        } else if (is_upper(c) || is_lower(c)) {
            if (++letters > 2) return false;
        } else {
            return false;
        }
    }
    return true;
}

// true if the period at text[dot] ends an abbreviation or initial, not a sentence.
bool ends_abbreviation(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '(' &&
           text[start - 1] != '"')
        --start;
    std::string_view word = text.substr(start, dot - start);
    if (word.size() == 1 && is_upper(word[0])) return true;  // an initial: "J. Smith"
    if (word.find('.') != std::string_view::npos) return dotted_abbreviation(word);
    for (std::string_view abbreviation : abbreviations)
        if (equals_ascii_folded(word, abbreviation)) return true;
    return false;
}

// true if the period at text[dot] closes a numbered marker that opens the sentence begun at
// `begin`: "3.a. If all scores ...", "2.1. Data": the marker is no sentence of its own.
bool closes_opening_marker(std::string_view text, std::size_t begin, std::size_t dot) {
    while (begin < dot && is_space(text[begin])) ++begin;
    if (dot - begin > 8) return false;
    bool digit = false;
    for (std::size_t at = begin; at < dot; ++at) {
        if (is_space(text[at])) return false;
        digit = digit || is_digit(text[at]);
    }
    return digit;
}

void add_trimmed(std::string_view text, std::size_t begin, std::size_t end,
                 std::vector<sentence_span>& out) {
    std::string_view kept = trim(text.substr(begin, end - begin));
    if (kept.empty()) return;
    std::size_t at = static_cast<std::size_t>(kept.data() - text.data());
    out.push_back({at, at + kept.size()});
}

}  // namespace

std::vector<sentence_span> split_sentences(std::string_view text) {
    std::vector<sentence_span> out;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t end = i + 1;
        while (end < text.size()) {
            std::size_t closer = closer_at(text, end);
            if (closer == 0) break;
            end += closer;
        }
        if (end >= text.size() || !is_space(text[end])) continue;
        std::size_t next = end;
        while (next < text.size() && is_space(text[next])) ++next;
        if (next < text.size() && !opens_sentence(text, next)) continue;
        if (c == '.' && (ends_abbreviation(text, i) || closes_opening_marker(text, begin, i))) continue;
        add_trimmed(text, begin, end, out);
        begin = end;
        i = end - 1;
    }
    add_trimmed(text, begin, text.size(), out);
    return out;
}

std::string_view without_closers(std::string_view text) {
    for (;;) {
        if (text.size() >= 3 && closer_at(text, text.size() - 3) == 3) text.remove_suffix(3);
        else if (!text.empty() && closer_at(text, text.size() - 1) == 1) text.remove_suffix(1);
        else return text;
    }
}

}  // namespace citegraph
