#include "markup.hpp"

#include "text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr std::size_t max_tag_length = 200;

bool is_ascii_punctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

// Length of a simple tag at text[at] ("<i>", "</span>", "<a href=x>"), 0 if none.
// A tag name is letters and digits followed by '>', "/>" or a space; so "<https://x>"
// and "a < b" are not tags.
std::size_t tag_at(std::string_view text, std::size_t at) {
    std::size_t i = at + 1;
    if (i < text.size() && text[i] == '/') ++i;
    if (i >= text.size() || !(is_upper(text[i]) || is_lower(text[i]))) return 0;
    while (i < text.size() && is_alnum(text[i])) ++i;
    if (i >= text.size()) return 0;
    if (text[i] == '>') return i + 1 - at;
    if (text[i] == '/' && i + 1 < text.size() && text[i + 1] == '>') return i + 2 - at;
    if (text[i] != ' ') return 0;
    for (; i < text.size() && i - at < max_tag_length; ++i) {
        if (text[i] == '<' || text[i] == '\n') return 0;
        if (text[i] == '>') return i + 1 - at;
    }
    return 0;
}

// true if the run of asterisks text[begin, end) touches a word on either side,
// i.e. marks emphasis; a lone " * " between spaces is kept.
bool is_emphasis(std::string_view text, std::size_t begin, std::size_t end) {
    bool word_before = begin > 0 && !is_space(text[begin - 1]);
    bool word_after = end < text.size() && !is_space(text[end]);
    return word_before || word_after;
}

}  // namespace

std::size_t footnote_mark_at(std::string_view text, std::size_t at) {
    std::string_view next = text.substr(at, 3);
    return next == "\xE2\x80\xA0" || next == "\xE2\x80\xA1" ? 3 : 0;
}

std::string clean_markup(std::string_view raw, footnote_marks marks) {
    std::string out;
    out.reserve(raw.size());
    bool pending_space = false;
    auto emit = [&](std::string_view piece) {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += piece;
    };
    for (std::size_t i = 0; i < raw.size();) {
        char c = raw[i];
        if (is_space(c)) {
            pending_space = true;
            ++i;
        } else if (std::size_t nbsp = no_break_space_at(raw, i)) {
            pending_space = true;
            i += nbsp;
        } else if (std::size_t tag = c == '<' ? tag_at(raw, i) : 0) {
            i += tag;
        } else if (c == '\\' && i + 1 < raw.size() && is_ascii_punctuation(raw[i + 1])) {
            emit(raw.substr(i + 1, 1));
            i += 2;
        } else if (c == '*') {
            std::size_t end = i;
            while (end < raw.size() && raw[end] == '*') ++end;
            if (!is_emphasis(raw, i, end)) emit(raw.substr(i, end - i));
            i = end;
        } else if (std::size_t mark = marks == footnote_marks::drop ? footnote_mark_at(raw, i) : 0) {
            i += mark;
        } else {
            emit(raw.substr(i, 1));
            ++i;
        }
    }
    return out;
}

bool has_content(std::string_view text) {
    for (char c : text)
        if (is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

}  // namespace citegraph::text_import
