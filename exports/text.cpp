#include "text.hpp"

namespace citegraph::exports_detail {

namespace {

// Length of the valid UTF-8 sequence starting at text[i]; 0 if it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; low = 0xA0; }
    else if (lead == 0xED) { length = 3; high = 0x9F; }
    else if (lead >= 0xE1 && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) { length = 4; low = 0x90; }
    else if (lead == 0xF4) { length = 4; high = 0x8F; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            ++i;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (length == 1 && (c < 0x20 || c == 0x7F) && !is_space(text[i])) {
            ++i;
            continue;
        }
        out.append(text, i, length);
        i += length;
    }
    return out;
}

std::string short_label(std::string_view text, std::size_t max_chars) {
    const std::string clean = clean_text(text);
    std::string out;
    std::size_t chars = 0;
    bool pending_space = false;
    for (std::size_t i = 0; i < clean.size();) {
        if (is_space(clean[i])) {
            pending_space = !out.empty();
            ++i;
            continue;
        }
        const std::size_t length = utf8_length(clean, i);  // never 0: clean_text repaired it
        if (chars + (pending_space ? 1 : 0) >= max_chars) return out + "…";
        if (pending_space) {
            out += ' ';
            ++chars;
            pending_space = false;
        }
        out.append(clean, i, length);
        ++chars;
        i += length;
    }
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

}  // namespace citegraph::exports_detail
