#include "work_titles.hpp"

#include <array>

#include "doi_scanner.hpp"
#include "reference_segments.hpp"
#include "text_chars.hpp"
#include "url_scanner.hpp"
#include "utf8_text.hpp"

namespace citegraph {

namespace {

// First words of segments that say when or where an entry was read or printed ("In
// Proceedings of ..."), never its title.
constexpr std::array access_openings = {
    std::string_view{"accessed"}, std::string_view{"retrieved"}, std::string_view{"available"},
    std::string_view{"cited"},    std::string_view{"viewed"},    std::string_view{"archived"},
    std::string_view{"updated"},  std::string_view{"last"},      std::string_view{"in"},
};

// Name particles that stay lower case inside an author's name ("Ludwig van Beethoven").
constexpr std::array name_particles = {
    std::string_view{"de"},  std::string_view{"van"}, std::string_view{"von"}, std::string_view{"der"},
    std::string_view{"da"},  std::string_view{"del"}, std::string_view{"la"},  std::string_view{"le"},
    std::string_view{"du"},  std::string_view{"di"},  std::string_view{"dos"}, std::string_view{"den"},
};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    for (std::string_view w : words)
        if (word == w) return true;
    return false;
}

// Base letters of U+0100..U+017F (Latin Extended-A) as runs: {count, base}.
struct letter_run {
    int count;
    std::string_view base;
};
constexpr std::array extended_a_runs = {
    letter_run{6, "a"},  letter_run{8, "c"}, letter_run{4, "d"},  letter_run{10, "e"},
    letter_run{8, "g"},  letter_run{4, "h"}, letter_run{10, "i"}, letter_run{2, "ij"},
    letter_run{2, "j"},  letter_run{3, "k"}, letter_run{10, "l"}, letter_run{9, "n"},
    letter_run{6, "o"},  letter_run{2, "oe"}, letter_run{6, "r"}, letter_run{8, "s"},
    letter_run{6, "t"},  letter_run{12, "u"}, letter_run{2, "w"}, letter_run{3, "y"},
    letter_run{6, "z"},  letter_run{1, "s"},
};

// The base letters of a Latin Extended-A code point (U+0100..U+017F); "" outside it.
std::string_view extended_a_base(unsigned code_point) {
    if (code_point < 0x100 || code_point > 0x17F) return {};
    int offset = static_cast<int>(code_point - 0x100);
    for (const letter_run& run : extended_a_runs) {
        if (offset < run.count) return run.base;
        offset -= run.count;
    }
    return {};
}

// Appends text::fold(word) (ASCII case, Latin-1 accents) with Latin Extended-A folded as
// well to out. An ASCII word, most of them, is lower-cased in place without a copy.
void append_folded_word(std::string_view word, std::string& out) {
    // Appended whole and lower-cased where it lies; taken back at the first non-ASCII byte.
    const std::size_t start = out.size();
    out.append(word);
    bool ascii = true;
    for (std::size_t at = start; at < out.size() && ascii; ++at) {
        ascii = static_cast<unsigned char>(out[at]) < 0x80;
        out[at] = ascii_lower(out[at]);
    }
    if (ascii) return;
    out.resize(start);
    const std::string folded = text::fold(word);
    for (std::size_t at = 0; at < folded.size();) {
        const std::size_t length = text::char_length(folded, at);
        const auto lead = static_cast<unsigned char>(folded[at]);
        if (length == 2 && (lead == 0xC4 || lead == 0xC5)) {
            const unsigned code_point = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(folded[at + 1]) & 0x3Fu);
            if (const std::string_view base = extended_a_base(code_point); !base.empty()) {
                out += base;
                at += length;
                continue;
            }
        }
        out.append(folded, at, length);
        at += length;
    }
}

std::string fold_word(std::string_view word) {
    std::string out;
    append_folded_word(word, out);
    return out;
}

// A number ("2017", "42"): dropped from title keys so editions compare by title and a
// run of volume and pages ("2008;42:253-268") is no title.
bool is_number(std::string_view word) {
    for (char c : word)
        if (c < '0' || c > '9') return false;
    return true;
}

// Volume and pages after a journal's name: "2008;42:253–268", "2006;2:64".
bool is_volume_and_pages(std::string_view segment) {
    return !segment.empty() && segment[0] >= '0' && segment[0] <= '9' &&
           segment.find_first_of(";:(") != std::string_view::npos;
}

using text::for_each_word;

// "C", "DG", "J": initials after a surname.
bool is_initials(std::string_view word) {
    if (word.empty() || word.size() > 3) return false;
    for (char c : word)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// Capitalised ("Mahler", "Étienne": a non-ASCII first letter counts) or a name particle.
bool is_name_word(std::string_view word) {
    const auto first = static_cast<unsigned char>(word.front());
    return (first >= 'A' && first <= 'Z') || first >= 0x80 || is_one_of(word, name_particles);
}

// False only if no word of the segment can fold to "al": such a word is two letters long,
// the second an ASCII 'l' or 'L' (no other letter folds to "l"), the first an ASCII 'a' or
// 'A' or a letter of two bytes. Most segments hold an 'l', but few at the end of so
// short a word, and this look at their bytes spares has_et_al reading them word by word.
bool may_hold_al(std::string_view segment) {
    const auto ascii_word_byte = [&](std::size_t at) {
        const auto b = static_cast<unsigned char>(segment[at]);
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    };
    const auto ascii = [&](std::size_t at) { return static_cast<unsigned char>(segment[at]) < 0x80; };
    for (std::size_t l = 1; l < segment.size(); ++l) {
        if (segment[l] != 'l' && segment[l] != 'L') continue;
        if (l + 1 < segment.size() && (!ascii(l + 1) || ascii_word_byte(l + 1))) {
            if (ascii(l + 1)) continue;  // the word goes on
            return true;                 // it may go on: let has_et_al decide
        }
        if (!ascii(l - 1)) return true;  // after a letter of two bytes, or another character
        const char a = segment[l - 1];
        if (a != 'a' && a != 'A') continue;
        if (l == 1 || !ascii(l - 2) || !ascii_word_byte(l - 2)) return true;
    }
    return false;
}

// True if the segment holds the words "et al" (folded: "Et Al", "ét al"), as
// has_phrase(folded_words(segment), "et al") would say, without folding the whole segment:
// this runs on every segment of every entry and on every prefix after_authors tries.
bool has_et_al(std::string_view segment) {
    if (!may_hold_al(segment)) return false;
    bool after_et = false;
    bool found = false;
    for_each_word(segment, [&](std::string_view word) {
        found = after_et && text::folds_to(word, "al");
        after_et = text::folds_to(word, "et");
        return !found;
    });
    return found;
}

// Reads as a list of authors: "et al", or comma-separated parts of one to four capitalised
// words that hold initials or number three or more ("FAO, IFAD, UNICEF, WFP and WHO").
bool reads_as_authors(std::string_view segment) {
    if (has_et_al(segment)) return true;
    if (segment.find(',') == std::string_view::npos) return false;
    std::size_t parts = 0;
    bool initials = false;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= segment.size(); ++at) {
        if (at < segment.size() && segment[at] != ',' && segment[at] != ';' && segment[at] != '&')
            continue;
        std::size_t words_in_part = 0;
        bool names_only = true;
        for_each_word(segment.substr(start, at - start), [&](std::string_view word) {
            if (word == "and") {  // "Smith J and Jones K": a new part
                if (words_in_part > 0) ++parts;
                words_in_part = 0;
                return true;
            }
            names_only = is_name_word(word);
            initials = initials || (names_only && is_initials(word));
            ++words_in_part;
            return names_only;
        });
        if (!names_only || words_in_part > 4) return false;
        if (words_in_part > 0) ++parts;
        start = at + 1;
    }
    return initials || parts >= 3;
}

// The segment without a list of authors that opens it: split_segments keeps "Negre M. How
// much ..." together because "M." reads as an initial.
std::string_view after_authors(std::string_view segment) {
    for (std::size_t dot = segment.find(". "); dot != std::string_view::npos; dot = segment.find(". ", dot + 2))
        if (reads_as_authors(segment.substr(0, dot))) return segment.substr(dot + 2);
    return segment;
}

// What title_key(segment) would hold, without building it: how many words, and whether the
// first opens a note of access ("Accessed May 2, 2019"). entry_title asks this of every
// segment of every entry; fold_word never folds a word to nothing, so the count is
// key_words(title_key(segment)).
struct title_shape {
    std::size_t words = 0;
    bool opens_with_access = false;
};

title_shape shape_of_title(std::string_view segment) {
    title_shape shape;
    for_each_word(segment, [&](std::string_view word) {
        if (is_number(word)) return true;
        if (shape.words++ == 0) shape.opens_with_access = is_one_of(fold_word(word), access_openings);
        return true;
    });
    return shape;
}

// Overwrites each DOI in text by spaces, so that none splits a segment.
void overwrite_dois(std::string& text) {
    for (std::size_t at = text.find("10."); at != std::string::npos; at = text.find("10.", at + 1)) {
        const std::size_t end = doi_end(text, at);
        for (std::size_t k = at; k < end; ++k) text[k] = ' ';
    }
}

// True if overwrite_dois would change text.
bool holds_doi(std::string_view text) {
    for (std::size_t at = text.find("10."); at != std::string::npos; at = text.find("10.", at + 1))
        if (doi_end(text, at) > at) return true;
    return false;
}

// The entry with its URLs (find_urls(entry)) and DOIs overwritten by spaces.
std::string without_identifiers(std::string_view entry, const std::vector<found_url>& urls) {
    std::string text = without_urls(entry, urls);
    overwrite_dois(text);
    return text;
}

}  // namespace

std::string title_key(std::string_view title) {
    std::string key;
    for_each_word(title, [&](std::string_view word) {
        if (is_number(word)) return true;
        if (!key.empty()) key += ' ';
        append_folded_word(word, key);
        return true;
    });
    return key;
}

std::size_t key_words(std::string_view key) {
    if (key.empty()) return 0;
    std::size_t words = 1;
    for (char c : key) words += c == ' ';
    return words;
}

std::vector<std::string_view> key_word_list(std::string_view key) {
    std::vector<std::string_view> words;
    text::for_each_spaced_piece(key, [&](std::string_view word) {
        words.push_back(word);
        return true;
    });
    return words;
}

namespace {

// True if folding the segment's spaces would change it: a space that is not a plain ' ',
// or two in a row. The positions read are the ones fold_spaces reads.
bool has_spaces_to_fold(std::string_view segment) {
    bool after_space = false;
    for (std::size_t at = 0; at < segment.size();) {
        const auto b = static_cast<unsigned char>(segment[at]);
        if (b > ' ' && b < 0x80) {
            after_space = false;
            ++at;
            continue;
        }
        const std::size_t space = text::space_length(segment, at);
        if (space == 0) {
            after_space = false;
            ++at;
            continue;
        }
        if (after_space || space != 1 || b != ' ') return true;
        after_space = true;
        ++at;
    }
    return false;
}

// The segment with each run of spaces folded to one ' ': removed identifiers leave runs of
// spaces, and titles print cleanly without them.
std::string fold_spaces(std::string_view segment) {
    std::string clean;
    for (std::size_t at = 0; at < segment.size();) {
        if (const std::size_t space = text::space_length(segment, at)) {
            if (!clean.ends_with(' ')) clean += ' ';
            at += space;
            continue;
        }
        std::size_t end = at + 1;  // the run up to the next space, copied whole
        while (end < segment.size() && text::space_length(segment, end) == 0) ++end;
        clean.append(segment, at, end - at);
        at = end;
    }
    return clean;
}

}  // namespace

entry_segment_views::entry_segment_views(std::string_view entry, const std::vector<found_url>& urls)
    : text_(without_identifiers(entry, urls)), segments_(split_segments(text_)) {
    fold_spaces_of_segments();
}

entry_segment_views::entry_segment_views(std::string_view without_urls_text, std::vector<std::string_view> segments) {
    if (holds_doi(without_urls_text)) {
        text_ = without_urls_text;
        overwrite_dois(text_);
        segments_ = split_segments(text_);
    } else {
        segments_ = std::move(segments);
    }
    fold_spaces_of_segments();
}

void entry_segment_views::fold_spaces_of_segments() {
    // Room for every segment at once: a view of a short string points into the string itself,
    // and growing the vector would move it.
    cleaned_.reserve(segments_.size());
    for (std::string_view& segment : segments_)
        if (has_spaces_to_fold(segment)) segment = cleaned_.emplace_back(fold_spaces(segment));
}

std::vector<std::string> entry_segments(std::string_view entry) {
    const entry_segment_views views(entry, find_urls(entry));
    return {views.segments().begin(), views.segments().end()};
}

std::string entry_key(std::string_view entry, const std::vector<found_url>& urls) {
    return title_key(without_identifiers(entry, urls));
}

std::string entry_title(std::string_view entry) { return entry_title(entry, find_urls(entry)); }

std::string entry_title(std::string_view entry, const std::vector<found_url>& urls) {
    return entry_title(entry_segment_views(entry, urls));
}

std::string entry_title(const entry_segment_views& views) {
    std::string_view best;
    std::size_t best_words = 0;
    const std::vector<std::string_view>& segments = views.segments();
    for (std::size_t k = 0; k < segments.size(); ++k) {
        const std::string_view whole = segments[k];
        if (reads_as_authors(whole)) continue;
        // A journal's name: volume and pages follow it ("Annu Rev Genet. 2008;42:253–268").
        if (k > 0 && k + 1 < segments.size() && is_volume_and_pages(segments[k + 1])) continue;
        const std::string_view segment = after_authors(whole);
        const title_shape shape = shape_of_title(segment);
        // A tie goes to the later segment: an unrecognised author ("Ministry of Water")
        // comes before the title it wrote.
        if (shape.words < 3 || shape.words < best_words || shape.opens_with_access) continue;
        best_words = shape.words;
        best = segment;
    }
    return std::string(best);
}

}  // namespace citegraph
