#include "reference_segments.hpp"

#include <array>
#include <string>

#include "text_chars.hpp"
#include "utf8_text.hpp"

namespace citegraph {

namespace {

constexpr std::array abbreviations = {
    std::string_view{"no"}, std::string_view{"nos"}, std::string_view{"vol"},
    std::string_view{"vols"}, std::string_view{"p"}, std::string_view{"pp"},
    std::string_view{"dr"}, std::string_view{"mr"}, std::string_view{"mrs"},
    std::string_view{"ms"}, std::string_view{"st"}, std::string_view{"jr"},
    std::string_view{"art"}, std::string_view{"cf"}, std::string_view{"n"},
};

// Segments that begin trailing notes, as folded words.
constexpr std::array note_openings = {
    std::string_view{" please see "}, std::string_view{" for more information "},
    std::string_view{" see also "}, std::string_view{" note "}, std::string_view{" notes "},
};

// The longest an abbreviation is, in bytes.
constexpr std::size_t longest_abbreviation = 4;

// True if the "." at text[dot] closes an initial ("J.", "U.S.") or an abbreviation ("No.").
// The word before it is walked back over only as far as an abbreviation reaches.
bool abbreviation_dot(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0) {
        if (dot - start > longest_abbreviation) return false;
        const auto before = static_cast<unsigned char>(text[start - 1]);
        if (before < 0x80) {
            if (!((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z'))) break;
            --start;
            continue;
        }
        const std::size_t previous = text::previous_char(text, start);
        if (!text::is_letter(text, previous)) break;
        start = previous;
    }
    std::string_view word = text.substr(start, dot - start);
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
    if (word.empty() || word.size() > longest_abbreviation) return false;
    std::string folded = text::fold(word);
    for (std::string_view abbreviation : abbreviations)
        if (folded == abbreviation) return true;
    return false;
}

bool ends_segment(std::string_view text, std::size_t at) {
    char c = text[at];
    if (c != '.' && c != '?' && c != '!') return false;
    if (at + 1 < text.size() && text::space_length(text, at + 1) == 0) return false;
    return c != '.' || !abbreviation_dot(text, at);
}

bool opens_notes(std::string_view segment) {
    // Every opening starts with p, f, s or n: a segment whose first word starts with another
    // ASCII character is no note, and is not folded to find out.
    std::size_t first = 0;
    while (first < segment.size() && !text::is_word_char(segment, first)) first += text::char_length(segment, first);
    if (first == segment.size()) return false;
    if (const char c = segment[first]; static_cast<unsigned char>(c) < 0x80) {
        const char lower = ascii_lower(c);
        if (lower != 'p' && lower != 'f' && lower != 's' && lower != 'n') return false;
    }
    std::string words = text::folded_words(segment.substr(0, 40));
    for (std::string_view opening : note_openings)
        if (words.starts_with(opening)) return true;
    return false;
}

std::string_view trimmed(std::string_view text) {
    std::size_t from = text::skip_spaces(text, 0);
    std::size_t to = text::skip_spaces_back(text, text.size());
    return from < to ? text.substr(from, to - from) : std::string_view{};
}

}  // namespace

std::vector<std::string_view> split_segments(std::string_view text) {
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        // Only ".", "?" and "!" may end a segment: the scan jumps from one to the next.
        at = next_byte_of<'.', '?', '!'>(text, at);
        if (at < text.size() && !ends_segment(text, at)) continue;
        std::string_view segment = trimmed(text.substr(start, at - start));
        if (!segment.empty()) segments.push_back(segment);
        start = at + 1;
    }
    return segments;
}

reference_parts split_reference(std::string_view text) { return split_reference(text, split_segments(text)); }

reference_parts split_reference(std::string_view text, std::vector<std::string_view> all) {
    reference_parts parts;
    std::size_t body_end = text.size();
    for (std::size_t k = 1; k < all.size(); ++k) {
        if (!opens_notes(all[k])) continue;
        body_end = static_cast<std::size_t>(all[k].data() - text.data());
        all.resize(k);
        break;
    }
    parts.segments = std::move(all);
    parts.body = trimmed(text.substr(0, body_end));
    parts.notes = trimmed(text.substr(body_end));
    if (parts.segments.size() < 2) {
        parts.title = parts.body;
    } else {
        std::size_t title_at = static_cast<std::size_t>(parts.segments[1].data() - text.data());
        parts.title = trimmed(text.substr(title_at, body_end - title_at));
    }
    return parts;
}

}  // namespace citegraph
