// clean_markup (importers/text/markup): every kind of byte it treats apart from the rest,
// at every place in a long run of plain text, against what its contract says each becomes.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "importers/text/markup.hpp"

using citegraph::text_import::clean_markup;
using citegraph::text_import::footnote_marks;

TEST_CASE("clean_markup turns each odd piece into its contract's text wherever it falls in a run") {
    // A piece between two words, and the text clean_markup makes of it.
    const std::vector<std::pair<std::string, std::string>> pieces = {
        {" ", " "},                     // a single space stays
        {"  ", " "},                    // whitespace folds to one space
        {" \t ", " "},
        {"\n", " "},
        {"\r\n", " "},
        {"\xC2\xA0", " "},              // a no-break space is whitespace
        {"<i>", ""},                    // a tag goes
        {" <br/> ", " "},
        {"\\$", "$"},                   // an escape keeps the character
        {"\xE2\x80\xA0", ""},           // a footnote mark goes (dropped here)
        {"\xE2\x80\x99", "\xE2\x80\x99"},  // other characters stay
        {"\xC3\xA9", "\xC3\xA9"},
        {"\x01", "\x01"},               // a control character is no markup
        {" * ", " * "},                 // a lone asterisk between spaces stays
        {"!", "!"},
        {" !", " !"},
    };
    for (const auto& entry : pieces)
        for (std::size_t before = 1; before <= 20; ++before)
            for (const std::size_t after : {1U, 7U, 8U, 9U, 17U}) {
                // No structured binding: clang 14 does not let CAPTURE's lambda name one.
                const std::string& piece = entry.first;
                const std::string& cleaned = entry.second;
                const std::string left(before, 'a'), right(after, 'b');
                CAPTURE(piece);
                CAPTURE(before);
                CAPTURE(after);
                CHECK(clean_markup(left + piece + right, footnote_marks::drop) == left + cleaned + right);
                // At the ends, whitespace is trimmed.
                const std::string trimmed = cleaned.substr(0, cleaned.find_last_not_of(' ') + 1);
                CHECK(clean_markup(left + piece, footnote_marks::drop) == left + trimmed);
            }
}

TEST_CASE("clean_markup copies long plain runs with single spaces as they are") {
    std::string text;
    for (std::size_t k = 0; text.size() < 200; ++k) text += std::string(1 + k % 9, static_cast<char>('a' + k % 26)) + " ";
    text.pop_back();
    for (std::size_t from = 0; from < 16; ++from) {
        const std::string part = text.substr(from);
        CAPTURE(from);
        CHECK(clean_markup(part, footnote_marks::drop) == (part.front() == ' ' ? part.substr(1) : part));
    }
}
