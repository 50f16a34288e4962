#include "terminal_colour.hpp"

#include <array>
#include <utility>

namespace citegraph::exports_detail {

std::string_view verdict_colour(std::string_view name) {
    // Worst in bold red; the colours of the report's badges otherwise, as far as a terminal's
    // eight colours go.
    // a claim resting on a retracted work, and the work, in white on red: worse than stale.
    // A source others rest on that is stale upstream reads as stale; a notice short of a
    // retraction as partly so. Flags that make nothing stale (undated, unverifiable, draft)
    // are faint: worth a look, not an alarm.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> colours{{
        {"resting-on-retracted", "1;37;41"},
        {"retracted-source", "37;41"},
        {"retracted", "37;41"},
        {"resting-on-stale", "1;31"},
        {"dangling", "1;35"},
        {"partly-stale", "33"},
        {"anachronism", "35"},
        {"uncited", "36"},
        {"stale-source", "31"},
        {"stale", "31"},
        {"stale-upstream", "31"},
        {"concern-source", "33"},
        {"corrected-source", "36"},
        {"undated", "2"},
        {"unverifiable", "2"},
        {"draft", "2"},
        {"ok", "32"},
    }};
    for (const auto& [verdict, sgr] : colours)
        if (verdict == name) return sgr;
    return "";
}

std::string coloured(std::string_view text, std::string_view name, bool on) {
    const std::string_view sgr = on ? verdict_colour(name) : std::string_view{};
    if (sgr.empty()) return std::string(text);
    std::string out = "\x1b[";
    out.append(sgr).append("m").append(text).append("\x1b[0m");
    return out;
}

}  // namespace citegraph::exports_detail
