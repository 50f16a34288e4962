#include "tag_depth.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace citegraph::html_import {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ends_name(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>'; }

// The tag name at html[at] in lower case, at most 16 bytes (longer names are never in
// the lists below); at moves past the whole name.
std::string tag_name(std::string_view html, std::size_t& at) {
    std::string name;
    for (; at < html.size() && !ends_name(html[at]); ++at)
        if (name.size() < 16) name += static_cast<char>(html[at] >= 'A' && html[at] <= 'Z' ? html[at] + 32 : html[at]);
    return name;
}

template <std::size_t n>
bool listed(const std::array<std::string_view, n>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never nest in themselves: void, or closed by the next of their kind.
constexpr std::array<std::string_view, 44> uncounted{
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body",
    "p", "li", "dt", "dd", "rb", "rt", "rtc", "rp", "optgroup", "option", "colgroup", "caption",
    "thead", "tbody", "tfoot", "tr", "td", "th", "a", "nobr", "button", "form"};
// Elements whose content is text up to their end tag.
constexpr std::array<std::string_view, 9> raw_text{
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"};

// Offset just past the '>' that ends the tag whose attributes start at `at` (quotes may
// hold '>'); whether it ends with "/>" is put in self_closing. npos if it never ends.
std::size_t tag_end(std::string_view html, std::size_t at, bool& self_closing) {
    char quote = 0;
    for (; at < html.size(); ++at) {
        const char c = html[at];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            self_closing = at > 0 && html[at - 1] == '/';
            return at + 1;
        }
    }
    return npos;
}

// Offset of the "</name" that ends a raw-text element's content, searched case-blind; npos if none.
std::size_t raw_text_end(std::string_view html, std::size_t at, std::string_view name) {
    for (std::size_t close = html.find("</", at); close != npos; close = html.find("</", close + 2)) {
        std::size_t after = close + 2;
        if (tag_name(html, after) == name) return close;
    }
    return npos;
}

}  // namespace

std::size_t first_tag_past_depth(std::string_view html, std::size_t limit) {
    std::size_t depth = 0, foreign = 0;  // foreign: open <svg> and <math> elements
    for (std::size_t at = html.find('<'); at != npos && at + 1 < html.size(); at = html.find('<', at)) {
        const std::size_t open = at;
        if (html.compare(at, 4, "<!--") == 0) {
            const std::size_t end = html.find("-->", at + 4);
            at = end == npos ? npos : end + 3;
            continue;
        }
        const bool closing = html[at + 1] == '/';
        std::size_t name_at = at + (closing ? 2 : 1);
        if (name_at >= html.size() || !is_letter(html[name_at])) {  // "<!DOCTYPE", "<?", "a < b"
            ++at;
            continue;
        }
        const std::string name = tag_name(html, name_at);
        bool self_closing = false;
        at = tag_end(html, name_at, self_closing);
        if (at == npos) return npos;
        const bool counted = !listed(uncounted, name);
        if (closing) {
            if (counted && depth > 0) --depth;
            if ((name == "svg" || name == "math") && foreign > 0) --foreign;
            continue;
        }
        if (listed(raw_text, name)) {
            at = raw_text_end(html, at, name);
            continue;
        }
        if (!counted || (self_closing && foreign > 0)) continue;
        if (name == "svg" || name == "math") ++foreign;
        if (++depth > limit) return open;
    }
    return npos;
}

}  // namespace citegraph::html_import
