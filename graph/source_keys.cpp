#include "source_keys.hpp"

#include <algorithm>
#include <array>

#include "text/doi_scanner.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

namespace {

// Query parameters that say how a reader arrived, not what they read.
constexpr std::array tracking_parameters = {
    std::string_view{"fbclid"}, std::string_view{"gclid"},  std::string_view{"dclid"},
    std::string_view{"gbraid"}, std::string_view{"wbraid"}, std::string_view{"msclkid"},
    std::string_view{"yclid"},  std::string_view{"igshid"}, std::string_view{"mc_cid"},
    std::string_view{"mc_eid"}, std::string_view{"_ga"},    std::string_view{"_gl"},
    std::string_view{"_hsenc"}, std::string_view{"_hsmi"},  std::string_view{"mkt_tok"},
};

bool is_tracking(std::string_view parameter) {
    const std::string name = ascii_lowered(parameter.substr(0, parameter.find('=')));
    return name.starts_with("utm_") ||
           std::find(tracking_parameters.begin(), tracking_parameters.end(), name) != tracking_parameters.end();
}

// The query without tracking parameters, "&"-joined in their order; "" if none is left.
std::string kept_query(std::string_view query) {
    std::string kept;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view parameter = query.substr(0, amp);
        if (!parameter.empty() && !is_tracking(parameter)) {
            if (!kept.empty()) kept += '&';
            kept += parameter;
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return kept;
}

}  // namespace

std::string doi_key(std::string_view doi) { return normalise_doi(doi); }

std::string url_key(std::string_view url) {
    const std::size_t scheme = url.find("://");
    if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find('#'));
    const std::size_t authority_end = url.find_first_of("/?");
    std::string_view authority = url.substr(0, authority_end);
    const std::string_view rest = authority_end == std::string_view::npos ? std::string_view{} : url.substr(authority_end);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
    std::string host = ascii_lowered(authority);
    if (host.ends_with(":80") || host.ends_with(":443")) host.erase(host.rfind(':'));
    if (host.starts_with("www.")) host.erase(0, 4);
    while (host.ends_with('.')) host.pop_back();
    // A doi.org link is the DOI itself; its key is the DOI's.
    if (host.empty() || host == "doi.org" || host == "dx.doi.org") return {};

    std::string_view path = rest.substr(0, rest.find('?'));
    while (path.ends_with('/')) path.remove_suffix(1);
    const std::size_t question = rest.find('?');
    const std::string query = question == std::string_view::npos ? std::string() : kept_query(rest.substr(question + 1));
    if (path.empty() && query.empty()) return {};
    std::string key = host;
    key += path;
    if (!query.empty()) {
        key += '?';
        key += query;
    }
    return key;
}

}  // namespace citegraph
