// One left-to-right pass: at each word start skip identifiers and URLs, try the date
// forms, longest first, and jump past whatever matched. Every test looks a bounded
// distance ahead, so the scan is linear in the text.
#include "date_scanner.hpp"

#include <optional>

#include "date_forms.hpp"
#include "date_labels.hpp"
#include "identifier_runs.hpp"
#include "utf8_text.hpp"

namespace citegraph {

namespace {

using date_pieces::match;

// A date starting with a digit at text[at]; dates after "/" or a dash are numbers.
std::optional<match> numeric_start(std::string_view text, std::size_t at) {
    if (at > 0) {
        std::size_t before = text::previous_char(text, at);
        if (text[before] == '/' || text::dash_length(text, before) == at - before) return std::nullopt;
    }
    if (auto found = day_first_date(text, at)) return found;
    if (auto found = all_numeric_date(text, at)) return found;
    if (auto found = year_first_date(text, at)) return found;
    if (auto found = numeric_month_year(text, at)) return found;
    return year_date(text, at);
}

std::vector<found_date> scan(std::string_view text) {
    std::vector<found_date> dates;
    std::size_t at = 0;
    while (at < text.size()) {
        if (!text::is_word_char(text, at) || text::word_char_before(text, at)) {
            at += text::char_length(text, at);
            continue;
        }
        if (std::size_t end = identifier_end(text, at); end > at) {
            at = end;
            continue;
        }
        std::optional<match> found =
            text::is_digit(text, at) ? numeric_start(text, at) : month_first_date(text, at);
        if (!found) {
            at = text::word_end(text, at);
            continue;
        }
        date_role role = label_before(text, at);
        if (role == date_role::none) role = label_after(text, found->end);
        dates.push_back({found->value, role, at, found->end - at});
        at = found->end;
    }
    return dates;
}

}  // namespace

std::vector<found_date> find_dates(std::string_view text) { return scan(text); }

}  // namespace citegraph
