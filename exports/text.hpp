// Text clean-up the writers share: valid UTF-8, short labels.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph::exports_detail {

// The text with each invalid UTF-8 sequence and each U+FFFE and U+FFFF replaced by U+FFFD, and
// C0 control characters other than tab, newline and carriage return dropped, and DEL: what
// XML 1.0 cannot carry, so GraphML, SVG, the HTML report and DOT never hold it; "" stays "".
std::string clean_text(std::string_view text);

// clean_text without the copy: returns text itself when it needs no repair (the usual
// case), otherwise the repaired text, written into storage. The result is valid only while
// both text and storage are.
std::string_view clean_view(std::string_view text, std::string& storage);

// The first `max_chars` code points of clean_text(text) followed by "…" when it was longer;
// whitespace runs (newlines included) fold to one space so the label stays on one line.
std::string short_label(std::string_view text, std::size_t max_chars);

// short_label for a terminal: other control characters shown escaped ("\x1b", "\u009b")
// rather than dropped, so a reader sees what the document holds and the terminal acts on
// none of it.
std::string terminal_label(std::string_view text, std::size_t max_chars);

// The date in ISO 8601 at its own precision ("2018-06-28", "2017"), or "undated".
std::string iso_or_undated(const date& d);

// The items with separator between them; "" for none.
std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace citegraph::exports_detail
