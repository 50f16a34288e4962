#include "reference_details.hpp"

#include <unordered_set>

#include "reference_date.hpp"
#include "reference_kind.hpp"
#include "reference_segments.hpp"
#include "url_scanner.hpp"
#include "utf8_text.hpp"

namespace citegraph {

namespace {

std::vector<std::string> unique_urls(const std::vector<found_url>& found) {
    std::vector<std::string> urls;
    std::unordered_set<std::string_view> seen;
    for (const found_url& url : found)
        if (!url.url.empty() && seen.insert(url.url).second) urls.push_back(url.url);
    return urls;
}

bool is_draft(std::string_view body_words) {
    return text::has_phrase(body_words, "draft") || text::has_phrase(body_words, "projet de loi") ||
           text::has_phrase(body_words, "avant projet");
}

reference_details read(std::string_view text) {
    reference_details details;
    std::vector<found_url> found = find_urls(text);
    details.urls = unique_urls(found);
    std::string plain = without_urls(text, found);
    std::vector<found_date> dates = find_dates(plain);
    details.kind = classify_reference(plain, dates, details.urls);
    dated chosen = choose_reference_date(dates, details.kind);
    details.published = chosen.value;
    details.role = chosen.role;
    std::string words = text::folded_words(plain);
    details.source_on_file = text::has_phrase(words, "source on file");
    details.draft = is_draft(text::folded_words(split_reference(plain).body));
    return details;
}

}  // namespace

reference_details read_reference_details(std::string_view text) {
    try {
        return read(text);
    } catch (...) {  // only allocation can fail; the contract is not to throw
        return {};
    }
}

}  // namespace citegraph
