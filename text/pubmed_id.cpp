#include "pubmed_id.hpp"

#include <cctype>

namespace citegraph {

std::string normalise_pmid(std::string_view text) {
    const auto trim = [&] {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    };
    trim();
    if (text.size() >= 4 && (text.substr(0, 4) == "PMID" || text.substr(0, 4) == "pmid")) {
        text.remove_prefix(4);
        trim();
        if (text.starts_with(':')) text.remove_prefix(1);
        trim();
    }
    while (text.starts_with('0')) text.remove_prefix(1);
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return {};
    return std::string(text);
}

namespace {

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

// The digits at text[at], after spaces, a ':' and no-break spaces; "" if none follow.
std::string digits_after(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        if (text[at] == ' ' || text[at] == ':' || text[at] == '\t') ++at;
        else if (text.substr(at, 2) == "\xC2\xA0") at += 2;  // U+00A0, as Wikipedia writes "PMID 123"
        else break;
    }
    const std::size_t first = at;
    while (at < text.size() && is_digit(text[at])) ++at;
    // Part of a longer run of letters or digits ("PMID 123abc") is no identifier.
    if (at < text.size() && (std::isalpha(static_cast<unsigned char>(text[at])) != 0)) return {};
    return normalise_pmid(text.substr(first, at - first));
}

}  // namespace

std::string find_pmid(std::string_view text) {
    for (const std::string_view mark : {std::string_view("pubmed.ncbi.nlm.nih.gov/"), std::string_view("nih.gov/pubmed/")})
        if (const std::size_t at = text.find(mark); at != std::string_view::npos)
            if (std::string id = digits_after(text, at + mark.size()); !id.empty()) return id;
    for (std::size_t at = text.find("PMID"); at != std::string_view::npos; at = text.find("PMID", at + 4)) {
        // "PMCID" does not contain "PMID"; a word ending in it ("XPMID") is not the label.
        if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1])) != 0) continue;
        if (std::string id = digits_after(text, at + 4); !id.empty()) return id;
    }
    return {};
}

}  // namespace citegraph
