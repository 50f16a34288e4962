#include "citegraph/diagnostics.hpp"

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

}  // namespace

std::string format_warning(const diagnostic& d) {
    return position(d.path, d.where) + ": warning: " + d.message;
}

input_error::input_error(std::string path, location where, const std::string& message)
    : std::runtime_error(position(path, where) + ": error: " + message),
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
