#include "markup.hpp"

#include <algorithm>
#include <array>

#include "importers/common/html_tags.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

// true if the run of asterisks text[begin, end) touches a word on either side,
// i.e. marks emphasis; a lone " * " between spaces is kept.
bool is_emphasis(std::string_view text, std::size_t begin, std::size_t end) {
    bool word_before = begin > 0 && !is_space(text[begin - 1]);
    bool word_after = end < text.size() && !is_space(text[end]);
    return word_before || word_after;
}

}  // namespace

std::size_t footnote_mark_at(std::string_view text, std::size_t at) {
    // Both marks start with 0xE2; test that byte first, this runs for every byte of a claim.
    if (at >= text.size() || static_cast<unsigned char>(text[at]) != 0xE2) return 0;
    std::string_view next = text.substr(at, 3);
    return next == "\xE2\x80\xA0" || next == "\xE2\x80\xA1" ? 3 : 0;
}

namespace {

// The bytes clean_markup copies as they are: not whitespace, not the start of a no-break
// space (0xC2) or footnote mark (0xE2), not '<', '\\' or '*'. A table indexed by byte,
// since this is asked for every byte of every claim.
constexpr std::array<bool, 256> plain_bytes = [] {
    std::array<bool, 256> table{};
    for (std::size_t b = 0; b < table.size(); ++b) {
        const auto c = static_cast<char>(b);
        table[b] = !is_space(c) && c != '<' && c != '\\' && c != '*' && b != 0xC2 && b != 0xE2;
    }
    return table;
}();

bool is_plain(char c) { return plain_bytes[static_cast<unsigned char>(c)]; }

// true if text[at] is a lone ' ' between two plain bytes: clean_markup keeps it as is.
bool single_space_between_plain(std::string_view text, std::size_t at) {
    return text[at] == ' ' && at + 1 < text.size() && is_plain(text[at + 1]);
}

// The end of the run of bytes clean_markup copies as they are that starts with the plain
// byte raw[at]: plain bytes, and single spaces between two of them. Eight bytes at a time
// while a word holds no byte but plain ones and spaces, no two spaces together, and a space
// last only before a plain byte; the word that stops that, a byte at a time.
std::size_t plain_run_end(std::string_view raw, std::size_t at) {
    using namespace byte_words;
    std::size_t end = at + 1;
    for (;;) {
        while (end + 8 <= raw.size()) {
            const std::uint64_t word = load(raw, end);
            // Whitespace other than ' ' is below 0x20; so are controls, plain but rare.
            const std::uint64_t not_plain = below(word, 0x20) | equal(word, '<') | equal(word, '\\') |
                                            equal(word, '*') | equal(word, 0xC2) | equal(word, 0xE2);
            const std::uint64_t spaces = equal(word, ' ');
            if (not_plain != 0 || (spaces & (spaces >> 8)) != 0) break;
            if ((spaces & last_byte) != 0 && !(end + 8 < raw.size() && is_plain(raw[end + 8]))) break;
            end += 8;
        }
        const std::size_t stop = std::min(end + 8, raw.size());
        while (end < stop && (is_plain(raw[end]) || single_space_between_plain(raw, end))) ++end;
        if (end < stop || end == raw.size()) return end;
    }
}

// Builds clean text piece by piece: whitespace between pieces becomes one space, none
// at the start or the end.
class folded_output {
public:
    explicit folded_output(std::size_t capacity) { out_.reserve(capacity); }

    void space() { pending_space_ = true; }

    void append(std::string_view piece) {
        if (pending_space_ && !out_.empty()) out_ += ' ';
        pending_space_ = false;
        out_ += piece;
    }

    std::string take() { return std::move(out_); }

private:
    std::string out_;
    bool pending_space_ = false;
};

}  // namespace

std::string clean_markup(std::string_view raw, footnote_marks marks) {
    folded_output out(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        char c = raw[i];
        if (is_plain(c)) {
            // Copy the whole run of ordinary bytes at once rather than byte by byte. A
            // single ' ' between two ordinary bytes stays as it is, so it joins the run.
            const std::size_t end = plain_run_end(raw, i);
            out.append(raw.substr(i, end - i));
            i = end;
        } else if (is_space(c)) {
            out.space();
            ++i;
        } else if (std::size_t nbsp = no_break_space_at(raw, i)) {
            out.space();
            i += nbsp;
        } else if (std::size_t tag = c == '<' ? html_tag_length(raw, i) : 0) {
            i += tag;
        } else if (c == '\\' && i + 1 < raw.size() && is_ascii_punctuation(raw[i + 1])) {
            out.append(raw.substr(i + 1, 1));
            i += 2;
        } else if (c == '*') {
            std::size_t end = i;
            while (end < raw.size() && raw[end] == '*') ++end;
            if (!is_emphasis(raw, i, end)) out.append(raw.substr(i, end - i));
            i = end;
        } else if (std::size_t mark = marks == footnote_marks::drop ? footnote_mark_at(raw, i) : 0) {
            i += mark;
        } else {
            out.append(raw.substr(i, 1));
            ++i;
        }
    }
    return out.take();
}

bool has_content(std::string_view text) {
    for (char c : text)
        if (is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

}  // namespace citegraph::text_import
