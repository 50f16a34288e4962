#include "pubmed_id.hpp"

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

}  // namespace citegraph
