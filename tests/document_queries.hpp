// Looking things up in an imported document and its warnings, for the importer tests.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"

namespace doctest {
template <>
struct StringMaker<citegraph::location> {
    static String convert(const citegraph::location& where) {
        return (std::to_string(where.line) + ":" + std::to_string(where.column)).c_str();
    }
};
}  // namespace doctest

namespace citegraph::testing {

// The first claim whose text holds text_part; none if none does.
inline std::optional<claim> find_claim(const document& doc, std::string_view text_part) {
    for (const claim& c : doc.claims)
        if (c.text.find(text_part) != std::string::npos) return c;
    return std::nullopt;
}

// true if a formatted warning ("path:line:col: warning: ...") holds part.
inline bool has_warning(const diagnostics& warnings, std::string_view part) {
    return std::any_of(warnings.items().begin(), warnings.items().end(),
                       [&](const diagnostic& d) { return format_warning(d).find(part) != std::string::npos; });
}

// The bytes of a file; "" if it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace citegraph::testing
