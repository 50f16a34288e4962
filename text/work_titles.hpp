// The title of a work as a reference entry prints it, and the key that makes two spellings
// of one title compare equal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "url_scanner.hpp"

namespace citegraph {

// The words of a title, lower-cased, accents folded (Latin-1 and Latin Extended-A:
// "Résumé" -> "resume", "Łódź" -> "lodz"), punctuation dropped and numbers (years,
// volumes) left out, one space between words: "Global Report on Food Crises 2017." ->
// "global report on food crises". "" if no word is left.
std::string title_key(std::string_view title);

// Number of words in a title_key; 0 for "".
std::size_t key_words(std::string_view key);

// The words of a title_key, in order; none for "".
std::vector<std::string_view> key_word_list(std::string_view key);

// The segments of a reference entry (its ". "-separated parts, URLs and DOIs removed),
// each as printed; empty for an entry without text. The readers that have the entry's
// URLs already read them as entry_segment_views.
std::vector<std::string> entry_segments(std::string_view entry);

// entry_segments as views, given the entry's find_urls(entry): of the entry's text itself
// where a segment holds no run of spaces to fold (nearly every one), else of a cleaned
// copy. The views point into the object, which therefore stays where it was made.
class entry_segment_views {
public:
    entry_segment_views(std::string_view entry, const std::vector<found_url>& urls);
    // The same, given the entry without its URLs (without_urls(entry, find_urls(entry))) and
    // split_segments of that text, which a caller reading the entry for more than its title
    // has made already: they are taken as they are unless a DOI in the text is to be
    // overwritten. The views may point into without_urls_text, which must outlive the object.
    entry_segment_views(std::string_view without_urls_text, std::vector<std::string_view> segments);
    entry_segment_views(const entry_segment_views&) = delete;
    entry_segment_views& operator=(const entry_segment_views&) = delete;

    const std::vector<std::string_view>& segments() const { return segments_; }

private:
    void fold_spaces_of_segments();

    std::string text_;                   // the entry with its URLs and DOIs overwritten by spaces; "" when given segments are taken as they are
    std::vector<std::string> cleaned_;   // the segments whose spaces were folded
    std::vector<std::string_view> segments_;
};

// title_key of an entry's segments joined: its words in order, with its URLs, DOIs and
// numbers left out. Segments end at punctuation, never inside a word, so this is what
// title_key gives for its entry_segments joined by spaces, without making them.
std::string entry_key(std::string_view entry, const std::vector<found_url>& urls);

// The segment of a reference entry that names the work: of the segments with at least
// three title words that do not read as a list of authors ("Lakner C, Mahler DG",
// "FAO, IFAD, UNICEF, WFP and WHO", "Smith et al"), the one with the most words, the
// later on a tie; a list of authors opening a segment is cut off, and a journal's name
// (followed by volume and pages: "Annu Rev Genet. 2008;42:253–268") is never the title.
// "" if no segment qualifies.
std::string entry_title(std::string_view entry);

// The same, given the entry's find_urls(entry): reading a reference finds them once for
// its links and its title.
std::string entry_title(std::string_view entry, const std::vector<found_url>& urls);

// The same, given the entry's segments: fill_from_text splits an entry once for its
// details and its title.
std::string entry_title(const entry_segment_views& views);

}  // namespace citegraph
