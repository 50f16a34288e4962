#include "front_matter.hpp"

#include "text/date_scanner.hpp"
#include "text/doi_scanner.hpp"
#include "importers/common/line_map.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::markdown_import {

namespace {

// The value without surrounding quotes: "'A title'" -> "A title".
std::string_view unquoted(std::string_view value) {
    value = trim(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

date read_date(std::string_view value) {
    date iso = parse_iso_date(value);
    if (iso.known()) return iso;
    // "2022-03-01T10:00:00Z" and "March 1, 2022" are read by the date scanner.
    auto found = find_dates(value);
    return found.empty() ? date{} : found.front().value;
}

void read_field(std::string_view key, std::string_view value, front_matter& out) {
    if (text::equals_ascii_folded(key, "title")) out.title = std::string(value);
    else if (text::equals_ascii_folded(key, "url")) out.url = std::string(value);
    else if (text::equals_ascii_folded(key, "doi")) out.doi = normalise_doi(value);
    else if (text::equals_ascii_folded(key, "date")) out.published = read_date(value);
}

}  // namespace

front_matter read_front_matter(std::string_view bytes, std::size_t start) {
    front_matter out;
    std::size_t end = next_line_end(bytes, start);
    if (trim(bytes.substr(start, end - start)) != "---" || end >= bytes.size()) return out;
    front_matter read;
    for (std::size_t begin = end + line_end_at(bytes, end); begin < bytes.size();) {
        end = next_line_end(bytes, begin);
        const std::string_view line = bytes.substr(begin, end - begin);
        const std::size_t next = end + line_end_at(bytes, end);
        if (trim(line) == "---" || trim(line) == "...") {
            read.end = next;
            return read;
        }
        const std::size_t colon = line.find(':');
        if (colon != std::string_view::npos && !line.empty() && line[0] != ' ' && line[0] != '-')
            read_field(trim(line.substr(0, colon)), unquoted(line.substr(colon + 1)), read);
        begin = next;
    }
    return out;  // never closed: a thematic break, not front matter
}

}  // namespace citegraph::markdown_import
