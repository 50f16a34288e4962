#include "callout_targets.hpp"

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::jats_import {

namespace {

constexpr int longest_printed_range = 1000;

}  // namespace

callout_targets::callout_targets(const std::vector<reference>& references) {
    for (const reference& r : references) {
        if (!r.extra->id.empty()) by_id_.emplace(r.extra->id, r.number);
        known_.insert(r.number);
    }
}

std::vector<int> callout_targets::numbers(std::string_view rid, std::vector<std::string>& missing) const {
    std::vector<int> found;
    std::size_t at = 0;
    while (at < rid.size()) {
        while (at < rid.size() && is_space(rid[at])) ++at;
        std::size_t end = at;
        while (end < rid.size() && !is_space(rid[end])) ++end;
        if (end == at) break;
        const std::string id(rid.substr(at, end - at));
        if (auto hit = by_id_.find(id); hit != by_id_.end()) found.push_back(hit->second);
        else missing.push_back(id);
        at = end;
    }
    return found;
}

std::vector<int> printed_numbers(std::string_view text) {
    text = trim(text);
    if (text.size() >= 2 && ((text.front() == '[' && text.back() == ']') ||
                             (text.front() == '(' && text.back() == ')'))) {
        text = trim(text.substr(1, text.size() - 2));
    }
    std::vector<int> numbers;
    bool range = false;  // a dash came after the last number
    std::size_t at = 0;
    while (at < text.size()) {
        if (is_digit(text[at])) {
            const std::size_t end = text::digits_end(text, at);
            if (end - at > 6) return {};
            int value = 0;
            for (std::size_t i = at; i < end; ++i) value = value * 10 + (text[i] - '0');
            if (range) {
                if (numbers.empty() || value <= numbers.back() || value - numbers.back() > longest_printed_range)
                    return {};
                for (int n = numbers.back() + 1; n < value; ++n) numbers.push_back(n);
                range = false;
            }
            numbers.push_back(value);
            at = end;
        } else if (std::size_t dash = text::dash_length(text, at)) {
            if (numbers.empty() || range) return {};
            range = true;
            at += dash;
        } else if (text[at] == ',' || text[at] == ';' || is_space(text[at])) {
            ++at;
        } else {
            return {};
        }
    }
    if (range) return {};
    return numbers;
}

}  // namespace citegraph::jats_import
