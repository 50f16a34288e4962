#include "blocks.hpp"

#include <optional>

#include "importers/common/line_map.hpp"
#include "text/text_chars.hpp"

namespace citegraph::markdown_import {

namespace {

constexpr std::size_t code_indent = 4;
constexpr std::size_t max_ordinal_digits = 9;

// The line without its indentation, and how wide that indentation is (a tab counts 4).
struct indented {
    std::string_view content;
    std::size_t offset = 0;  // input offset of content[0]
    std::size_t width = 0;
};

indented measure(std::string_view line, std::size_t offset) {
    std::size_t at = 0, width = 0;
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) {
        width += line[at] == '\t' ? 4 - width % 4 : 1;
        ++at;
    }
    return {line.substr(at), offset + at, width};
}

bool blank(std::string_view line) { return trim(line).empty(); }

// The line with up to `columns` of its indentation removed.
span without_indent(const span& line, std::size_t columns) {
    std::size_t cut = 0, width = 0;
    while (cut < line.text.size() && width < columns && (line.text[cut] == ' ' || line.text[cut] == '\t')) {
        width += line.text[cut] == '\t' ? 4 - width % 4 : 1;
        ++cut;
    }
    return {line.text.substr(cut), line.offset + cut, false};
}

// Length of a run of c at text[at].
std::size_t run_of(std::string_view text, std::size_t at, char c) {
    std::size_t end = at;
    while (end < text.size() && text[end] == c) ++end;
    return end - at;
}

// "```" or "~~~" (3 or more) opening a fenced code block; 0 if none.
std::size_t fence_length(std::string_view content) {
    if (content.empty() || (content[0] != '`' && content[0] != '~')) return 0;
    std::size_t n = run_of(content, 0, content[0]);
    if (n < 3) return 0;
    // An info string after backticks may not hold a backtick.
    if (content[0] == '`' && content.find('`', n) != std::string_view::npos) return 0;
    return n;
}

// "***", "- - -", "___": a thematic break.
bool is_thematic_break(std::string_view content) {
    if (content.empty() || (content[0] != '*' && content[0] != '-' && content[0] != '_')) return false;
    std::size_t marks = 0;
    for (char c : content) {
        if (c == content[0]) ++marks;
        else if (c != ' ' && c != '\t') return false;
    }
    return marks >= 3;
}

// 1 or 2 for a setext underline ("===" or "---" alone), 0 otherwise.
int setext_level(std::string_view content) {
    std::string_view t = trim(content);
    if (t.empty() || (t[0] != '=' && t[0] != '-')) return 0;
    if (run_of(t, 0, t[0]) != t.size()) return 0;
    return t[0] == '=' ? 1 : 2;
}

struct atx_heading {
    int level;
    std::size_t text_begin;  // in content
    std::size_t text_end;
};

// "## Title ##" -> level 2, "Title"; nullopt unless 1-6 '#' are followed by a space or the end.
std::optional<atx_heading> read_atx(std::string_view content) {
    std::size_t hashes = run_of(content, 0, '#');
    if (hashes == 0 || hashes > 6) return std::nullopt;
    if (hashes < content.size() && content[hashes] != ' ' && content[hashes] != '\t') return std::nullopt;
    std::size_t begin = hashes;
    while (begin < content.size() && (content[begin] == ' ' || content[begin] == '\t')) ++begin;
    std::size_t end = content.size();
    while (end > begin && is_space(content[end - 1])) --end;
    // A closing run of '#' preceded by a space goes.
    std::size_t closing = end;
    while (closing > begin && content[closing - 1] == '#') --closing;
    if (closing < end && (closing == begin || content[closing - 1] == ' ')) {
        end = closing;
        while (end > begin && is_space(content[end - 1])) --end;
    }
    return atx_heading{static_cast<int>(hashes), begin, end};
}

struct list_marker {
    long ordinal = 0;         // 0 for a bullet
    std::size_t width = 0;    // marker and the spaces after it
    bool empty = false;       // nothing follows the marker
};

// "- ", "* ", "+ ", "12. ", "3) " at the start of content; nullopt otherwise.
std::optional<list_marker> read_list_marker(std::string_view content) {
    if (content.empty()) return std::nullopt;
    list_marker marker;
    std::size_t at = 0;
    if (content[0] == '-' || content[0] == '*' || content[0] == '+') {
        at = 1;
    } else {
        while (at < content.size() && at < max_ordinal_digits && is_digit(content[at]))
            marker.ordinal = marker.ordinal * 10 + (content[at++] - '0');
        if (at == 0 || at >= content.size() || (content[at] != '.' && content[at] != ')'))
            return std::nullopt;
        ++at;
    }
    if (at < content.size() && content[at] != ' ' && content[at] != '\t') return std::nullopt;
    std::size_t spaces = 0;
    while (at + spaces < content.size() && (content[at + spaces] == ' ' || content[at + spaces] == '\t'))
        ++spaces;
    marker.empty = at + spaces >= content.size();
    if (spaces > code_indent) spaces = 1;  // the rest is indented code inside the item
    marker.width = at + (marker.empty ? 0 : spaces);
    return marker;
}

// "[^label]:" at the start of content: the label's length, 0 if none.
std::size_t footnote_label_length(std::string_view content) {
    if (content.substr(0, 2) != "[^") return 0;
    std::size_t close = content.find(']', 2);
    if (close == std::string_view::npos || close == 2 || close + 1 >= content.size() ||
        content[close + 1] != ':')
        return 0;
    for (std::size_t at = 2; at < close; ++at)
        if (is_space(content[at]) || content[at] == '[') return 0;
    return close - 2;
}

// "[id]: https://..." or "[id]: <...>": a link reference definition, which prints nothing.
bool is_link_definition(std::string_view content) {
    if (content.empty() || content[0] != '[' || footnote_label_length(content) > 0) return false;
    std::size_t close = content.find("]:");
    if (close == std::string_view::npos || close < 2) return false;
    std::string_view target = trim(content.substr(close + 2));
    return target.starts_with("<") || target.starts_with("http://") || target.starts_with("https://") ||
           target.starts_with("/") || target.starts_with("#");
}

// true if content has an unescaped '|' (a table row candidate).
bool has_pipe(std::string_view content) {
    for (std::size_t at = 0; at < content.size(); ++at) {
        if (content[at] == '\\') ++at;
        else if (content[at] == '|') return true;
    }
    return false;
}

// "|---|:---:|", "--- | ---": a table's delimiter row.
bool is_delimiter_row(std::string_view content) {
    std::string_view t = trim(content);
    if (t.empty()) return false;
    bool dash = false, pipe = false;
    for (char c : t) {
        if (c == '-') dash = true;
        else if (c == '|') pipe = true;
        else if (c != ':' && c != ' ' && c != '\t') return false;
    }
    return dash && (pipe || t.find(':') != std::string_view::npos);
}

class block_scanner {
public:
    explicit block_scanner(std::string_view bytes) : bytes_(bytes) {}

    void scan(std::size_t start) {
        std::vector<span> lines;
        for (std::size_t begin = start; begin < bytes_.size();) {
            const std::size_t end = next_line_end(bytes_, begin);
            lines.push_back({bytes_.substr(begin, end - begin), begin, false});
            begin = end + line_end_at(bytes_, end);
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const span* next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
            read_line(lines[i], next, lines.begin() + static_cast<std::ptrdiff_t>(i + 1), lines.end());
            i += skip_;
            skip_ = 0;
        }
    }

    std::vector<block> take() { return std::move(blocks_); }

private:
    using line_iterator = std::vector<span>::const_iterator;

    void read_line(const span& line, const span* next, line_iterator rest, line_iterator end) {
        if (fence_ > 0) return close_fence_if(line.text);
        if (in_comment_) {
            if (line.text.find("-->") != std::string_view::npos) in_comment_ = false;
            return;
        }
        if (blank(line.text)) return read_blank();
        const indented in = measure(line.text, line.offset);

        if (open_ == block_kind::list_item || open_ == block_kind::footnote) {
            if (in.width >= item_indent_) {
                // Indented content continues the item; a marker there starts a nested item.
                if (!read_list_marker(in.content)) return add_to_open(without_indent(line, item_indent_));
            } else if (blank_seen_) {
                close();
            }
        }
        if (in.width >= code_indent) {
            if (open_ == block_kind::paragraph || (is_open() && !blank_seen_))
                return add_to_open({in.content, in.offset, false});
            close();
            return;  // indented code prints no prose
        }
        read_content(in, next, rest, end);
    }

    void read_content(const indented& in, const span* next, line_iterator rest, line_iterator end) {
        const std::string_view c = in.content;
        if (c.starts_with("<!--")) {
            close();
            in_comment_ = c.find("-->", 4) == std::string_view::npos;
            return;
        }
        if (std::size_t fence = fence_length(c)) {
            close();
            fence_ = fence;
            fence_char_ = c[0];
            return;
        }
        if (auto atx = read_atx(c)) {
            close();
            block b;
            b.kind = block_kind::heading;
            b.level = atx->level;
            b.lines.push_back({c.substr(atx->text_begin, atx->text_end - atx->text_begin),
                               in.offset + atx->text_begin, false});
            blocks_.push_back(b);
            return;
        }
        if (open_ == block_kind::paragraph && !blank_seen_) {
            if (int level = setext_level(c)) {
                blocks_.back().kind = block_kind::heading;
                blocks_.back().level = level;
                open_.reset();
                return;
            }
        }
        if (is_thematic_break(c)) return close();
        if (c[0] == '>') return read_quote(in);
        if (std::size_t label = footnote_label_length(c)) {
            close();
            block b;
            b.kind = block_kind::footnote;
            b.label = c.substr(2, label);
            std::size_t text = label + 4;
            while (text < c.size() && c[text] == ' ') ++text;
            b.lines.push_back({c.substr(text), in.offset + text, false});
            open(std::move(b), 4);
            return;
        }
        auto marker = read_list_marker(c);
        // An ordered item interrupts a paragraph only when it starts at 1, and an empty item
        // never does: "2019. Springer" wrapped in a paragraph is no list.
        const bool interrupts = marker && !marker->empty &&
                                (marker->ordinal == 0 || marker->ordinal == 1 || c[0] == '-');
        if (marker && (open_ != block_kind::paragraph || blank_seen_ || interrupts)) {
            close();
            block b;
            b.kind = block_kind::list_item;
            b.ordinal = marker->ordinal;
            std::size_t text = marker->width;
            // "- · text", "- • text": a converter's bullet glyph kept after the list marker.
            for (std::string_view glyph : {"\xC2\xB7 ", "\xE2\x80\xA2 "})
                if (c.substr(text, glyph.size()) == glyph) text += glyph.size();
            b.lines.push_back({c.substr(text), in.offset + text, false});
            open(std::move(b), in.width + (marker->empty ? 2 : marker->width));
            return;
        }
        if (has_pipe(c) && next != nullptr && is_delimiter_row(next->text))
            return read_table(in, rest, end);
        if (is_link_definition(c) && (open_ != block_kind::paragraph || blank_seen_)) return close();
        if (is_open() && !blank_seen_ && open_ != block_kind::table)
            return add_to_open({c, in.offset, false});
        close();
        block b;
        b.kind = block_kind::paragraph;
        b.lines.push_back({c, in.offset, false});
        open(std::move(b), 0);
    }

    void read_quote(const indented& in) {
        std::string_view c = in.content;
        std::size_t at = 0;
        while (at < c.size() && (c[at] == '>' || c[at] == ' ')) ++at;  // nested quotes read as one
        const span content{c.substr(at), in.offset + at, false};
        if (blank(content.text)) return close();  // "> " alone: a paragraph break inside the quote
        if (open_ == block_kind::quote && !blank_seen_) return add_to_open(content);
        close();
        block b;
        b.kind = block_kind::quote;
        b.lines.push_back(content);
        open(std::move(b), 0);
    }

    void read_table(const indented& in, line_iterator rest, line_iterator end) {
        close();
        block b;
        b.kind = block_kind::table;
        b.lines.push_back({in.content, in.offset, false});
        // rest points at the delimiter row; body rows follow until a blank or pipe-less line.
        skip_ = 1;
        for (auto row = rest + 1; row != end && !blank(row->text) && has_pipe(row->text); ++row) {
            const indented cells = measure(row->text, row->offset);
            b.lines.push_back({cells.content, cells.offset, false});
            ++skip_;
        }
        blocks_.push_back(std::move(b));
    }

    void read_blank() {
        if (open_ == block_kind::list_item || open_ == block_kind::footnote) {
            blank_seen_ = true;
            return;
        }
        close();
    }

    void close_fence_if(std::string_view line) {
        const indented in = measure(line, 0);
        if (in.width < code_indent && run_of(in.content, 0, fence_char_) >= fence_ &&
            blank(in.content.substr(run_of(in.content, 0, fence_char_))))
            fence_ = 0;
    }

    bool is_open() const { return open_.has_value(); }

    void open(block b, std::size_t item_indent) {
        blocks_.push_back(std::move(b));
        open_ = blocks_.back().kind;
        item_indent_ = item_indent;
        blank_seen_ = false;
    }

    void add_to_open(span line) {
        line.blank_before = line.blank_before || blank_seen_;
        blocks_.back().lines.push_back(line);
        blank_seen_ = false;
    }

    void close() {
        open_.reset();
        blank_seen_ = false;
    }

    std::string_view bytes_;
    std::vector<block> blocks_;
    std::optional<block_kind> open_;  // the kind of blocks_.back() while it takes more lines
    std::size_t item_indent_ = 0;     // indentation that continues the open list item
    bool blank_seen_ = false;         // a blank line since the open block's last line
    std::size_t fence_ = 0;           // the open code fence's length; 0 outside code
    char fence_char_ = '`';
    bool in_comment_ = false;
    std::size_t skip_ = 0;            // lines a table took beyond the current one
};

}  // namespace

std::vector<block> read_blocks(std::string_view bytes, std::size_t start) {
    block_scanner scanner(bytes);
    scanner.scan(start);
    return scanner.take();
}

}  // namespace citegraph::markdown_import
