#include "utf8_text.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "text_chars.hpp"

namespace citegraph::text {

namespace {

unsigned char byte_at(std::string_view text, std::size_t at) {
    return static_cast<unsigned char>(text[at]);
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Base letters of U+00C0..U+00FF, indexed by the second byte minus 0x80; "" for × and ÷.
constexpr std::string_view latin1_base[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

}  // namespace

std::size_t multibyte_char_length(std::string_view text, std::size_t at) {
    unsigned char lead = byte_at(text, at);
    std::size_t want = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (want == 1 || at + want > text.size()) return 1;
    for (std::size_t k = 1; k < want; ++k)
        if (!is_continuation(byte_at(text, at + k))) return 1;
    return want;
}

std::size_t previous_char(std::string_view text, std::size_t at) {
    if (at == 0) return 0;
    std::size_t start = at - 1;
    // Walk back over at most three continuation bytes to the lead byte.
    for (int k = 0; k < 3 && start > 0 && is_continuation(byte_at(text, start)); ++k) --start;
    if (start + char_length(text, start) != at) return at - 1;  // malformed: step one byte
    return start;
}

bool is_multibyte_letter(std::string_view text, std::size_t at) {
    unsigned char lead = byte_at(text, at);
    std::size_t length = char_length(text, at);
    if (length == 1) return false;  // stray or truncated byte
    unsigned char second = byte_at(text, at + 1);
    switch (lead) {
        case 0xC2: return false;                              // Latin-1 punctuation, "°", no-break space
        case 0xC3: return second != 0x97 && second != 0xB7;   // × and ÷
        case 0xE2: return false;                              // dashes, quotes, symbols
        case 0xE3: return second != 0x80;                     // CJK punctuation
        case 0xEF: return second != 0xBB && second != 0xBC;   // BOM, full-width punctuation
        default: return true;
    }
}

bool word_char_before(std::string_view text, std::size_t at) {
    return at > 0 && is_word_char(text, previous_char(text, at));
}

namespace {

bool is_ascii_space(unsigned char b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
}

}  // namespace

std::size_t space_length_beyond_printable(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    unsigned char b = byte_at(text, at);
    if (is_ascii_space(b)) return 1;
    std::size_t length = char_length(text, at);
    if (length == 2 && b == 0xC2 && byte_at(text, at + 1) == 0xA0) return 2;
    if (length == 3 && b == 0xE2) {
        unsigned char b1 = byte_at(text, at + 1), b2 = byte_at(text, at + 2);
        if (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) return 3;  // en/em/thin/narrow spaces
        if (b1 == 0x81 && b2 == 0x9F) return 3;                   // medium mathematical space
    }
    if (length == 3 && b == 0xE3 && byte_at(text, at + 1) == 0x80 && byte_at(text, at + 2) == 0x80)
        return 3;  // ideographic space
    return 0;
}

// True if the eight bytes from text[at] are all ' '.
bool eight_spaces_at(std::string_view text, std::size_t at) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, sizeof word);
    return word == 0x2020202020202020ULL;
}

// Both skips step over ASCII spaces without decoding, eight at a time where there are eight:
// an entry whose URLs were blanked out ends in runs of a hundred spaces, and every segment
// end skips them.
std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at + 8 <= text.size() && eight_spaces_at(text, at)) at += 8;
    while (at < text.size()) {
        if (is_ascii_space(byte_at(text, at))) {
            ++at;
            continue;
        }
        const std::size_t n = space_length(text, at);
        if (n == 0) break;
        at += n;
    }
    return at < text.size() ? at : text.size();
}

std::size_t skip_spaces_back(std::string_view text, std::size_t at) {
    while (at >= 8 && at <= text.size() && eight_spaces_at(text, at - 8)) at -= 8;
    while (at > 0) {
        if (const unsigned char last = byte_at(text, at - 1); last < 0x80) {  // one byte, a space or not
            if (!is_ascii_space(last)) break;
            --at;
            continue;
        }
        std::size_t before = previous_char(text, at);
        if (space_length(text, before) != at - before) break;
        at = before;
    }
    return at;
}

std::size_t dash_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (text[at] == '-') return 1;
    if (char_length(text, at) != 3 || byte_at(text, at) != 0xE2) return 0;
    unsigned char b1 = byte_at(text, at + 1), b2 = byte_at(text, at + 2);
    if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) return 3;  // hyphen .. horizontal bar
    if (b1 == 0x88 && b2 == 0x92) return 3;                 // minus sign
    return 0;
}

namespace {

// ASCII letters and digits; every other byte is 0. Nearly every byte of a word is one.
constexpr std::array<bool, 256> ascii_alnum = [] {
    std::array<bool, 256> table{};
    for (std::size_t b = 0; b < table.size(); ++b) table[b] = is_alnum(static_cast<char>(b));
    return table;
}();

// The end of the run of characters starting at `at` that is_word_char (letters_only: is_letter)
// says are in, stepping over ASCII by a table look-up and decoding only non-ASCII letters.
template <bool letters_only>
std::size_t run_end(std::string_view text, std::size_t at) {
    for (;;) {
        while (at < text.size()) {
            const auto b = static_cast<unsigned char>(text[at]);
            if (!ascii_alnum[b] || (letters_only && b <= '9')) break;
            ++at;
        }
        if (at >= text.size() || static_cast<unsigned char>(text[at]) < 0x80 || !is_multibyte_letter(text, at))
            return at;
        at += multibyte_char_length(text, at);
    }
}

}  // namespace

std::size_t word_end(std::string_view text, std::size_t at) { return run_end<false>(text, at); }

std::size_t letters_end(std::string_view text, std::size_t at) { return run_end<true>(text, at); }

std::size_t digits_end(std::string_view text, std::size_t at) {
    while (is_digit(text, at)) ++at;
    return at;
}

namespace {

// Appends the folded form of text to out (see fold).
void append_folded(std::string_view text, std::string& out) {
    for (std::size_t at = 0; at < text.size();) {
        unsigned char b = byte_at(text, at);
        if (b < 0x80) {  // ASCII: one byte, lower-cased
            out += static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
            ++at;
            continue;
        }
        std::size_t length = char_length(text, at);
        if (length == 2 && b == 0xC3 && !latin1_base[byte_at(text, at + 1) - 0x80].empty()) {
            out += latin1_base[byte_at(text, at + 1) - 0x80];
        } else if (length == 2 && b == 0xC5 && (byte_at(text, at + 1) == 0x92 || byte_at(text, at + 1) == 0x93)) {
            out += "oe";
        } else {
            out.append(text.substr(at, length));
        }
        at += length;
    }
}

}  // namespace

std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_folded(text, out);
    return out;
}

std::string folded_words(std::string_view text) {
    // A character at a time, straight into out: folding needs no context, and a word ends
    // at the first character that is not a word character. ASCII, nearly every byte of a
    // reference, is judged and lower-cased in place, written where room was made for it:
    // out always has room for one byte per byte still to read and the closing space, since
    // an ASCII byte adds at most one (itself, or the space after a word). A non-ASCII letter
    // is folded into `piece` and makes room for whatever it adds beyond that.
    std::string out(text.size() + 2, ' ');
    std::size_t used = 1;  // out[0] is the opening space
    std::string piece;
    bool in_word = false;
    for (std::size_t at = 0; at < text.size();) {
        const unsigned char b = byte_at(text, at);
        std::size_t length = 1;
        bool word_char = false;
        if (b < 0x80) {
            word_char = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z');
            if (word_char) out[used++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
        } else {
            length = char_length(text, at);
            word_char = is_multibyte_letter(text, at);
            if (word_char) {
                piece.clear();
                append_folded(text.substr(at, length), piece);
                const std::size_t needed = used + piece.size() + (text.size() - at - length) + 1;
                if (needed > out.size()) out.resize(std::max(needed, 2 * out.size()), ' ');
                out.replace(used, piece.size(), piece);
                used += piece.size();
            }
        }
        if (!word_char && in_word) out[used++] = ' ';
        in_word = word_char;
        at += length;
    }
    if (in_word) out[used++] = ' ';
    out.resize(used);
    return out;
}

folded_text::folded_text(std::string words) : words_(std::move(words)), word_bits_(word_sketch::of(words_)) {}

bool folded_text::has_phrase(const phrase& p) const {
    // A match is the phrase between spaces, so each of its words is one of the text's words.
    // Every word is asked, not just the first: "in proceedings" and "projet de loi" open with
    // words most entries hold, and the search that followed was most of the time spent here.
    for (std::size_t i = 0; i < word_bits_.size(); ++i)
        if ((p.sketch()[i] & ~word_bits_[i]) != 0) return false;
    return text::has_phrase(words_, p.text());
}

bool folds_to(std::string_view word, std::string_view folded) {
    if (word.size() > 2 * folded.size()) return false;
    if (is_ascii(word)) return equals_ascii_folded(word, folded);
    return fold(word) == folded;
}

bool has_folded_word(std::string_view text, std::string_view word) {
    bool found = false;
    for_each_word(text, [&](std::string_view piece) {
        found = folds_to(piece, word);
        return !found;
    });
    return found;
}

bool has_phrase(std::string_view words, std::string_view phrase) {
    if (phrase.empty()) return false;
    // Look for " phrase " without building it: find the phrase, then check the spaces.
    for (std::size_t at = words.find(phrase); at != std::string_view::npos;
         at = words.find(phrase, at + 1)) {
        bool starts = at > 0 && words[at - 1] == ' ';
        bool ends = at + phrase.size() < words.size() && words[at + phrase.size()] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

}  // namespace citegraph::text
