// Bracket searches stop at the next opening bracket or line end, so no byte is
// searched from more than a couple of starting points and the scan stays linear.
#include "url_scanner.hpp"

#include <algorithm>

#include "utf8_text.hpp"

namespace citegraph {

namespace {

bool starts_http(std::string_view text, std::size_t at) {
    return text::starts_with_ascii_folded(text, at, "http://") ||
           text::starts_with_ascii_folded(text, at, "https://");
}

// Drops trailing ".,;>" and a ")" that closes nothing inside the URL ("…/Foo_(bar)" keeps it).
std::string_view strip_trailing(std::string_view url) {
    std::ptrdiff_t unclosed = 0;  // ")" without a "(" before the end
    for (char c : url) unclosed += c == ')' ? 1 : c == '(' ? -1 : 0;
    while (!url.empty()) {
        char last = url.back();
        if (last == ')' && unclosed > 0) {
            --unclosed;
        } else if (last != '.' && last != ',' && last != ';' && last != '>') {
            break;
        }
        url.remove_suffix(1);
    }
    return url;
}

std::string_view trim(std::string_view text) {
    std::size_t from = text::skip_spaces(text, 0);
    std::size_t to = text::skip_spaces_back(text, text.size());
    return from < to ? text.substr(from, to - from) : std::string_view{};
}

// Position of `close` after `from`, before any `stop` byte or line end; npos if none.
std::size_t find_close(std::string_view text, std::size_t from, char close, char stop) {
    for (std::size_t at = from; at < text.size(); ++at) {
        if (text[at] == close) return at;
        if (text[at] == stop || text[at] == '\n') return std::string_view::npos;
    }
    return std::string_view::npos;
}

// The link target inside a markdown "(...)" starting after "(": nested parentheses kept,
// an optional <...> and a trailing "title" dropped. npos end if unclosed.
std::size_t target_end(std::string_view text, std::size_t from) {
    int depth = 0;
    for (std::size_t at = from; at < text.size(); ++at) {
        char c = text[at];
        if (c == '\n' || c == '[' || c == ']') return std::string_view::npos;
        if (c == '(') ++depth;
        if (c == ')' && depth-- == 0) return at;
    }
    return std::string_view::npos;
}

std::string_view link_target(std::string_view inside) {
    inside = trim(inside);
    if (inside.size() >= 2 && inside.front() == '<' && inside.back() == '>')
        inside = trim(inside.substr(1, inside.size() - 2));
    if (std::size_t title = inside.find(" \""); title != std::string_view::npos)
        inside = trim(inside.substr(0, title));
    return inside;
}

// A bare URL runs to whitespace, a bracket or a quotation mark.
std::size_t bare_end(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        char c = text[at];
        if (text::space_length(text, at) > 0 || c == '<' || c == '>' || c == '"' || c == '[' ||
            c == ']')
            break;
        // Curly quotes “ ” ‘ ’ end a URL too (E2 80 98..9D).
        if (static_cast<unsigned char>(c) == 0xE2 && text::char_length(text, at) == 3 &&
            static_cast<unsigned char>(text[at + 1]) == 0x80 &&
            static_cast<unsigned char>(text[at + 2]) >= 0x98 &&
            static_cast<unsigned char>(text[at + 2]) <= 0x9D)
            break;
        ++at;
    }
    return at;
}

// A link opens only at one of these bytes: "[text](url)", "<url>", "http://", "https://".
// Every other byte is passed over at once: the scan runs over every reference twice.
bool may_open_link(char c) { return c == '[' || c == '<' || c == 'h' || c == 'H'; }

}  // namespace

std::vector<found_url> find_urls(std::string_view text) {
    std::vector<found_url> urls;
    std::size_t at = 0;
    while (at < text.size()) {
        char c = text[at];
        if (!may_open_link(c)) {
            ++at;
            continue;
        }
        if (c == '[') {
            std::size_t close = find_close(text, at + 1, ']', '[');
            if (close != std::string_view::npos && close + 1 < text.size() && text[close + 1] == '(') {
                std::size_t end = target_end(text, close + 2);
                if (end != std::string_view::npos) {
                    std::string_view target = link_target(text.substr(close + 2, end - close - 2));
                    if (starts_http(target, 0)) {
                        urls.push_back({std::string(strip_trailing(target)), at, end + 1 - at});
                        at = end + 1;
                        continue;
                    }
                }
            }
        } else if (c == '<') {
            std::size_t close = find_close(text, at + 1, '>', '<');
            if (close != std::string_view::npos) {
                std::string_view inside = trim(text.substr(at + 1, close - at - 1));
                if (starts_http(inside, 0)) {
                    urls.push_back({std::string(strip_trailing(inside)), at, close + 1 - at});
                    at = close + 1;
                    continue;
                }
            }
        } else if (starts_http(text, at) && !text::word_char_before(text, at)) {
            std::size_t end = bare_end(text, at);
            std::string_view url = strip_trailing(text.substr(at, end - at));
            urls.push_back({std::string(url), at, url.size()});
            at = end;
            continue;
        }
        ++at;
    }
    return urls;
}

std::string without_urls(std::string_view text, const std::vector<found_url>& urls) {
    std::string out(text);
    for (const found_url& url : urls) {
        if (url.offset >= out.size()) continue;
        std::size_t length = std::min(url.length, out.size() - url.offset);
        out.replace(url.offset, length, length, ' ');
    }
    return out;
}

}  // namespace citegraph
