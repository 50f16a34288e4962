#include "input_check.hpp"

#include <cstdint>

#include "citegraph/diagnostics.hpp"
#include "citegraph/utf8.hpp"
#include "line_map.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

namespace {

// true if the 8 bytes at text[at] are all ASCII and none is NUL, tested as one word:
// most of a report is such text, and a byte at a time was a measurable part of an import.
bool plain_ascii_word(std::string_view text, std::size_t at) {
    using namespace byte_words;
    const std::uint64_t word = load(text, at);
    return (word & high_bits) == 0 && equal(word, '\0') == 0;
}

[[noreturn]] void fail(std::string_view bytes, const std::string& path, std::size_t at,
                       const char* message) {
    throw input_error(path, line_map(bytes).locate(at), message);
}

}  // namespace

std::size_t check_input(std::string_view bytes, const std::string& path) {
    // A UTF-16 file fails the UTF-8 check at its first byte; say what it is instead.
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
        fail(bytes, path, 0, "UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)");
    std::size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    for (std::size_t i = start; i < bytes.size();) {
        // Most of a report is ASCII: step over it without the full sequence check.
        if (i + 8 <= bytes.size() && plain_ascii_word(bytes, i)) {
            i += 8;
            continue;
        }
        if (bytes[i] > '\0' && static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        if (bytes[i] == '\0') fail(bytes, path, i, "NUL byte");
        std::size_t length = utf8_sequence_length(bytes, i);
        if (length == 0) fail(bytes, path, i, "invalid UTF-8");
        i += length;
    }
    return start;
}

}  // namespace citegraph
