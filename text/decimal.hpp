// Integers written in decimal straight into a string being built.
#pragma once

#include <charconv>
#include <concepts>
#include <iterator>
#include <string>

namespace citegraph::text {

// n in decimal after out's text, as std::to_string writes it, without a string of its own.
void append_number(std::string& out, std::integral auto n) {
    char digits[24];  // the longest 64-bit integer, with its sign, is 20 characters
    const auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
    out.append(std::begin(digits), end);
}

}  // namespace citegraph::text
