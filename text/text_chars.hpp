// Byte-level character tests and trimming shared by the text importer's scanners.
// ASCII only on purpose: the report's structure (digits, tabs, roman numerals) is ASCII.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace citegraph {

// true for ASCII space, tab, CR, LF, form feed, vertical tab; false for everything else.
constexpr bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
// true for '0'..'9' only.
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
// true for 'A'..'Z' only.
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
// true for 'a'..'z' only.
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
// true for ASCII letters and digits; false for every byte of a multi-byte character.
constexpr bool is_alnum(char c) { return is_digit(c) || is_upper(c) || is_lower(c); }
// c with an ASCII capital lower-cased; every other byte as it is.
constexpr char ascii_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
// text with its ASCII capitals lower-cased ("HTTPS://Example.ORG" -> "https://example.org").
inline std::string ascii_lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
}
// true for the ASCII punctuation a backslash escapes in Markdown ("!" .. "~" but letters,
// digits); false for spaces, letters, digits and non-ASCII bytes.
inline bool is_ascii_punctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

// Scanning eight bytes at a time: the bytes text[at, at + 8) as one word, and tests of all
// eight bytes at once. A test is nonzero exactly when some byte passes it. It sets the high
// bit of every byte that passes, and may also set it in a byte just above one that passes
// (a borrow carries into it), so a set bit means "may pass": a scanner that stops there
// looks at the bytes one by one.
namespace byte_words {

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t high_bits = ones * 0x80;
constexpr std::uint64_t last_byte = 0xFFULL << 56;  // text[at + 7]

inline std::uint64_t load(std::string_view text, std::size_t at) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, sizeof word);
    return word;
}
// Bytes below n, for n up to 0x80.
constexpr std::uint64_t below(std::uint64_t word, unsigned char n) { return (word - ones * n) & ~word & high_bits; }
// Bytes equal to b.
constexpr std::uint64_t equal(std::uint64_t word, unsigned char b) { return below(word ^ (ones * b), 1); }

}  // namespace byte_words

// The first index at or after `at` that holds an ASCII digit; text.size() if none does. The
// scanners for numbers skip the words between them eight bytes at a time: a byte is a digit
// when it differs from '0' in the low four bits only, by less than ten.
inline std::size_t next_digit(std::string_view text, std::size_t at) {
    using namespace byte_words;
    while (at + 8 <= text.size() && below(load(text, at) ^ (ones * '0'), 10) == 0) at += 8;
    while (at < text.size() && !is_digit(text[at])) ++at;
    return at;
}

// The first index at or after `at` that holds one of `bytes`; text.size() if none does.
// Eight bytes at a time while none of them is one: a scanner that stops only at a few
// marks ("." "?" "!" between segments, "<" and "h" where a URL may start) skips the words
// between them.
template <char... bytes>
std::size_t next_byte_of(std::string_view text, std::size_t at) {
    using namespace byte_words;
    while (at + 8 <= text.size()) {
        const std::uint64_t word = load(text, at);
        if ((equal(word, static_cast<unsigned char>(bytes)) | ...) != 0) break;
        at += 8;
    }
    while (at < text.size() && ((text[at] != bytes) && ...)) ++at;
    return at;
}

// Length of the no-break space (U+00A0, "\xC2\xA0") at text[at], or 0 if there is none.
inline std::size_t no_break_space_at(std::string_view text, std::size_t at) {
    return text.substr(at, 2) == "\xC2\xA0" ? 2 : 0;
}

// The text without leading and trailing whitespace (ASCII and no-break space); "" if blank.
inline std::string_view trim(std::string_view text) {
    for (;;) {
        if (!text.empty() && is_space(text.front())) text.remove_prefix(1);
        else if (no_break_space_at(text, 0)) text.remove_prefix(2);
        else break;
    }
    for (;;) {
        if (!text.empty() && is_space(text.back())) text.remove_suffix(1);
        else if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") text.remove_suffix(2);
        else break;
    }
    return text;
}

// Number of leading bytes trim() would drop from text; text.size() for blank text.
inline std::size_t leading_blank(std::string_view text) {
    std::string_view kept = trim(text);
    return kept.empty() ? text.size() : static_cast<std::size_t>(kept.data() - text.data());
}

}  // namespace citegraph
