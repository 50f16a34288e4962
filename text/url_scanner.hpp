// Finds http(s) URLs in a reference entry: bare, in <angle brackets>, or as the target
// of a markdown link "[label](url)".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace citegraph {

struct found_url {
    std::string url;          // without <>, markdown or trailing ".,;)>"
    std::size_t offset = 0;   // the whole construct: "<...>" or "[label](...)" included
    std::size_t length = 0;
};

// Every http(s) URL in text, in order, repeats included. Spaces are kept only inside
// <...> or a markdown link target; a markdown label is never read as a URL of its own.
std::vector<found_url> find_urls(std::string_view text);

// text with every found URL construct overwritten by spaces, so offsets still match.
std::string without_urls(std::string_view text, const std::vector<found_url>& urls);

}  // namespace citegraph
