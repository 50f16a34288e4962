#include <stdexcept>
#include <string>

#include "citegraph/analysis.hpp"

namespace citegraph {

age_limit parse_age_limit(std::string_view text) {
    auto fail = [&](const std::string& why) {
        return std::invalid_argument("invalid age '" + std::string(text) + "': " + why);
    };
    const std::string expected = "expected a number and a unit y, m or d, as in 3y, 18m, 1y6m";
    if (text.empty()) throw fail(expected);
    age_limit limit{0, 0, 0};
    bool seen[3] = {false, false, false};  // y, m, d
    std::size_t i = 0;
    while (i < text.size()) {
        long value = 0;
        std::size_t digits = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
            value = value * 10 + (text[i] - '0');
            if (value > 100000) throw fail(expected);
        }
        if (digits == 0 || i == text.size()) throw fail(expected);
        const char unit = text[i++];
        const std::size_t slot = unit == 'y' ? 0 : unit == 'm' ? 1 : unit == 'd' ? 2 : 3;
        if (slot == 3) throw fail(expected);
        if (seen[slot]) throw fail(std::string("the unit ") + unit + " is given twice");
        seen[slot] = true;
        (slot == 0 ? limit.years : slot == 1 ? limit.months : limit.days) = static_cast<int>(value);
    }
    // Beyond ten thousand years an age stops meaning anything, and date arithmetic on it
    // would leave the calendar's range. Months and years count at their mean Gregorian length.
    constexpr double year_days = 365.2425;
    const double days = limit.years * year_days + limit.months * (year_days / 12) + limit.days;
    if (days > 10000 * year_days + 0.5) throw fail("longer than 10000 years");
    return limit;
}

std::string to_string(const age_limit& limit) {
    std::string text;
    if (limit.years) text += std::to_string(limit.years) + 'y';
    if (limit.months) text += std::to_string(limit.months) + 'm';
    if (limit.days) text += std::to_string(limit.days) + 'd';
    return text.empty() ? "0d" : text;
}

std::optional<reference_kind> parse_reference_kind(std::string_view name) {
    for (reference_kind kind : reference_kinds)
        if (to_string(kind) == name) return kind;
    return std::nullopt;
}

kind_age_limit parse_kind_age_limit(std::string_view text) {
    if (text == "never") return std::nullopt;
    return parse_age_limit(text);
}

std::string to_string(const kind_age_limit& limit) { return limit ? to_string(*limit) : "never"; }

kind_age_limit age_limit_for(const stale_policy& policy, source_policy applied, reference_kind kind) {
    if (const auto own = policy.max_age_by_kind.find(kind); own != policy.max_age_by_kind.end()) return own->second;
    if (kind == reference_kind::legislation) return std::nullopt;
    const bool read_not_aged = kind == reference_kind::article || kind == reference_kind::book;
    if (applied == source_policy::scholarly && read_not_aged) return std::nullopt;
    return policy.max_age;
}

}  // namespace citegraph
