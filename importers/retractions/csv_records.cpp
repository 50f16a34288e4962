#include "csv_records.hpp"

#include <utility>

#include "citegraph/diagnostics.hpp"

namespace citegraph {

namespace {

constexpr std::size_t chunk_size = 1 << 16;

}  // namespace

csv_records::csv_records(std::istream& in, std::string path) : in_(in), path_(std::move(path)) {
    fill();
    if (buffer_.starts_with("\xEF\xBB\xBF")) at_ = 3;  // a byte order mark is no part of the first field
}

bool csv_records::fill() {
    buffer_.resize(chunk_size);
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.resize(static_cast<std::size_t>(in_.gcount()));
    at_ = 0;
    if (in_.bad()) throw input_error(path_, here_, "cannot read the file");
    return !buffer_.empty();
}

int csv_records::peek() {
    if (at_ == buffer_.size() && !fill()) return -1;
    return static_cast<unsigned char>(buffer_[at_]);
}

void csv_records::advance() {
    if (buffer_[at_++] == '\n') {
        ++here_.line;
        here_.column = 1;
    } else {
        ++here_.column;
    }
}

bool csv_records::next(std::vector<std::string>& fields) {
    fields.clear();
    if (peek() < 0) return false;
    record_start_ = here_;
    std::string field;
    bool field_start = true;
    for (;;) {
        int ch = peek();
        if (ch == '"' && field_start) {
            const location opening = here_;
            advance();
            for (;;) {
                ch = peek();
                if (ch < 0) throw input_error(path_, opening, "quoted field never closes (a missing '\"')");
                advance();
                if (ch == '"') {
                    if (peek() != '"') break;
                    advance();  // "" is one quote
                }
                field += static_cast<char>(ch);
            }
            ch = peek();
            if (ch >= 0 && ch != ',' && ch != '\n' && ch != '\r')
                throw input_error(path_, here_, "expected ',' or the end of the line after a closing '\"'");
        }
        field_start = false;
        if (ch == ',') {
            advance();
            fields.push_back(std::move(field));
            field.clear();
            field_start = true;
            continue;
        }
        if (ch < 0 || ch == '\n' || ch == '\r') {
            if (ch == '\r') {
                advance();
                if (peek() == '\n') advance();
            } else if (ch == '\n') {
                advance();
            }
            fields.push_back(std::move(field));
            return true;
        }
        field += static_cast<char>(ch);
        advance();
    }
}

}  // namespace citegraph
