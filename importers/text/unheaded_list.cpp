#include "unheaded_list.hpp"

#include "line_kinds.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr int min_entries = 3;

struct numbered_run {
    std::size_t start = 0;
    int entries = 0;
};

// The run of entries counting up from the "1" at lines[start].
numbered_run run_from(const std::vector<layout_line>& lines, std::size_t start) {
    std::vector<std::size_t> opens{start};
    for (std::size_t i = start + 1; i < lines.size() && i - opens.back() <= max_entry_lines; ++i)
        if (entry_number(lines[i]) == static_cast<int>(opens.size()) + 1) opens.push_back(i);
    const int dated = dated_entries(lines, opens, 3);
    const int n = static_cast<int>(opens.size());
    return {start, 5 * dated >= 4 * n ? n : 0};
}

}  // namespace

int entry_number(const layout_line& line) { return entry_number(trim(line.text)); }

int dated_entries(const std::vector<layout_line>& lines, const std::vector<std::size_t>& opens,
                  std::size_t last_lines) {
    int dated = 0;
    for (std::size_t k = 0; k < opens.size(); ++k) {
        const std::size_t end = k + 1 < opens.size() ? opens[k + 1] : std::min(lines.size(), opens[k] + last_lines);
        bool found = false;
        for (std::size_t i = opens[k]; i < end && !found; ++i) found = names_year_or_link(lines[i].text);
        dated += found;
    }
    return dated;
}

std::optional<std::size_t> find_numbered_run(const std::vector<layout_line>& lines) {
    numbered_run best;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (entry_number(lines[i]) != 1) continue;
        numbered_run run = run_from(lines, i);
        if (run.entries >= best.entries) best = run;
    }
    if (best.entries < min_entries) return std::nullopt;
    return best.start;
}

}  // namespace citegraph::text_import
