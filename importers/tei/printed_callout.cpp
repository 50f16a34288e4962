#include "printed_callout.hpp"

#include "text/utf8_text.hpp"

namespace citegraph::tei_import {

namespace {

constexpr int longest_range = 1000;
constexpr std::size_t longest_number = 6;

bool is_bracket(char c) { return c == '[' || c == ']' || c == '(' || c == ')'; }

// Length of a separator or bracket at text[at]: ",", ";", a space, a dash; 0 if none.
std::size_t punctuation_length(std::string_view text, std::size_t at) {
    const char c = text[at];
    if (c == ',' || c == ';' || is_bracket(c)) return 1;
    if (std::size_t space = text::space_length(text, at)) return space;
    return text::dash_length(text, at);
}

}  // namespace

printed_callout read_printed_callout(std::string_view text) {
    printed_callout out;
    std::size_t at = 0;
    while (at < text.size() && !text::is_digit(text, at)) {
        const std::size_t length = punctuation_length(text, at);
        if (length == 0) return {};
        at += length;
    }
    out.lead = text.substr(0, at);
    std::size_t last_end = at;
    bool dash_pending = false;
    while (at < text.size()) {
        if (text::is_digit(text, at)) {
            const std::size_t end = text::digits_end(text, at);
            if (end - at > longest_number || text::is_letter(text, end)) return {};
            int number = 0;
            for (std::size_t i = at; i < end; ++i) number = number * 10 + (text[i] - '0');
            const int low = out.numbers.empty() ? 0 : out.numbers.back();
            if (dash_pending && low < number && number - low <= longest_range)
                for (int n = low + 1; n < number; ++n) out.numbers.push_back(n);
            out.numbers.push_back(number);
            dash_pending = false;
            at = last_end = end;
            continue;
        }
        const std::size_t length = punctuation_length(text, at);
        if (length == 0) return {};
        if (text::dash_length(text, at) != 0) dash_pending = true;
        at += length;
    }
    if (out.numbers.empty()) return {};
    out.numeric = true;
    out.trail = text.substr(last_end);
    return out;
}

}  // namespace citegraph::tei_import
