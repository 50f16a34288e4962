#include "date_labels.hpp"

#include <array>
#include <string>

#include "utf8_text.hpp"

namespace citegraph {

namespace {

struct label {
    std::string_view folded;
    date_role role;
};

constexpr std::array labels{
    label{"published", date_role::published},  label{"publie", date_role::published},
    label{"enacted", date_role::enacted},      label{"adopted", date_role::enacted},
    label{"promulgated", date_role::enacted},  label{"promulgue", date_role::enacted},
    label{"accessed", date_role::accessed},    label{"retrieved", date_role::accessed},
    label{"consulted", date_role::accessed},   label{"consulte", date_role::accessed},
    label{"viewed", date_role::accessed},      label{"cited", date_role::accessed},
    label{"archived", date_role::archived},
    label{"received", date_role::communicated},
    label{"recu", date_role::communicated},
};

// The word that ends at `end` (after skipping spaces back), and where it starts; a label
// is short, so a longer run of letters gives only its last letters.
std::string_view word_before(std::string_view text, std::size_t end, std::size_t& start) {
    end = text::skip_spaces_back(text, end);
    start = end;
    while (start > 0 && end - start <= 24) {
        std::size_t before = text::previous_char(text, start);
        if (!text::is_letter(text, before)) break;
        start = before;
    }
    return text.substr(start, end - start);
}

// Start of a short note in parentheses that ends just before `at` ("original (PDF) on");
// at itself if there is none.
std::size_t skip_note_back(std::string_view text, std::size_t at) {
    const std::size_t end = text::skip_spaces_back(text, at);
    if (end == 0 || text[end - 1] != ')') return at;
    for (std::size_t open = end - 1; open > 0 && end - open <= 16; --open)
        if (text[open - 1] == '(') return open - 1;
    return at;
}

date_role role_of(std::string_view word) {
    if (word.empty() || word.size() > 16) return date_role::none;
    std::string folded = text::fold(word);
    for (const label& l : labels)
        if (l.folded == folded) return l.role;
    return date_role::none;
}

}  // namespace

date_role label_before(std::string_view text, std::size_t at) {
    if (at == 0 || at > text.size()) return date_role::none;
    std::size_t end = text::skip_spaces_back(text, at);
    if (end > 0 && text[end - 1] == ':') --end;
    std::size_t start = 0;
    std::string_view word = word_before(text, end, start);
    if (word.empty()) return date_role::none;
    if (date_role role = role_of(word); role != date_role::none) return role;
    // "accessed on", "consulté le", "published in", "published online"
    std::string folded = text::fold(word);
    if (folded != "on" && folded != "le" && folded != "in" && folded != "online") return date_role::none;
    std::string_view label = word_before(text, skip_note_back(text, start), start);
    // Wikipedia's "Archived from the original on 3 March 2016" dates a copy, not the work.
    if (folded == "on" && text::fold(label) == "original") return date_role::archived;
    return role_of(label);
}

date_role label_after(std::string_view text, std::size_t end) {
    std::size_t at = text::skip_spaces(text, end);
    if (at < text.size() && (text[at] == ',' || text[at] == '(')) at = text::skip_spaces(text, at + 1);
    if (at == end) return date_role::none;  // "2012accessed" is no label
    // Up to three words: "date last accessed", "last accessed", "accessed".
    std::string words;
    for (int word = 0; word < 3 && at < text.size() && text::is_letter(text, at); ++word) {
        const std::size_t word_end = text::word_end(text, at);
        if (!words.empty()) words += ' ';
        words += text::fold(text.substr(at, word_end - at));
        if (words == "accessed" || words == "last accessed" || words == "date last accessed" ||
            words == "date accessed" || words == "last viewed" || words == "last visited" ||
            words == "date of access")
            return date_role::accessed;
        at = text::skip_spaces(text, word_end);
    }
    return date_role::none;
}

}  // namespace citegraph
