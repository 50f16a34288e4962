#include "cited_text.hpp"

#include "cite_lists.hpp"

#include <algorithm>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// The longest range a dash between two callouts may fill; beyond it the dash is text.
constexpr int longest_filled_range = 1000;

// Length of a separator between callouts at text[at]: ',', ';', a space, a hyphen or a
// dash (en, em, U+2011, minus); 0 if none.
std::size_t separator_at(std::string_view text, std::size_t at) {
    const char c = text[at];
    if (c == ',' || c == ';' || is_space(c)) return 1;
    if (std::size_t nbsp = no_break_space_at(text, at)) return nbsp;
    return text::dash_length(text, at);
}

// true if text[begin, end) holds a dash among its separators: "–", " - ".
bool holds_dash(std::string_view text, std::size_t begin, std::size_t end) {
    for (std::size_t at = begin; at < end; ++at)
        if (text[at] != ',' && text[at] != ';' && !is_space(text[at]) &&
            no_break_space_at(text, at) == 0)
            return true;
    return false;
}

// true if text[begin, end) is nothing but separators.
bool only_separators(std::string_view text, std::size_t begin, std::size_t end) {
    while (begin < end) {
        std::size_t length = separator_at(text, begin);
        if (length == 0) return false;
        begin += length;
    }
    return true;
}

char closing_for(char opening) { return opening == '[' ? ']' : opening == '(' ? ')' : '\0'; }

bool is_closing_punctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '!' ||
           c == '?';
}

// A run of callouts that print as one group, and the bytes of text it covers.
struct group {
    std::size_t begin;  // first byte removed
    std::size_t end;    // past the last byte removed
    std::size_t at;     // where the merged callout stands
    std::vector<int> numbers;
    bool in_words;      // one of its callouts is printed in words
};

}  // namespace

location text_positions::at(std::size_t offset) {
    if (line_where_.line == 0) return {};
    if (offset < scanned_) *this = text_positions(text_, start_);
    for (; scanned_ < offset && scanned_ < text_.size(); ++scanned_)
        if (text_[scanned_] == '\n') {
            line_start_ = scanned_ + 1;
            line_where_ = {line_where_.line + 1, 1};
        }
    return at_line_column(line_where_.line, line_where_.column + (offset - line_start_));
}

void cited_text::append(std::string_view text, location where) {
    // The line and column of text[line_start], moved on at each line break, so that a
    // piece after one is placed on its own line: Markdown reads a paragraph's lines as one.
    std::size_t line_start = 0;
    location line_where = where;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t space = is_space(text[at]) ? 1 : no_break_space_at(text, at);
        if (space != 0) {
            if (text[at] == '\n' && where.line != 0) {
                line_start = at + 1;
                line_where = {line_where.line + 1, 1};
            }
            pending_space_ = !text_.empty();
            at += space;
            continue;
        }
        if (pending_space_) {
            text_ += ' ';
            pending_space_ = false;
        }
        std::size_t end = at;
        while (end < text.size() && !is_space(text[end]) && no_break_space_at(text, end) == 0)
            ++end;
        location here = line_where;
        if (here.line != 0) here.column += at - line_start;
        pieces_.push_back({text_.size(), here});
        text_.append(text, at, end - at);
        at = end;
    }
}

void cited_text::cite(std::vector<int> numbers) {
    callouts_.push_back({text_.size(), std::move(numbers), false});
}

void cited_text::cite_in_words(std::vector<int> numbers) {
    callouts_.push_back({text_.size(), std::move(numbers), true});
}

location cited_text::locate(std::size_t offset) const {
    auto next = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                                 [](std::size_t o, const piece& p) { return o < p.offset; });
    if (next == pieces_.begin()) return pieces_.empty() ? location{} : pieces_.front().where;
    const piece& p = *(next - 1);
    if (p.where.line == 0) return {};
    return at_line_column(p.where.line, p.where.column + (offset - p.offset));
}

cited_text cited_text::settle() const {
    // Group callouts whose text between is only separators; fill dashed ranges.
    std::vector<group> groups;
    for (const callout& c : callouts_) {
        if (!groups.empty() && only_separators(text_, groups.back().end, c.offset)) {
            group& g = groups.back();
            const bool dash = holds_dash(text_, g.end, c.offset);
            if (dash && !g.numbers.empty() && c.numbers.size() >= 1) {
                const int low = g.numbers.back();
                const int high = c.numbers.front();
                if (low < high && high - low <= longest_filled_range)
                    for (int n = low + 1; n < high; ++n) g.numbers.push_back(n);
            }
            g.numbers.insert(g.numbers.end(), c.numbers.begin(), c.numbers.end());
            g.end = c.offset;
            g.in_words = g.in_words || c.in_words;
            continue;
        }
        groups.push_back({c.offset, c.offset, c.offset, c.numbers, c.in_words});
    }
    // Numbers repeated within a group count once; one pass per group, not one per callout.
    for (group& g : groups) keep_first_of_each(g.numbers);
    // Widen each group over the brackets that hold only it.
    for (group& g : groups) {
        std::size_t left = g.begin;
        while (left > 0 && is_space(text_[left - 1])) --left;
        std::size_t right = g.end;
        while (right < text_.size() && is_space(text_[right])) ++right;
        if (left > 0 && right < text_.size() && closing_for(text_[left - 1]) != '\0' &&
            closing_for(text_[left - 1]) == text_[right]) {
            g.begin = left - 1;
            g.end = right + 1;
        }
    }

    cited_text out;
    std::size_t from = 0;
    // Copies text_[begin, end) piece by piece, so each piece keeps its input position;
    // append() folds the spaces at the seams.
    auto copy = [&](std::size_t begin, std::size_t end) {
        while (begin < end) {
            auto next = std::upper_bound(pieces_.begin(), pieces_.end(), begin,
                                         [](std::size_t o, const piece& p) { return o < p.offset; });
            const std::size_t stop = next == pieces_.end() ? end : std::min(end, next->offset);
            out.append(std::string_view(text_).substr(begin, stop - begin), locate(begin));
            begin = stop;
        }
    };
    for (const group& g : groups) {
        copy(from, g.begin);
        // A space before the group and punctuation after it: the space goes.
        std::size_t after = g.end;
        while (after < text_.size() && is_space(text_[after])) ++after;
        if (after >= text_.size() || is_closing_punctuation(text_[after])) {
            out.pending_space_ = false;
            from = after;
            // "Rotz et al. [42]." reads "Rotz et al.", not "et al..";
            // "(AR5; [27])" reads "(AR5)", not "(AR5;)".
            const char before = out.text_.empty() ? '\0' : out.text_.back();
            if (from < text_.size() && text_[from] == '.' && before == '.') ++from;
            if (from < text_.size() && (text_[from] == ')' || text_[from] == ']') &&
                (before == ',' || before == ';'))
                out.text_.pop_back();
        } else {
            from = g.end;
        }
        out.callouts_.push_back({out.text_.size(), g.numbers, g.in_words});
    }
    copy(from, text_.size());
    return out;
}

}  // namespace citegraph
