#include "footnotes.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "apart_callouts.hpp"
#include "line_kinds.hpp"
#include "superscripts.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr int max_note_skip = 3;
constexpr std::size_t max_note_digits = 3;

// How a line opens a note: its number, and where the note's text starts in the trimmed
// line (its size when the number stands alone).
struct note_start {
    int number = 0;
    std::size_t text_at = 0;
};

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// "12 See, e.g., ...", "12" alone, "12 https://..."; nullopt for "20 thousand categories"
// (prose wrapped at a number: a note opens with a capital, digit, quote, bracket or link).
std::optional<note_start> read_note_start(std::string_view line) {
    std::size_t end = 0;
    while (end < line.size() && is_digit(line[end])) ++end;
    if (end == 0 || end > max_note_digits || line[0] == '0') return std::nullopt;
    int number = 0;
    for (std::size_t i = 0; i < end; ++i) number = number * 10 + (line[i] - '0');
    if (end == line.size()) return note_start{number, end};
    if (line[end] != ' ') return std::nullopt;
    std::size_t text = end;
    while (text < line.size() && line[text] == ' ') ++text;
    std::string_view rest = line.substr(text);
    if (is_lower(rest.front()) && !starts_with(rest, "http") && !starts_with(rest, "www.") &&
        !starts_with(rest, "see ") && !starts_with(rest, "id.") && !starts_with(rest, "cf. "))
        return std::nullopt;
    return note_start{number, text};
}

// Lines of body text that, after a page's notes, make a column rather than a note's end.
constexpr std::size_t min_column_lines = 6;

// Reads one document's pages in order, carrying the next note number across them.

class footnote_reader {
public:
    footnote_reader(const std::vector<layout_line>& lines, const superscript_marks& marks)
        : lines_(lines), marks_(marks) {}

    footnote_layout read() {
        // pdftotext ends every page with a form feed; without any, a removed running
        // header is the best sign of a page's end.
        const bool form_feeds = std::any_of(lines_.begin(), lines_.end(),
                                            [](const layout_line& line) { return line.form_feed_before; });
        std::size_t first = 0;
        for (std::size_t i = 1; i <= lines_.size(); ++i)
            if (i == lines_.size() || (form_feeds ? lines_[i].form_feed_before : lines_[i].page_break_before)) {
                read_page(first, i);
                first = i;
            }
        return std::move(out_);
    }

private:
    void read_page(std::size_t first, std::size_t end) {
        if (first < end) out_.page_starts.push_back(lines_[first].offset);
        std::size_t block = find_block(first, end, next_note_);
        // An appendix may number its notes from 1 again: a block opening with a note 1 that
        // the page's body calls out starts a new series, when the running one finds no next
        // note or fewer notes than the new one, below it (an appendix whose last note was its
        // only one, 1, and the next appendix's page with notes 1 and 2: the running series
        // would take 2 and leave 1 in the body). A number merely set raised at a line's start
        // is no evidence here: a paper's author details ("1 Division of ...") print their
        // marks so.
        bool restart = false;
        if (next_note_ > 1) {
            const std::size_t renumbered = find_block(first, end, 1, restart_evidence);
            if (renumbered != end &&
                (block == end || (renumbered < block && notes_from(renumbered, end, 1) > notes_from(block, end, *note_number(block)))))
                block = renumbered, restart = true;
        }
        for (std::size_t i = first; i < block; ++i) out_.body.push_back(lines_[i]);
        if (block == end) return;
        if (restart) {
            next_note_ = 1;
            number_offset_ = highest_;
            out_.series_pages.push_back(out_.page_starts.size() - 1);
        }
        const std::size_t resumes = body_after(block, end);
        read_notes(block, resumes);
        for (std::size_t i = resumes; i < end; ++i) out_.body.push_back(lines_[i]);
    }

    // Where the body goes on after the notes starting at `block`: `end`, unless a blank line
    // is followed by lines that open in lower case and run on, opening no further note, for
    // a column's worth to the page's end. That is the body's sentence going on where a
    // two-column page's next column starts; a note cut by a gap goes on for a line or two.
    std::size_t body_after(std::size_t block, std::size_t end) const {
        int next = *note_number(block) + 1;
        for (std::size_t i = block + 1; i < end; ++i) {
            const std::optional<int> opens = note_number(i);
            if (opens && *opens == next) ++next;
            else if (lines_[i].blank_before && is_lower(trim(lines_[i].text).front()) &&
                     end - i >= min_column_lines && !opens_note_from(i, end, next))
                return i;
        }
        return end;
    }

    bool opens_note_from(std::size_t first, std::size_t end, int number) const {
        for (std::size_t i = first; i < end; ++i)
            if (note_number(i) == number) return true;
        return false;
    }

    std::optional<int> note_number(std::size_t line) const {
        auto opens = read_note_start(trim(lines_[line].text));
        return opens ? std::optional<int>(opens->number) : std::nullopt;
    }

    // The numbers a page's body calls out above a line, read as the candidates for the
    // page's footnote block move down it: each line is read once, so a page takes linear
    // time however many of its lines open with a number.
    class body_callouts {
    public:
        // `next`: the note due, whose number glued to a word is evidence too (glued_to_word).
        body_callouts(const footnote_reader& reader, std::size_t first, int next)
            : reader_(reader), first_(first), read_(first), next_(next) {}

        // true if the body's lines [first, before) call out a number from low to high:
        // flattened superscripts, or (when the superscripts are guessed) numbers printed
        // apart. `before` never decreases from one call to the next.
        // A mark at a line's end is judged with the next line's first word after it, as the
        // paragraph joins them: "on April 1, 2005.2" then "In addition" is a callout, which
        // the line alone cannot tell from a decimal. So every line but the last above
        // `before` is read joined to the next, and the last as it stands.
        bool between(int low, int high, std::size_t before) {
            read_up_to(before);
            for (int n = std::max(low, 1); n <= high && n < static_cast<int>(called_.size()); ++n)
                if (called_[static_cast<std::size_t>(n)]) return true;
            if (before <= first_) return false;
            bool found = false;
            reader_.each_callout(first_, before - 1, before, [&](int n) { found = found || (n >= low && n <= high); });
            return found;
        }

        // true if the body's lines [first, before) have the note due glued to a word.
        bool glued_next(std::size_t before) {
            read_up_to(before);
            return glued_next_ || (before > first_ && reader_.glued_to_word(next_, before - 1));
        }

    private:
        // Reads the lines up to the one before `before`, each joined to the next.
        void read_up_to(std::size_t before) {
            for (; read_ + 1 < before; ++read_) {
                reader_.each_callout(first_, read_, before, [&](int n) {
                    if (n > 0 && n <= max_note) called_[static_cast<std::size_t>(n)] = true;
                });
                glued_next_ = glued_next_ || reader_.glued_to_word(next_, read_);
            }
        }

        static constexpr int max_note = 999;
        const footnote_reader& reader_;
        std::size_t first_;
        std::size_t read_;  // lines [first, read) are read, each joined to the next
        int next_;
        bool glued_next_ = false;
        std::vector<bool> called_ = std::vector<bool>(max_note + 1);
    };

    // Calls each(n) for every number line i of the page's body (from `first`) calls out, the line read
    // joined to the next one's first word when that is below i and above `before`: its
    // flattened superscripts, and, when superscripts are guessed, a number printed apart
    // from its word (apart_callouts.hpp), the last resort of a flattened text: on a line of
    // its own between two lines of a paragraph or table cell, or after a full stop.
    template <class Each>
    void each_callout(std::size_t first, std::size_t i, std::size_t before, Each&& each) const {
        const std::string_view line = lines_[i].text;
        std::string joined(line);
        if (i + 1 < before && !lines_[i + 1].blank_before) {
            const std::string_view next = trim(lines_[i + 1].text);
            joined.append(" ").append(next.substr(0, next.find(' ')));
        }
        for (const raised_number& r : marks_.in_line(joined, lines_[i].offset))
            if (r.begin < line.size())
                for (int n : r.numbers) each(n);
        if (!marks_.guessed()) return;
        if (i > first && i + 1 < before && !lines_[i].blank_before && !lines_[i + 1].blank_before)
            each(lone_number(line));
        for (const raised_number& r : numbers_after_full_stop(line)) each(r.numbers.front());
    }

    // true if line i has `number`, of two digits or more, glued to the end of a word
    // ("PART27"): not read as a callout, since a name may end in digits ("GPT4"), but
    // evidence enough for the very note that comes next. One digit is no evidence: tables
    // name rows and columns so ("R1").
    bool glued_to_word(int number, std::size_t i) const {
        if (number < 10) return false;
        const std::string digits = std::to_string(number);
        const std::string_view line = lines_[i].text;
        for (std::size_t at = line.find(digits); at != std::string_view::npos; at = line.find(digits, at + 1)) {
            const std::size_t end = at + digits.size();
            if (at > 0 && (is_upper(line[at - 1]) || is_lower(line[at - 1])) && (end == line.size() || !is_digit(line[end])))
                return true;
        }
        return false;
    }

    // true if the line opens with `number` typeset as a superscript, as a PDF sets a note's
    // number: a note even when its callout is not a superscript (one in a table cell).
    // Guessed superscripts are glued to what precedes them, so never open a line.
    bool typeset_as_note(std::size_t line, int number) const {
        const std::size_t opens = leading_blank(lines_[line].text);
        for (const raised_number& r : marks_.in_line(lines_[line].text, lines_[line].offset))
            if (r.begin == opens && r.numbers == std::vector<int>{number}) return true;
        return false;
    }

    // The note's first words: after its number, or on the next line when it stands alone.
    // A figure's axis ("7" over "6") has none.
    bool has_note_text(std::size_t line, const note_start& opens, std::size_t end) const {
        std::string_view text = trim(lines_[line].text).substr(opens.text_at);
        if (text.empty() && line + 1 < end) text = trim(lines_[line + 1].text);
        return std::count_if(text.begin(), text.end(), [](char c) { return is_upper(c) || is_lower(c); }) >= 3;
    }

    // The notes a block starting at line `start` would read: the start, then each line
    // opening the next number.
    int notes_from(std::size_t start, std::size_t end, int number) const {
        int count = 1;
        for (std::size_t i = start + 1; i < end; ++i) {
            auto opens = read_note_start(trim(lines_[i].text));
            if (opens && opens->number == number + count) ++count;
        }
        return count;
    }

    // Where the page's footnote block starts; `end` if it has none. Notes sit at the foot:
    // a block never starts in the page's first quarter, where a paper's first page numbers
    // its authors' affiliations ("Forner1" over "1 CELCT, Trento"), nor above a reference
    // list's heading on its page. Text with no page breaks is one page, where a line of a
    // method opening with a number ("1 M), TEMPO …") would otherwise start a block that
    // takes in the list after it.
    // `next` is the number the block's first note should have; `evidence` what shows that
    // a line opening with a number is a note.
    enum evidence { callout_or_typeset, restart_evidence };
    std::size_t find_block(std::size_t first, std::size_t end, int next, evidence needed = callout_or_typeset) const {
        std::size_t best = end;
        int best_count = 0;
        std::size_t from = first + (end - first) / 4;
        for (std::size_t k = end; k > from; --k)
            if (is_references_heading(trim(lines_[k - 1].text))) {
                from = k;
                break;
            }
        body_callouts body(*this, first, next);
        for (std::size_t i = from; i < end; ++i) {
            auto opens = read_note_start(trim(lines_[i].text));
            // Notes count on from 1; later, one the conversion garbled may be skipped.
            const int skip = next == 1 ? 0 : max_note_skip;
            if (!opens || opens->number < next || opens->number > next + skip) continue;
            if (!has_note_text(i, *opens, end)) continue;
            // A note whose own callout the conversion lost (printed apart across a blank
            // line, glued to a year: "Act of 199815") is still the note before the next one
            // at the page's foot: the body calling out a later note of the block will do.
            bool evidence = body.between(opens->number, opens->number, i) ||
                            (needed == callout_or_typeset &&
                             (typeset_as_note(i, opens->number) || (opens->number == next && body.glued_next(i))));
            const int count = notes_from(i, end, opens->number);
            evidence = evidence || (count > 1 && body.between(opens->number + 1, opens->number + count - 1, i));
            if (!evidence) continue;
            if (count >= best_count) best = i, best_count = count;
        }
        return best;
    }

    void read_notes(std::size_t block, std::size_t end) {
        const std::size_t page = out_.page_starts.size() - 1;
        for (std::size_t i = block; i < end; ++i) {
            std::string_view text = trim(lines_[i].text);
            std::size_t start = lines_[i].offset + leading_blank(lines_[i].text);
            auto opens = read_note_start(text);
            if (i == block || (opens && opens->number == next_note_)) {
                reference_entry note;
                note.number = opens->number + number_offset_;
                note.run.append(text.substr(opens->text_at), start + opens->text_at);
                highest_ = std::max(highest_, note.number);
                out_.notes.push_back(std::move(note));
                out_.note_pages.push_back(page);
                out_.printed.push_back(opens->number);
                next_note_ = opens->number + 1;
            } else {
                out_.notes.back().run.append(text, start);
            }
        }
    }

    const std::vector<layout_line>& lines_;
    const superscript_marks& marks_;
    footnote_layout out_;
    int next_note_ = 1;     // as printed, in the running series
    int number_offset_ = 0; // a series' printed number plus this is its notes' number
    int highest_ = 0;       // the highest note number given so far
};

}  // namespace

footnote_layout split_footnotes(const std::vector<layout_line>& lines, const superscript_marks& marks) {
    return footnote_reader(lines, marks).read();
}

std::size_t page_of(const std::vector<std::size_t>& page_starts, std::size_t offset) {
    auto after = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
    return after == page_starts.begin() ? 0 : static_cast<std::size_t>(after - page_starts.begin()) - 1;
}

}  // namespace citegraph::text_import
