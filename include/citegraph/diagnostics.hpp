// Warnings collected while reading input, and the error that stops a read.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

struct diagnostic {
    std::string path;
    location where;
    std::string message;
};

// Text as it may reach a terminal: C0 control characters but tab, DEL, C1 controls (U+0080
// to U+009F) and bytes that are not UTF-8 written as escapes ("\x1b", "\n", "\r",
// "\u009b", "\xff"), so neither an escape sequence in a document nor a newline in a file
// name can act on the terminal or split a line. Everything else, backslashes too, stays.
std::string printable(std::string_view text);

// printable, but newline and carriage return stay: for text a caller then folds to one line.
std::string printable_keeping_line_breaks(std::string_view text);

// "path:line:col: warning: message" (line/col left out when unknown), printable.
std::string format_warning(const diagnostic& d);

// Warnings a read produced; the library never prints them, the caller decides.
class diagnostics {
public:
    void warn(std::string path, location where, std::string message) {
        items_.push_back({std::move(path), where, std::move(message)});
    }
    const std::vector<diagnostic>& items() const { return items_; }
    bool empty() const { return items_.empty(); }

private:
    std::vector<diagnostic> items_;
};

// Input that cannot be read or is malformed; what() is "path:line:col: error: message",
// printable.
class input_error : public std::runtime_error {
public:
    input_error(std::string path, location where, const std::string& message);
    const std::string& path() const { return path_; }
    location where() const { return where_; }

private:
    std::string path_;
    location where_;
};

// Line and column (1-based, bytes) of a byte offset into text; offsets past the end clamp.
location locate(std::string_view text, std::size_t offset);

}  // namespace citegraph
