// YAML front matter ("---" / "title: ..." / "---") at the top of a Markdown file: the
// document's own title, URL, DOI and date.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "citegraph/model.hpp"

namespace citegraph::markdown_import {

struct front_matter {
    std::string title;
    std::string url;
    std::string doi;    // lower-case, without a resolver prefix
    date published;     // from "date:" (ISO or written out); unknown if absent or unreadable
    std::size_t end = 0;  // offset of the first byte after the closing "---" line; 0 if none
};

// Reads front matter starting at bytes[start]: a "---" line, "key: value" lines, and a
// closing "---" or "..." line. Keys other than title, url, doi and date are ignored;
// values may be quoted. Without an opening or closing line there is no front matter
// and end is 0.
front_matter read_front_matter(std::string_view bytes, std::size_t start);

}  // namespace citegraph::markdown_import
