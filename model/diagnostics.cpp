#include "citegraph/diagnostics.hpp"
#include "citegraph/utf8.hpp"

#include <cstdio>

namespace citegraph {

namespace {

std::string position(const std::string& path, location where) {
    std::string text = path;
    if (where.line != 0) {
        text += ':' + std::to_string(where.line);
        if (where.column != 0) text += ':' + std::to_string(where.column);
    }
    return text;
}

void append_escape(std::string& out, const char* form, unsigned value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, form, value);
    out += buffer;
}

// printable, with newline and carriage return kept or escaped.
std::string escaped(std::string_view text, bool escape_line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c == '\n' || c == '\r') && !escape_line_breaks) out += text[i++];
        else if (c == '\n') out += "\\n", ++i;
        else if (c == '\r') out += "\\r", ++i;
        else if ((c < 0x20 && c != '\t') || c == 0x7F) append_escape(out, "\\x%02x", c), ++i;
        else if (c < 0x80) out += text[i++];
        else if (const std::size_t length = utf8_sequence_length(text, i); length == 0) {
            append_escape(out, "\\x%02x", c), ++i;
        } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            append_escape(out, "\\u%04x", static_cast<unsigned char>(text[i + 1])), i += 2;  // C1
        } else {
            out.append(text, i, length), i += length;
        }
    }
    return out;
}

}  // namespace

std::string printable(std::string_view text) { return escaped(text, true); }

std::string printable_keeping_line_breaks(std::string_view text) { return escaped(text, false); }

std::string format_warning(const diagnostic& d) {
    return printable(position(d.path, d.where) + ": warning: " + d.message);
}

input_error::input_error(std::string path, location where, const std::string& message)
    : std::runtime_error(printable(position(path, where) + ": error: " + message)),
      path_(std::move(path)),
      where_(where) {}

location locate(std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    location where{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else {
            ++where.column;
        }
    }
    return where;
}

}  // namespace citegraph
