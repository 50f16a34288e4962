#include "text.hpp"

#include <algorithm>

#include "citegraph/diagnostics.hpp"
#include "citegraph/utf8.hpp"

namespace citegraph::exports_detail {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

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
            out += "…";  // the room reserved for a replacement character holds it
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

}  // namespace

// One pass over the raw text that repairs, folds and counts only as far as the label
// reaches: a claim's label needs its first 80 characters, not a cleaned copy of all of it.
std::string short_label(std::string_view text, std::size_t max_chars) {
    bool cut = false;
    return label_of(text, max_chars, cut);
}

std::string terminal_label(std::string_view text, std::size_t max_chars) {
    // Escaping a whole paragraph to show its first words was a tenth of check: a prefix
    // gives the same label whenever the label is cut inside it, and escaping adds
    // characters, never takes them away. Escaping leaves printable ASCII as it is, so when
    // the label is cut inside the text's first run of it, the label is read from the text
    // itself, with no escaped copy: most claims open with more than a label's worth.
    // Such a label is printable ASCII and an ellipsis, which printable() leaves as they are.
    if (const std::size_t plain = printable_ascii_end(text, 0); plain > max_chars) {
        bool cut = false;
        std::string label = label_of(text.substr(0, plain), max_chars, cut);
        if (cut) return label;
    }
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
