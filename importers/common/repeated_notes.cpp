#include "repeated_notes.hpp"

#include <algorithm>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// true if nothing, a space or punctuation follows text[at]: "Ibid.", "Ibid,", not "Ibidem".
bool word_ends(std::string_view text, std::size_t at) {
    return at >= text.size() || !is_alnum(text[at]);
}

// The number of "note 3" at text[at] ("note" in any case, one or more spaces); 0 if none.
int note_number_at(std::string_view text, std::size_t at, std::size_t& end) {
    if (!text::starts_with_ascii_folded(text, at, "note")) return 0;
    std::size_t digit = at + 4;
    if (digit >= text.size() || text[digit] != ' ') return 0;
    digit = text::skip_spaces(text, digit);
    int number = 0;
    end = digit;
    while (end < text.size() && is_digit(text[end]) && end - digit < 6) number = number * 10 + (text[end++] - '0');
    return end > digit && word_ends(text, end) ? number : 0;
}

// "supra note 3" or "note 3 above" / "note 3, supra" at text[at]: 3; 0 otherwise.
int earlier_note_at(std::string_view text, std::size_t at) {
    std::size_t end = 0;
    if (text::starts_with_ascii_folded(text, at, "supra "))
        return note_number_at(text, text::skip_spaces(text, at + 6), end);
    const int number = note_number_at(text, at, end);
    if (number == 0) return 0;
    std::size_t next = end < text.size() && text[end] == ',' ? end + 1 : end;
    next = text::skip_spaces(text, next);
    for (std::string_view word : {"above", "supra"})
        if (text::starts_with_ascii_folded(text, next, word) && word_ends(text, next + word.size())) return number;
    return 0;
}

// Copies what identifies a source, not what identifies the note.
void take_source(reference& note, const reference& source) {
    note.title = source.title;
    note.urls = source.urls;
    note.doi = source.doi;
    note.published = source.published;
    note.role = source.role;
    note.dates = source.dates;
    note.kind = source.kind;
    note.source_on_file = source.source_on_file;
    note.draft = source.draft;
    // Changed only where they differ: most notes and sources have neither.
    if (note.extra->pmid != source.extra->pmid) note.extra.edit().pmid = source.extra->pmid;
    if (note.extra->full_entries != source.extra->full_entries) note.extra.edit().full_entries = source.extra->full_entries;
}

}  // namespace

std::optional<repeated_note> read_repeated_note(std::string_view text) {
    std::size_t at = text::skip_spaces(text, 0);
    if (text::starts_with_ascii_folded(text, at, "see ")) at = text::skip_spaces(text, at + 4);
    if (text::starts_with_ascii_folded(text, at, "ibid") && word_ends(text, at + 4)) return repeated_note{true, 0};
    if (text.substr(at, 3) == "Id." || text.substr(at, 3) == "id.") return repeated_note{true, 0};
    if (const int number = earlier_note_at(text, at)) return repeated_note{false, number};
    return std::nullopt;
}

void resolve_repeated_notes(std::vector<reference>& notes) {
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const auto repeated = read_repeated_note(notes[i].text);
        if (!repeated) continue;
        const reference* source = nullptr;
        if (repeated->previous) {
            if (i > 0) source = &notes[i - 1];
        } else {
            const auto found = std::find_if(notes.begin(), notes.end(),
                                            [&](const reference& r) { return r.number == repeated->number; });
            if (found != notes.end() && found != notes.begin() + static_cast<std::ptrdiff_t>(i)) source = &*found;
        }
        if (source != nullptr) take_source(notes[i], *source);
    }
}

}  // namespace citegraph
