#include "text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "citegraph/diagnostics.hpp"
#include "citegraph/utf8.hpp"
#include "text/text_chars.hpp"

namespace citegraph::exports_detail {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view ellipsis = "…";

unsigned char byte_at(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// An ASCII byte clean_text keeps as it is: printable, or tab, newline, carriage return.
bool is_kept_ascii(unsigned char c) {
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r';
}

// True for U+FFFE and U+FFFF at text[i] (a valid sequence of `length` bytes): noncharacters
// XML 1.0 forbids, so one in GraphML makes the whole file unreadable.
bool is_xml_forbidden(std::string_view text, std::size_t i, std::size_t length) {
    return length == 3 && byte_at(text, i) == 0xEF && byte_at(text, i + 1) == 0xBF && byte_at(text, i + 2) >= 0xBE;
}

// The end of the run starting at i that clean_text keeps unchanged: the index of the first
// invalid sequence or dropped control character, or text.size(). Printable ASCII, the bulk
// of any report, is stepped over a word at a time.
std::size_t end_of_clean_run(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        i = printable_ascii_end(text, i);
        if (i == text.size()) break;
        const unsigned char c = byte_at(text, i);
        if (c < 0x80) {
            if (!is_kept_ascii(c)) return i;
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || is_xml_forbidden(text, i, length)) return i;
        i += length;
    }
    return i;
}

// Appends the repaired form of text[from..] to out: valid runs copied whole.
void append_repaired(std::string_view text, std::size_t from, std::string& out) {
    std::size_t i = from;
    while (i < text.size()) {
        const std::size_t run_end = end_of_clean_run(text, i);
        out.append(text, i, run_end - i);
        i = run_end;
        if (i == text.size()) break;
        // text[i] is an invalid sequence (one byte becomes U+FFFD), U+FFFE or U+FFFF (the
        // whole character becomes U+FFFD), or a dropped control.
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || is_xml_forbidden(text, i, length)) out += replacement_character;
        i += std::max<std::size_t>(length, 1);
    }
}

}  // namespace

std::string_view clean_view(std::string_view text, std::string& storage) {
    const std::size_t first_fix = end_of_clean_run(text, 0);
    if (first_fix == text.size()) return text;
    storage.assign(text, 0, first_fix);
    append_repaired(text, first_fix, storage);
    return storage;
}

std::string clean_text(std::string_view text) {
    std::string storage;
    const std::string_view clean = clean_view(text, storage);
    if (clean.data() == storage.data()) return storage;
    return std::string(clean);
}

namespace {

// The end of the run of printable ASCII other than the space that starts at i: what
// label_of copies whole rather than a character at a time.
std::size_t plain_word_end(std::string_view text, std::size_t i) {
    while (i < text.size() && byte_at(text, i) > 0x20 && byte_at(text, i) < 0x7F) ++i;
    return i;
}

// short_label, saying in `cut` whether the text went on past the label.
std::string label_of(std::string_view text, std::size_t max_chars, bool& cut) {
    cut = false;
    std::string out;
    out.reserve(std::min(text.size(), 4 * max_chars) + replacement_character.size());
    std::size_t chars = 0;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = byte_at(text, i);
        if (is_space(text[i])) {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        if (c < 0x80 && !is_kept_ascii(c)) {  // a control character clean_text drops
            ++i;
            continue;
        }
        if (chars + (pending_space ? 1 : 0) >= max_chars) {
            cut = true;
            out += ellipsis;  // the room reserved for a replacement character holds it
            return out;
        }
        if (pending_space) {
            out += ' ';
            ++chars;
            pending_space = false;
        }
        if (const std::size_t word_end = plain_word_end(text, i); word_end > i) {
            // One byte is one character: copy as much of the word as the label has room for.
            const std::size_t room = max_chars - chars;
            const std::size_t taken = std::min(word_end - i, room);
            out.append(text, i, taken);
            chars += taken;
            i += taken;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0 || is_xml_forbidden(text, i, length)) {
            out += replacement_character;
            i += std::max<std::size_t>(length, 1);
        } else {
            out.append(text, i, length);
            i += length;
        }
        ++chars;
    }
    return out;
}

// True if no two bytes of `bytes` side by side are spaces. Eight bytes at a time, each load
// overlapping the one before by a byte so that a pair split between two loads is seen; a
// pair the test only may see sends the text the slow way.
bool singly_spaced(std::string_view bytes) {
    using namespace byte_words;
    if (bytes.size() < sizeof(std::uint64_t)) return bytes.find("  ") == std::string_view::npos;
    const std::size_t last = bytes.size() - sizeof(std::uint64_t);
    for (std::size_t at = 0;; at = std::min(at + sizeof(std::uint64_t) - 1, last)) {
        const std::uint64_t spaces = equal(load(bytes, at), ' ');
        if ((spaces & (spaces >> 8)) != 0) return false;
        if (at == last) return true;
    }
}

// True if the character at text[i], not ASCII, is left as it is both by label_of's repair
// and by printable(): valid UTF-8, neither a C1 control nor U+FFFE or U+FFFF. Its length
// in bytes, or 0.
std::size_t kept_multibyte_length(std::string_view text, std::size_t i) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0 || is_xml_forbidden(text, i, length)) return 0;
    if (byte_at(text, i) == 0xC2 && byte_at(text, i + 1) < 0xA0) return 0;
    return length;
}

// A label read from the text itself: text[0, end), less a space it ends in, and an
// ellipsis if the text goes on past it.
struct plain_label {
    std::size_t end;
    bool cut;
};

// The label of a text whose first max_chars + 2 characters (all of them, if it has fewer)
// are printable ASCII or kept multibyte characters, with no space first and no two spaces
// together. Folding, repair and escaping leave those characters as they are, so the label
// is the first max_chars of them, less a space they end in, and it is cut if a word's
// character follows, as one of the two after them is. Most claims open so; their label
// needs no scan of the rest of the text, nor a step per character. nullopt for any other
// text.
std::optional<plain_label> find_plain_label(std::string_view text, std::size_t max_chars) {
    if (text.empty() || text[0] == ' ') return std::nullopt;
    std::size_t label_end = text.size();
    std::size_t i = 0;
    std::size_t chars = 0;
    while (chars < max_chars + 2 && i < text.size()) {
        if (chars == max_chars) label_end = i;
        // A run of printable ASCII, one character per byte, as far as the next count.
        const std::size_t next_count = chars < max_chars ? max_chars : max_chars + 2;
        const std::size_t ascii_end = printable_ascii_end(text.substr(0, i + (next_count - chars)), i);
        chars += ascii_end - i;
        i = ascii_end;
        if (chars == next_count || i == text.size()) continue;
        if (byte_at(text, i) < 0x80) return std::nullopt;
        const std::size_t length = kept_multibyte_length(text, i);
        if (length == 0) return std::nullopt;
        i += length;
        ++chars;
    }
    if (!singly_spaced(text.substr(0, i))) return std::nullopt;
    const std::string_view after_label = text.substr(label_end, i - label_end);
    const bool cut = chars > max_chars && after_label.find_first_not_of(' ') != std::string_view::npos;
    return plain_label{label_end, cut};
}

std::string label_text(std::string_view text, plain_label label) {
    std::size_t length = label.end;
    if (length > 0 && text[length - 1] == ' ') --length;
    std::string out;
    out.reserve(length + ellipsis.size());
    out.append(text, 0, length);
    if (label.cut) out += ellipsis;
    return out;
}

}  // namespace

// Read from the text itself when it opens plainly (find_plain_label), else one pass over
// the raw text that repairs, folds and counts only as far as the label reaches: a claim's
// label needs its first 80 characters, not a cleaned copy of all of it.
std::string short_label(std::string_view text, std::size_t max_chars) {
    if (const std::optional<plain_label> label = find_plain_label(text, max_chars)) return label_text(text, *label);
    bool cut = false;
    return label_of(text, max_chars, cut);
}

std::string terminal_label(std::string_view text, std::size_t max_chars) {
    // Escaping a whole paragraph to show its first words was a tenth of check. Most claims
    // open with a label's worth of characters that folding and escaping leave as they are,
    // or are shorter and made of them, and their label is read from the text itself.
    // Otherwise a prefix gives the same label whenever the label is cut inside it, and
    // escaping adds characters, never takes them away.
    if (const std::optional<plain_label> label = find_plain_label(text, max_chars)) return label_text(text, *label);
    if (const std::size_t prefix = 8 * max_chars + 64; text.size() > prefix) {
        bool cut = false;
        const std::string label = label_of(printable_keeping_line_breaks(text.substr(0, prefix)), max_chars, cut);
        if (cut) return printable(label);
    }
    return printable(short_label(printable_keeping_line_breaks(text), max_chars));
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::string iso_or_undated(const date& d) { return d.known() ? to_iso(d) : "undated"; }

}  // namespace citegraph::exports_detail
