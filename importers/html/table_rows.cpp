#include "table_rows.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "text/text_chars.hpp"

namespace citegraph::html_import {

int span_attribute(const GumboNode* cell, const char* name) {
    const std::string_view value = trim(attribute(cell, name));
    int number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);  // digits first, as browsers read
    const int most = std::string_view(name) == "colspan" ? 1000 : 65534;
    return number < 1 ? 1 : std::min(number, most);
}

}  // namespace citegraph::html_import
