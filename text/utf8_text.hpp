// Byte-wise reading of UTF-8 text for the hand-written scanners: what is a letter,
// a space or a dash, and a folded (lower-case, unaccented) form for comparing words.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace citegraph::text {

// The non-ASCII halves of char_length and is_letter, out of line: the scanners call those
// on every byte, and nearly every byte of a report is ASCII. Both need at < text.size().
std::size_t multibyte_char_length(std::string_view text, std::size_t at);
bool is_multibyte_letter(std::string_view text, std::size_t at);

// Bytes in the character starting at text[at]: 1 for ASCII, stray or truncated bytes; 0 past the end.
inline std::size_t char_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (static_cast<unsigned char>(text[at]) < 0x80) return 1;
    return multibyte_char_length(text, at);
}

// Start of the character that ends just before `at`; 0 when at is 0.
std::size_t previous_char(std::string_view text, std::size_t at);

// True for a letter (ASCII or not) at text[at]; digits and punctuation are not letters.
inline bool is_letter(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return (lead >= 'a' && lead <= 'z') || (lead >= 'A' && lead <= 'Z');
    return is_multibyte_letter(text, at);
}

// True if every byte of text is ASCII: such a word folds to its lower case, and is compared
// with a folded word without being folded into a string of its own.
inline bool is_ascii(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// True for an ASCII digit at text[at]; false past the end.
inline bool is_digit(std::string_view text, std::size_t at) {
    return at < text.size() && text[at] >= '0' && text[at] <= '9';
}

// True for an ASCII letter or digit, or a non-ASCII letter; false past the end,
// for stray continuation bytes and for punctuation such as "°", "–" or "’".
inline bool is_word_char(std::string_view text, std::size_t at) {
    return is_digit(text, at) || is_letter(text, at);
}

// True if the character before `at` is a word character; false at 0.
bool word_char_before(std::string_view text, std::size_t at);

// The half of space_length that reads a control byte, a space or a non-ASCII character,
// out of line: the scanners call space_length on every byte, and nearly every byte of a
// report is a printable ASCII character, which starts no space.
std::size_t space_length_beyond_printable(std::string_view text, std::size_t at);

// Bytes of a whitespace character at text[at] (ASCII, no-break and thin spaces); 0 if none.
inline std::size_t space_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    const auto b = static_cast<unsigned char>(text[at]);
    if (b > ' ' && b < 0x80) return 0;
    return space_length_beyond_printable(text, at);
}

// First position at or after `at` that is not whitespace (text.size() at most).
std::size_t skip_spaces(std::string_view text, std::size_t at);

// First position at or before `at` whose preceding character is not whitespace.
std::size_t skip_spaces_back(std::string_view text, std::size_t at);

// Bytes of a hyphen or dash at text[at] ("-", "‐", "–", "—", "−"); 0 if none.
std::size_t dash_length(std::string_view text, std::size_t at);

// End of the run of word characters starting at `at` (at itself if there is none).
std::size_t word_end(std::string_view text, std::size_t at);

// End of the run of letters starting at `at` (at itself if there is none).
std::size_t letters_end(std::string_view text, std::size_t at);

// End of the run of ASCII digits starting at `at` (at itself if there is none).
std::size_t digits_end(std::string_view text, std::size_t at);

// True if text[at..] starts with `ascii_lower` when ASCII letters are lower-cased
// ("HTTPS://" starts with "https://"); false if text is too short. Inline: the scanners
// ask it at almost every byte, and most answers come from the first one.
inline bool starts_with_ascii_folded(std::string_view text, std::size_t at, std::string_view ascii_lower) {
    if (at > text.size() || text.size() - at < ascii_lower.size()) return false;
    for (std::size_t k = 0; k < ascii_lower.size(); ++k) {
        char c = text[at + k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != ascii_lower[k]) return false;
    }
    return true;
}

// True if text equals `ascii_lower` once its ASCII letters are lower-cased.
inline bool equals_ascii_folded(std::string_view text, std::string_view ascii_lower) {
    return text.size() == ascii_lower.size() && starts_with_ascii_folded(text, 0, ascii_lower);
}

// Lower-cases ASCII and strips Latin accents ("Février" -> "fevrier", "Œuvre" -> "oeuvre");
// other bytes are kept as they are. "" for "".
std::string fold(std::string_view text);

// The words of text, folded, each followed by one space and the whole preceded by one
// (" projet de loi "), so a phrase matches whole words with find(" phrase "). " " for "".
std::string folded_words(std::string_view text);

// True if the folded phrase (words separated by single spaces) occurs as whole words in
// the output of folded_words. False for an empty phrase.
bool has_phrase(std::string_view words, std::string_view phrase);

// True if `word` folds to `folded`, one folded ASCII word: an ASCII word is compared
// without making its folded form, and a word more than twice as long as `folded` (a letter
// of two bytes folds to one or two) is ruled out without folding it.
bool folds_to(std::string_view word, std::string_view folded);

// True if a word of text folds to `word` (one folded ASCII word): has_phrase(folded_words(text),
// word), without folding the text.
bool has_folded_word(std::string_view text, std::string_view word);

// Calls keep_going(piece) for each piece of text between single spaces (a title key's words,
// folded_words' output with the empty piece before its first space), in order, until it
// returns false; false if it did.
template <class KeepGoing>
bool for_each_spaced_piece(std::string_view text, KeepGoing&& keep_going) {
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        if (!keep_going(text.substr(at, end - at))) return false;
        at = end + 1;
    }
    return true;
}

// Calls keep_going(word) for each word of text as printed (split at anything that is not a
// word character, as folded_words splits it), in order, until it returns false. No list of
// words is built: this runs on every segment of every reference entry.
template <class KeepGoing>
void for_each_word(std::string_view text, KeepGoing&& keep_going) {
    for (std::size_t at = 0; at < text.size();) {
        if (!is_word_char(text, at)) {
            at += char_length(text, at);
            continue;
        }
        const std::size_t end = word_end(text, at);
        if (!keep_going(text.substr(at, end - at))) return;
        at = end;
    }
}

// A 256-bit sketch of a run of folded words, one bit per word: the top 8 bits of the word's
// FNV-1a hash. A text lacks a phrase if the phrase's sketch has a bit the text's lacks.
namespace word_sketch {
using bits = std::array<std::uint64_t, 4>;
constexpr std::uint64_t hash_start = 14695981039346656037ULL;
constexpr std::uint64_t hashed(std::uint64_t hash, char c) {
    return (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
}
// The sketch of words separated by single spaces, each hashed as its bytes go by, in one
// pass.
constexpr bits of(std::string_view words) {
    bits sketch{};
    const auto add = [&](std::uint64_t hash) {
        const auto bit = static_cast<std::size_t>(hash >> 56);
        sketch[bit / 64] |= std::uint64_t{1} << (bit % 64);
    };
    std::uint64_t hash = hash_start;
    bool in_word = false;
    for (const char c : words) {
        if (c == ' ') {
            if (in_word) add(hash);
            hash = hash_start;
            in_word = false;
        } else {
            hash = hashed(hash, c);
            in_word = true;
        }
    }
    if (in_word) add(hash);
    return sketch;
}
}  // namespace word_sketch

// A phrase of folded words (folded_words' output: lower case, one space between words) to
// look for in a folded_text, with its sketch made when the program is compiled: a reference
// is asked about some thirty phrases, and hashing each phrase's words again at every
// reference was most of the time spent ruling them out.
class phrase {
public:
    consteval phrase(const char* text) : phrase(std::string_view(text)) {}
    explicit constexpr phrase(std::string_view text) : text_(text), sketch_(word_sketch::of(text)) {}
    std::string_view text() const { return text_; }
    const word_sketch::bits& sketch() const { return sketch_; }

private:
    std::string_view text_;
    word_sketch::bits sketch_;
};

template <std::size_t N, std::size_t... i>
consteval std::array<phrase, N> phrases(const std::array<std::string_view, N>& texts, std::index_sequence<i...>) {
    return {phrase(texts[i])...};
}

// Phrases made when the program is compiled, from a list of their texts.
template <std::size_t N>
consteval std::array<phrase, N> phrases(const std::array<std::string_view, N>& texts) {
    return phrases(texts, std::make_index_sequence<N>());
}

// The output of folded_words, for asking it about many phrases: a reference's body is asked
// about some thirty, and most of them it does not hold. A 256-bit sketch of its words rules
// out a phrase with a word it lacks without a search. With 64 bits, the twenty-odd words of
// an entry set a quarter of them, and one phrase in four went on to search the words for
// nothing.
class folded_text {
public:
    explicit folded_text(std::string words);
    const std::string& words() const { return words_; }
    // has_phrase(words(), p.text()).
    bool has_phrase(const phrase& p) const;

private:
    std::string words_;
    word_sketch::bits word_bits_;  // word_sketch::of(words_)
};

}  // namespace citegraph::text
