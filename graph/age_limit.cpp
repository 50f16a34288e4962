#include <stdexcept>

#include "citegraph/analysis.hpp"

namespace citegraph {

age_limit parse_age_limit(std::string_view text) {
    auto fail = [&] {
        return std::invalid_argument("invalid age '" + std::string(text) +
                                     "': expected a number and a unit y, m or d, as in 3y, 18m, 1y6m");
    };
    if (text.empty()) throw fail();
    age_limit limit{0, 0, 0};
    std::size_t i = 0;
    while (i < text.size()) {
        long value = 0;
        std::size_t digits = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
            value = value * 10 + (text[i] - '0');
            if (value > 100000) throw fail();
        }
        if (digits == 0 || i == text.size()) throw fail();
        switch (text[i++]) {
            case 'y': limit.years += static_cast<int>(value); break;
            case 'm': limit.months += static_cast<int>(value); break;
            case 'd': limit.days += static_cast<int>(value); break;
            default: throw fail();
        }
    }
    return limit;
}

std::string to_string(const age_limit& limit) {
    std::string text;
    if (limit.years) text += std::to_string(limit.years) + 'y';
    if (limit.months) text += std::to_string(limit.months) + 'm';
    if (limit.days) text += std::to_string(limit.days) + 'd';
    return text.empty() ? "0d" : text;
}

}  // namespace citegraph
