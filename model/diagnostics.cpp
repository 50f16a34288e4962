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
    // Printable ASCII and tab, nearly all of any text, pass in runs appended at once.
    const auto kept_as_is = [escape_line_breaks](unsigned char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\t' || (!escape_line_breaks && (c == '\n' || c == '\r'));
    };
    for (std::size_t i = 0; i < text.size();) {
        std::size_t run = printable_ascii_end(text, i);
        while (run < text.size() && kept_as_is(static_cast<unsigned char>(text[run])))
            run = printable_ascii_end(text, run + 1);
        out.append(text, i, run - i);
        if (run == text.size()) break;
        i = run;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') out += "\\n", ++i;
        else if (c == '\r') out += "\\r", ++i;
        else if (c < 0x80) append_escape(out, "\\x%02x", c), ++i;  // another C0 control, or DEL
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
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return at_line_column(line, column);
}

}  // namespace citegraph
