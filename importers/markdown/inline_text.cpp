#include "inline_text.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "importers/common/figure_words.hpp"
#include "importers/common/first_use_callouts.hpp"
#include "importers/common/glued_numbers.hpp"
#include "importers/common/html_tags.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::markdown_import {

namespace {

constexpr std::size_t max_label_length = 1000;   // bounds the bracket search for each '['
constexpr std::size_t max_target_length = 2000;  // and the parenthesis search of a link target
constexpr int max_link_depth = 4;                // links inside link labels, at most

using text::equals_ascii_folded;

// A link "[label](target)" starting at the '['.
struct link {
    std::size_t label_begin, label_end;    // inside the brackets
    std::size_t target_begin, target_end;  // inside the parentheses
    std::size_t end;                       // past ')'
};

// Offset of the ']' closing the '[' at s[open] (nesting and escapes honoured); npos if none
// within max_label_length.
std::size_t closing_bracket(std::string_view s, std::size_t open) {
    int depth = 0;
    for (std::size_t at = open; at < s.size() && at - open < max_label_length; ++at) {
        if (s[at] == '\\') ++at;
        else if (s[at] == '[') ++depth;
        else if (s[at] == ']' && --depth == 0) return at;
    }
    return std::string_view::npos;
}

std::optional<link> read_link(std::string_view s, std::size_t open) {
    const std::size_t close = closing_bracket(s, open);
    if (close == std::string_view::npos || close + 1 >= s.size() || s[close + 1] != '(') return std::nullopt;
    int depth = 0;
    for (std::size_t at = close + 1; at < s.size() && at - close < max_target_length; ++at) {
        if (s[at] == '\\') ++at;
        else if (s[at] == '(') ++depth;
        else if (s[at] == ')' && --depth == 0) return link{open + 1, close, close + 2, at, at + 1};
    }
    return std::nullopt;
}

// The fragment of a link target ("#cite_note-3" -> "cite_note-3"); "" if it has none.
std::string_view fragment(std::string_view target) {
    target = trim(target);
    const std::size_t space = target.find(' ');  // a title may follow: (#x "title")
    if (space != std::string_view::npos) target = target.substr(0, space);
    const std::size_t hash = target.find('#');
    return hash == std::string_view::npos ? std::string_view() : target.substr(hash + 1);
}

// Anchor prefixes of figures, tables, equations and sections ("#F1", "#tab2", "#eq-3", "#S1").
constexpr std::array<std::string_view, 19> figure_anchors{
    "f", "fig", "figure", "t", "tab", "tbl", "table", "eq", "eqn", "equation", "s", "sec",
    "section", "app", "appendix", "ch", "chapter", "alg", "algorithm"};

// true if the target's fragment starts with a figure/table/equation/section anchor prefix.
bool names_figure_anchor(std::string_view target) {
    const std::string_view f = fragment(target);
    std::size_t letters = 0;
    while (letters < f.size() && (is_upper(f[letters]) || is_lower(f[letters]))) ++letters;
    if (letters == 0) return false;
    for (std::string_view prefix : figure_anchors)
        if (equals_ascii_folded(f.substr(0, letters), prefix)) return true;
    return false;
}

// true for a label of digits, dashes, commas and spaces only: "3", "3–5".
bool is_bare_numbers(std::string_view label) {
    if (label.empty() || !is_digit(label.front())) return false;
    for (std::size_t at = 0; at < label.size();) {
        if (is_digit(label[at]) || label[at] == ',' || label[at] == ' ') ++at;
        else if (std::size_t dash = text::dash_length(label, at)) at += dash;
        else return false;
    }
    return true;
}

// "[^label]" at s[at]: the label's length, 0 if none.
std::size_t footnote_reference_length(std::string_view s, std::size_t at) {
    if (s.substr(at, 2) != "[^") return 0;
    for (std::size_t end = at + 2; end < s.size() && end - at < max_label_length; ++end) {
        if (s[end] == ']') return end - at - 2;
        if (is_space(s[end]) || s[end] == '[') return 0;
    }
    return 0;
}

// Reads the inline content of one line (or link label) into a cited_text.
class inline_reader {
public:
    inline_reader(const inline_context& context, cited_text& out) : context_(context), out_(out) {}

    void read(std::string_view s, std::size_t base, int depth) {
        s_ = s;
        base_ = base;
        depth_ = depth;
        run_ = 0;
        last_callout_end_ = std::string_view::npos;
        unclosed_comment_from_ = std::string_view::npos;
        glued_.clear();
        next_glued_ = 0;
        if (context_.glued != nullptr && context_.targets != nullptr) glued_ = glued_numbers(s);
        for (std::size_t at = 0; at < s.size();) at = step(at);
        flush(s.size());
    }

private:
    // Handles the byte at s_[at]; returns where reading goes on.
    std::size_t step(std::size_t at) {
        while (next_glued_ < glued_.size() && glued_[next_glued_].begin < at) ++next_glued_;
        if (next_glued_ < glued_.size() && glued_[next_glued_].begin == at) return glued_at(glued_[next_glued_++]);
        const char c = s_[at];
        switch (c) {
            case '\\':
                if (at + 1 == s_.size() || s_[at + 1] == '\n') return skip(at, 1);  // a hard line break
                if (!is_ascii_punctuation(s_[at + 1])) return at + 1;
                flush(at);
                run_ = at + 1;  // the escaped character is text
                return at + 2;
            case '`': return code_span(at);
            case '<': return angle(at);
            case '!':
                if (at + 1 < s_.size() && s_[at + 1] == '[')
                    if (auto image = read_link(s_, at + 1)) return skip(at, image->end - at);
                return at + 1;
            case '[': return bracket(at);
            case '*': case '_': case '~': return emphasis(at);
            default: return at + 1;
        }
    }

    // Drops s_[at, at + length) from the output.
    std::size_t skip(std::size_t at, std::size_t length) {
        flush(at);
        run_ = at + length;
        return run_;
    }

    void flush(std::size_t upto) {
        if (upto > run_) {
            const std::string_view text = s_.substr(run_, upto - run_);
            const location where = context_.positions.locate(base_ + run_);
            if (context_.parenthesised != nullptr) context_.parenthesised->append(text, where, out_);
            else out_.append(text, where);
        }
        run_ = upto;
    }

    std::size_t code_span(std::size_t at) {
        std::size_t ticks = 0;
        while (at + ticks < s_.size() && s_[at + ticks] == '`') ++ticks;
        for (std::size_t close = s_.find('`', at + ticks); close != std::string_view::npos;) {
            std::size_t n = 0;
            while (close + n < s_.size() && s_[close + n] == '`') ++n;
            if (n == ticks) {
                flush(at);
                out_.append(s_.substr(at + ticks, close - at - ticks),
                            context_.positions.locate(base_ + at + ticks));
                run_ = close + n;
                return run_;
            }
            close = s_.find('`', close + n);
        }
        return at + ticks;  // no closing run: the backticks are text
    }

    std::size_t angle(std::size_t at) {
        if (s_.substr(at, 4) == "<!--") {
            // No "-->" after one comment opening means none after any later one: searched
            // once, not once per opening, which a paragraph of many would make quadratic.
            if (at >= unclosed_comment_from_) return at + 1;
            const std::size_t close = s_.find("-->", at + 4);
            if (close != std::string_view::npos) return skip(at, close + 3 - at);
            unclosed_comment_from_ = at;
            return at + 1;
        }
        if (std::size_t tag = html_tag_length(s_, at)) return skip(at, tag);
        const std::string_view rest = s_.substr(at + 1);
        if (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("mailto:")) {
            const std::size_t close = s_.find('>', at);
            if (close != std::string_view::npos && s_.substr(at, close - at).find(' ') == std::string_view::npos) {
                skip(at, 1);  // "<https://x>" prints the URL
                flush(close);
                run_ = close + 1;
                return run_;
            }
        }
        return at + 1;
    }

    // '*' and '~~' runs touching a word mark emphasis; '_' only at a word's edge, since
    // "snake_case" keeps its underscore.
    std::size_t emphasis(std::size_t at) {
        const char c = s_[at];
        std::size_t end = at;
        while (end < s_.size() && s_[end] == c) ++end;
        const bool before = at > 0 && !is_space(s_[at - 1]);
        const bool after = end < s_.size() && !is_space(s_[end]);
        bool marks = before || after;
        if (c == '_') marks = text::word_char_before(s_, at) != text::is_word_char(s_, end);
        if (c == '~') marks = marks && end - at >= 2;
        return marks ? skip(at, end - at) : end;
    }

    std::size_t bracket(std::size_t at) {
        if (std::size_t label = footnote_reference_length(s_, at)) {
            skip(at, label + 3);
            if (context_.targets != nullptr) cite_footnote(s_.substr(at + 2, label), at);
            return run_;
        }
        if (auto l = read_link(s_, at)) return link_at(at, *l);
        if (context_.targets == nullptr) return at + 1;
        const bool after_label = at > 0 && s_[at - 1] == ']' && last_callout_end_ != at;
        if (after_label || (at > 0 && s_[at - 1] == '!')) return at + 1;  // "[text][1]" is a link
        auto group = read_number_group(s_, at);
        if (!group || after_figure_word(s_, at)) return at + 1;
        const citation_policy& policy = context_.targets->numbers;
        if (policy.judge(*group) != citation_verdict::citation) return at + 1;
        skip(at, group->end - at);
        cite(policy.numbers(*group), at);
        last_callout_end_ = group->end;
        return run_;
    }

    std::size_t link_at(std::size_t at, const link& l) {
        const std::string_view label = trim(s_.substr(l.label_begin, l.label_end - l.label_begin));
        const std::string_view target = s_.substr(l.target_begin, l.target_end - l.target_begin);
        skip(at, l.end - at);
        if (fragment(target).starts_with("fnref")) return run_;  // a footnote's "↩" back-link
        if (context_.targets != nullptr && !after_figure_word(s_, at) && !names_figure_anchor(target))
            if (auto numbers = callout_numbers(label, target)) {
                cite(*numbers, at);
                return run_;
            }
        // The label is text; read it with a reader of its own, then carry on here.
        if (depth_ >= max_link_depth) {
            out_.append(label, context_.positions.locate(base_ + l.label_begin));
            return run_;
        }
        const std::size_t resume = run_;
        inline_reader inner(context_, out_);
        inner.read(s_.substr(l.label_begin, l.label_end - l.label_begin), base_ + l.label_begin, depth_ + 1);
        run_ = resume;
        return run_;
    }

    // A glued number: a callout if it is one of the list in first-use order, else text.
    std::size_t glued_at(const glued_number& g) {
        // A candidate that jumped ahead has been printed already; when the next one
        // continues from it, only that next one is cited.
        if (!first_use_order::taken(context_.glued->order.take(g.numbers))) return g.begin + 1;
        skip(g.begin, g.end - g.begin);
        cite(g.numbers, g.begin);
        return run_;
    }

    // The numbers a link label cites: "[3]", "[1, 4-6]", or a bare "3" linking to an anchor.
    std::optional<std::vector<int>> callout_numbers(std::string_view label, std::string_view target) const {
        std::optional<number_group> group;
        std::string wrapped;
        if (label.starts_with("[")) {
            group = read_number_group(label, 0);
            if (group && group->end != label.size()) group.reset();
        } else if (is_bare_numbers(label) && target.find('#') != std::string_view::npos) {
            wrapped = "[" + std::string(label) + "]";
            group = read_number_group(wrapped, 0);
        }
        const citation_policy& policy = context_.targets->numbers;
        if (!group || policy.judge(*group) != citation_verdict::citation) return std::nullopt;
        return policy.numbers(*group);
    }

    void cite(std::vector<int> numbers, std::size_t at) {
        const citation_policy& policy = context_.targets->numbers;
        for (int n : numbers)
            if (policy.has_list() && !policy.known(n))
                context_.warnings.warn(context_.path, context_.positions.locate(base_ + at),
                                       "callout cites " + std::to_string(n) +
                                           ", which the reference list lacks");
        out_.cite(std::move(numbers));
    }

    void cite_footnote(std::string_view label, std::size_t at) {
        auto found = context_.targets->footnotes.find(std::string(label));
        if (found == context_.targets->footnotes.end()) {
            context_.warnings.warn(context_.path, context_.positions.locate(base_ + at),
                                   "footnote [^" + std::string(label) + "] has no definition");
            return;
        }
        out_.cite({found->second});
    }

    const inline_context& context_;
    cited_text& out_;
    std::string_view s_;
    std::size_t base_ = 0;
    int depth_ = 0;
    std::size_t run_ = 0;  // start of the text not yet appended
    std::size_t last_callout_end_ = std::string_view::npos;
    std::size_t unclosed_comment_from_ = std::string_view::npos;  // no "-->" follows a "<!--" here
    std::vector<glued_number> glued_;  // of s_, when glued numbers are callouts
    std::size_t next_glued_ = 0;
};

}  // namespace

namespace {

// true if `next` follows `line` in the same input with nothing but a line break and spaces
// between: no blank line, no quote marker. The two are then read as one run of text.
bool runs_on(const span& line, const span& next) {
    if (next.blank_before || next.offset < line.offset + line.text.size()) return false;
    const std::size_t gap = next.offset - line.offset - line.text.size();
    if (next.text.data() != line.text.data() + line.text.size() + gap) return false;  // not one buffer
    const std::string_view between(line.text.data() + line.text.size(), gap);
    return std::count(between.begin(), between.end(), '\n') == 1 &&
           std::all_of(between.begin(), between.end(), [](char c) { return is_space(c); });
}

}  // namespace

void append_inline(std::span<const span> lines, const inline_context& context, cited_text& out) {
    // Lines that run on are read as one text, as CommonMark reads a paragraph: a callout or
    // a link wrapped onto the next line ("forces4,5,7," / "(33, 39," / "42, 43)") is whole.
    for (std::size_t first = 0; first < lines.size();) {
        std::size_t last = first;
        while (last + 1 < lines.size() && runs_on(lines[last], lines[last + 1])) ++last;
        const char* begin = lines[first].text.data();
        const char* end = lines[last].text.data() + lines[last].text.size();
        if (first > 0) out.append(" ", {});
        inline_reader reader(context, out);
        reader.read(std::string_view(begin, static_cast<std::size_t>(end - begin)), lines[first].offset, 0);
        first = last + 1;
    }
}

std::string plain_text(std::span<const span> lines, const inline_context& context) {
    const inline_context plain{nullptr, context.positions, context.path, context.warnings};
    cited_text text;
    append_inline(lines, plain, text);
    return text.text();
}

}  // namespace citegraph::markdown_import
